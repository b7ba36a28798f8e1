//! Every figure of a report a typed number could stand for: its exact value, its kind,
//! whose it is, the year, and the placeholder that prints it.

use rust_decimal::Decimal;

use super::figures::Figure;
use super::report::{AnggaranHasil, Computed, Persen};
use super::typed::Unit;
use crate::input::types::Tahun;
use crate::model::Report;

/// The kinds of figure a sentence can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jenis {
    Capaian,
    Realisasi,
    Target,
    Serapan,
    Efisiensi,
    Pagu,
    /// Shares of indicators above, at or below target.
    Bagian,
}

impl Jenis {
    /// The domain word, as messages say it.
    pub fn word(self) -> &'static str {
        match self {
            Jenis::Capaian => "capaian",
            Jenis::Realisasi => "realisasi",
            Jenis::Target => "target",
            Jenis::Serapan => "serapan",
            Jenis::Efisiensi => "efisiensi",
            Jenis::Pagu => "pagu",
            Jenis::Bagian => "persentase indikator",
        }
    }
}

/// One figure of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calon {
    /// The id it belongs to (`kup-kur`), or `keuangan.belanja`, `ringkasan`.
    pub owner: String,
    pub jenis: Jenis,
    pub tahun: Tahun,
    pub unit: Unit,
    /// The exact value: a percentage, or an amount in Rupiah.
    pub persis: Decimal,
    /// The value as the report prints it.
    pub figure: Figure,
    /// The unit written after a raw value (`%`, `Rp Trilyun`), for showing it.
    pub satuan: Option<String>,
    /// The placeholder that prints it, when there is one.
    pub key: Option<String>,
}

/// What unit an indicator's raw values are in, and the factor to Rupiah.
fn satuan_unit(satuan: &str) -> Option<(Unit, Decimal)> {
    let s = satuan.trim().trim_start_matches('(').trim_end_matches(')').trim();
    let lower = s.to_lowercase();
    if s == "%" || lower == "persen" {
        return Some((Unit::Persen, Decimal::ONE));
    }
    let rest = lower.strip_prefix("rp").or_else(|| lower.strip_prefix("rupiah"))?;
    let zeros = match rest.trim().trim_start_matches('.').trim() {
        "" => 0,
        "ribu" => 3,
        "juta" => 6,
        "milyar" | "miliar" => 9,
        "trilyun" | "triliun" => 12,
        _ => return None,
    };
    Some((Unit::Rupiah, Decimal::from_i128_with_scale(10i128.pow(zeros), 0)))
}

struct Out {
    list: Vec<Calon>,
    tahun: Tahun,
}

impl Out {
    fn pct(&mut self, owner: &str, jenis: Jenis, p: Option<Persen>, key: Option<String>, tahun: Tahun) {
        if let Some(p) = p {
            self.list.push(Calon {
                owner: owner.to_owned(),
                jenis,
                tahun,
                unit: Unit::Persen,
                persis: p.persis,
                figure: Figure::Persen(p),
                satuan: None,
                key,
            });
        }
    }
    fn money(&mut self, owner: &str, jenis: Jenis, d: Option<Decimal>, key: Option<String>) {
        if let Some(d) = d {
            self.list.push(Calon {
                owner: owner.to_owned(),
                jenis,
                tahun: self.tahun,
                unit: Unit::Rupiah,
                persis: d,
                figure: Figure::Rupiah(d),
                satuan: None,
                key,
            });
        }
    }
    fn raw(&mut self, owner: &str, jenis: Jenis, d: Option<Decimal>, satuan: &str, key: String, tahun: Tahun) {
        let (Some(d), Some((unit, kali))) = (d, satuan_unit(satuan)) else { return };
        let Some(persis) = d.checked_mul(kali) else { return };
        self.list.push(Calon {
            owner: owner.to_owned(),
            jenis,
            tahun,
            unit,
            persis,
            figure: Figure::Angka(d),
            satuan: Some(satuan.to_owned()),
            key: Some(key),
        });
    }
    fn anggaran(&mut self, owner: &str, a: &AnggaranHasil) {
        self.money(owner, Jenis::Pagu, Some(a.pagu), Some(format!("{owner}.pagu")));
        self.money(owner, Jenis::Realisasi, Some(a.realisasi), Some(format!("{owner}.realisasi")));
        self.pct(owner, Jenis::Serapan, a.serapan, Some(format!("{owner}.serapan")), self.tahun);
    }
}

/// Every percentage and amount of the report, in document order.
pub fn all(report: &Report, c: &Computed) -> Vec<Calon> {
    let tahun = c.tahun;
    let mut o = Out { list: Vec::new(), tahun };
    let key = |id: &str, f: &str| Some(format!("{id}.{f}"));
    for (r, h) in report.indikator.iter().zip(&c.indikator) {
        let ind = report.indikator_at(r);
        let id = h.id.as_str();
        o.pct(id, Jenis::Capaian, h.capaian, key(id, "capaian"), tahun);
        o.pct(id, Jenis::Capaian, h.capaian_akhir, key(id, "capaian_akhir"), tahun);
        o.raw(id, Jenis::Target, h.target, &ind.satuan, format!("{id}.target"), tahun);
        o.raw(id, Jenis::Realisasi, h.realisasi, &ind.satuan, format!("{id}.realisasi"), tahun);
        o.raw(id, Jenis::Target, h.target_akhir, &ind.satuan, format!("{id}.target_akhir"), tahun);
        for (y, t) in h.seri.iter().filter(|(y, _)| **y != tahun) {
            o.pct(id, Jenis::Capaian, t.capaian, None, *y);
            o.raw(id, Jenis::Target, t.target, &ind.satuan, format!("{id}.target.{y}"), *y);
            o.raw(id, Jenis::Realisasi, t.realisasi, &ind.satuan, format!("{id}.realisasi.{y}"), *y);
        }
    }
    for s in &c.sasaran {
        let id = s.id.as_str();
        o.pct(id, Jenis::Capaian, s.capaian, key(id, "capaian"), tahun);
        o.money(id, Jenis::Pagu, Some(s.pagu), key(id, "pagu"));
        o.money(id, Jenis::Realisasi, Some(s.realisasi), key(id, "realisasi"));
        o.pct(id, Jenis::Serapan, s.serapan, key(id, "serapan"), tahun);
        o.pct(id, Jenis::Efisiensi, s.efisiensi, key(id, "efisiensi"), tahun);
    }
    for p in &c.program {
        let id = p.id.as_str();
        o.money(id, Jenis::Pagu, Some(p.pagu), key(id, "pagu"));
        o.money(id, Jenis::Realisasi, p.realisasi, key(id, "realisasi"));
        o.pct(id, Jenis::Serapan, p.serapan, key(id, "serapan"), tahun);
        p.outcome.iter().for_each(|x| o.pct(id, Jenis::Capaian, *x, None, tahun));
        let Some(pi) = report.doc.program.iter().position(|x| x.id == p.id) else { continue };
        for (ki, kh) in p.kegiatan.iter().enumerate() {
            let id = kh.id.as_str();
            let d = report.dana_kegiatan(pi, ki);
            o.money(id, Jenis::Pagu, Some(d.pagu), key(id, "pagu"));
            o.money(id, Jenis::Realisasi, Some(d.realisasi), key(id, "realisasi"));
            o.pct(id, Jenis::Serapan, kh.serapan, key(id, "serapan"), tahun);
            for (si, sh) in kh.sub_kegiatan.iter().enumerate() {
                let id = sh.id.as_str();
                let d = report.dana_sub(pi, ki, si);
                o.money(id, Jenis::Pagu, Some(d.pagu), key(id, "pagu"));
                o.money(id, Jenis::Realisasi, Some(d.realisasi), key(id, "realisasi"));
                o.pct(id, Jenis::Serapan, sh.serapan, key(id, "serapan"), tahun);
            }
        }
    }
    let k = &c.keuangan;
    for (part, a) in [
        ("pendapatan", &k.pendapatan),
        ("belanja_operasi", &k.belanja_operasi),
        ("belanja_modal", &k.belanja_modal),
        ("belanja", &k.belanja),
    ] {
        o.anggaran(&format!("keuangan.{part}"), a);
    }
    o.money("perjanjian_kinerja", Jenis::Pagu, Some(k.pagu_pk), None);
    let r = &c.ringkasan;
    o.pct("ringkasan", Jenis::Capaian, r.capaian, key("ringkasan", "capaian"), tahun);
    o.pct("ringkasan", Jenis::Serapan, r.serapan, key("ringkasan", "serapan"), tahun);
    for p in [r.persen_melebihi, r.persen_tercapai, r.persen_tidak_tercapai] {
        o.pct("ringkasan", Jenis::Bagian, p, None, tahun);
    }
    o.list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_of_raw_values() {
        assert_eq!(satuan_unit("%"), Some((Unit::Persen, Decimal::ONE)));
        assert_eq!(satuan_unit("persen"), Some((Unit::Persen, Decimal::ONE)));
        assert_eq!(satuan_unit("Rp Trilyun"), Some((Unit::Rupiah, Decimal::from(1_000_000_000_000i64))));
        assert_eq!(satuan_unit("(Rp)"), Some((Unit::Rupiah, Decimal::ONE)));
        assert_eq!(satuan_unit("Juta US$"), None);
        assert_eq!(satuan_unit("Indeks"), None);
    }
}
