//! Each year's target and realisation of an indicator, wherever the data gives it: written
//! as a value, as numerator and denominator, or as four quarters with the declared way to
//! add them up (sum, last quarter, average). Exact: nothing here rounds.

use rust_decimal::Decimal;

use crate::formula::{self, Overflow};
use crate::input::types::{Indikator, Tahun};
use crate::input::ukur::{Agregasi, Pecahan};

/// Target or realisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sisi {
    Target,
    Realisasi,
}

/// Where a year's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asal {
    /// Written as a value: printed as written.
    Tertulis,
    /// pembilang ÷ penyebut × kali.
    Rasio(Pecahan),
    /// Derived from the four quarters.
    Triwulan(Agregasi),
}

/// One value of one year, exact, with where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nilai {
    pub persis: Decimal,
    pub asal: Asal,
}

impl Nilai {
    /// The value as tables print it: as written, or a derived value rounded once to `dp`.
    pub fn tampil(self, dp: u32) -> Decimal {
        match self.asal {
            Asal::Tertulis => self.persis,
            Asal::Rasio(_) | Asal::Triwulan(_) => {
                let mut v = crate::number::round(self.persis, dp);
                v.rescale(dp);
                v
            }
        }
    }
}

/// The factor of an indicator's ratios (default 100).
pub fn kali(ind: &Indikator) -> Decimal {
    ind.rasio.as_ref().and_then(|r| r.kali).map_or(Decimal::ONE_HUNDRED, |k| k.value())
}

/// pembilang ÷ penyebut × kali; `Ok(None)` for a denominator of 0 (which `check` refuses).
pub fn pecahan(p: Pecahan, kali: Decimal) -> Result<Option<Decimal>, Overflow> {
    if p.penyebut.value().is_zero() {
        return Ok(None);
    }
    let q = p.pembilang.value().checked_div(p.penyebut.value()).ok_or(Overflow)?;
    Ok(Some(q.checked_mul(kali).ok_or(Overflow)?))
}

/// A year's value from its quarters: needs all four.
pub fn dari_triwulan(q: &[crate::number::Num], how: Agregasi) -> Result<Option<Decimal>, Overflow> {
    if q.len() != 4 {
        return Ok(None);
    }
    let v: Vec<Decimal> = q.iter().map(|n| n.value()).collect();
    Ok(Some(match how {
        Agregasi::Jumlah => formula::sum(v)?,
        Agregasi::Akhir => v[3],
        Agregasi::RataRata => formula::sum(v)?.checked_div(Decimal::from(4)).ok_or(Overflow)?,
    }))
}

/// The value of `year`: written, else from a ratio, else from complete quarters with a declared
/// aggregation.
pub fn nilai(ind: &Indikator, sisi: Sisi, year: Tahun) -> Result<Option<Nilai>, Overflow> {
    let (written, rasio) = match sisi {
        Sisi::Target => (&ind.target, ind.rasio.as_ref().map(|r| &r.target)),
        Sisi::Realisasi => (&ind.realisasi, ind.rasio.as_ref().map(|r| &r.realisasi)),
    };
    if let Some(n) = written.get(&year) {
        return Ok(Some(Nilai { persis: n.value(), asal: Asal::Tertulis }));
    }
    if let Some(p) = rasio.and_then(|m| m.get(&year)) {
        return Ok(pecahan(*p, kali(ind))?.map(|persis| Nilai { persis, asal: Asal::Rasio(*p) }));
    }
    if let (Some(how), Some(q)) = (ind.agregasi, ind.triwulan.get(&year)) {
        let q = match sisi {
            Sisi::Target => &q.target,
            Sisi::Realisasi => &q.realisasi,
        };
        return Ok(dari_triwulan(q, how)?.map(|persis| Nilai { persis, asal: Asal::Triwulan(how) }));
    }
    Ok(None)
}

/// Every year with a target or a realisation, however given.
pub fn tahun(ind: &Indikator) -> std::collections::BTreeSet<Tahun> {
    let mut out: std::collections::BTreeSet<Tahun> = ind.target.keys().chain(ind.realisasi.keys()).copied().collect();
    if let Some(r) = &ind.rasio {
        out.extend(r.target.keys().chain(r.realisasi.keys()));
    }
    if ind.agregasi.is_some() {
        out.extend(ind.triwulan.keys());
    }
    out
}

/// Whether `kini` can be compared with `lalu`: no change of measurement scale in between.
pub fn sebanding(ind: &Indikator, lalu: Tahun, kini: Tahun) -> bool {
    !ind.skala_berubah.iter().any(|y| *y > lalu && *y <= kini)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ind(yaml: &str) -> Indikator {
        serde_yaml::from_str(yaml).unwrap()
    }
    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn a_ratio_is_computed_exactly_and_shown_rounded_once() {
        let i =
            ind("{id: a, nama: A, satuan: '%', rasio: {realisasi: {2021: {pembilang: 940468, penyebut: 1096138}}}}");
        let v = nilai(&i, Sisi::Realisasi, 2021).unwrap().unwrap();
        // 940468 / 1096138 = 0.857983…
        assert_eq!(crate::number::round(v.persis, 6), d("85.798321"));
        assert_eq!(v.tampil(2).to_string(), "85.80");
        assert!(matches!(v.asal, Asal::Rasio(_)));
        let per_mille =
            ind("{id: a, nama: A, satuan: '‰', rasio: {kali: 1000, target: {2021: {pembilang: 3, penyebut: 4}}}}");
        assert_eq!(nilai(&per_mille, Sisi::Target, 2021).unwrap().unwrap().persis, d("750"));
        let zero = Pecahan { pembilang: d("1").into(), penyebut: d("0").into() };
        assert_eq!(pecahan(zero, d("100")), Ok(None));
        let huge = Pecahan { pembilang: Decimal::MAX.into(), penyebut: d("0.5").into() };
        assert_eq!(pecahan(huge, d("100")), Err(Overflow));
    }

    #[test]
    fn a_year_follows_from_four_quarters_as_declared() {
        let q = "triwulan: {2021: {target: [10, 20, 30, 40], realisasi: [12, 18, 33, 41]}}";
        for (how, t, r) in [("jumlah", "100", "104"), ("akhir", "40", "41"), ("rata_rata", "25", "26")] {
            let i = ind(&format!("{{id: a, nama: A, satuan: x, agregasi: {how}, {q}}}"));
            assert_eq!(nilai(&i, Sisi::Target, 2021).unwrap().unwrap().persis, d(t), "{how}");
            assert_eq!(nilai(&i, Sisi::Realisasi, 2021).unwrap().unwrap().persis, d(r), "{how}");
        }
        // three quarters: the year is not over, no yearly value
        let i = ind("{id: a, nama: A, satuan: x, agregasi: jumlah, triwulan: {2021: {realisasi: [1, 2, 3]}}}");
        assert_eq!(nilai(&i, Sisi::Realisasi, 2021).unwrap(), None);
        // without a declared aggregation the quarters are only shown
        let i = ind(&format!("{{id: a, nama: A, satuan: x, {q}}}"));
        assert_eq!(nilai(&i, Sisi::Realisasi, 2021).unwrap(), None);
        // a written yearly value wins (check refuses one that disagrees)
        let i = ind(&format!("{{id: a, nama: A, satuan: x, agregasi: jumlah, realisasi: {{2021: 104}}, {q}}}"));
        assert_eq!(nilai(&i, Sisi::Realisasi, 2021).unwrap().unwrap().asal, Asal::Tertulis);
        let max = Decimal::MAX.into();
        assert_eq!(dari_triwulan(&[max, max, max, max], Agregasi::Jumlah), Err(Overflow));
    }

    #[test]
    fn a_change_of_scale_breaks_the_comparison_across_it() {
        let i = ind("{id: kip, nama: KIP, satuan: Indeks, skala_berubah: [2021]}");
        assert!(!sebanding(&i, 2020, 2021));
        assert!(sebanding(&i, 2019, 2020));
        assert!(sebanding(&i, 2021, 2022));
        assert!(!sebanding(&i, 2019, 2022));
    }
}
