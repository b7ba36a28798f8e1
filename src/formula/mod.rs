//! The formulas of an LKjIP on exact decimals: capaian, serapan, efisiensi, averages, trend.
//!
//! Nothing here rounds; rounding happens once, at presentation ([`crate::number::round`]). Every
//! sum, product and quotient is checked: a result beyond what a [`Decimal`] holds (about 7.9 ×
//! 10^28) is an [`Overflow`], which the caller turns into a problem naming the field.
#![deny(clippy::float_arithmetic)]
// money and percentages are Decimal: see clippy.toml
// No panic from input (#11): no unwrap/expect, no unchecked arithmetic outside tests; each
// exception is an #[expect] with its reason where it stands.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects))]

pub mod ukur;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::input::types::{MetodeEfisiensi, MetodeNegatif, Polaritas, TargetNol};

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// An operation's result does not fit a [`Decimal`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overflow;

/// A figure that may be undefined (`Ok(None)`) or too large to compute (`Err`).
pub type Exact = Result<Option<Decimal>, Overflow>;

fn ok(v: Option<Decimal>) -> Result<Decimal, Overflow> {
    v.ok_or(Overflow)
}

/// `n / d × 100`; undefined for `d = 0`.
fn percent_of(n: Decimal, d: Decimal) -> Exact {
    if d.is_zero() {
        return Ok(None);
    }
    Ok(Some(ok(ok(n.checked_div(d))?.checked_mul(HUNDRED))?))
}

/// The checked sum of `values`.
pub fn sum(values: impl IntoIterator<Item = Decimal>) -> Result<Decimal, Overflow> {
    values.into_iter().try_fold(Decimal::ZERO, |acc, v| ok(acc.checked_add(v)))
}

/// How an indicator is judged.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub polaritas: Polaritas,
    pub metode_negatif: MetodeNegatif,
    pub target_nol: TargetNol,
}

/// Capaian (achievement, %) of realisation `r` against target `t`; `None` when undefined
/// (target 0 without a declared judgement, or T/R with R = 0).
pub fn capaian(rule: Rule, t: Decimal, r: Decimal) -> Exact {
    if t.is_zero() {
        return Ok(match rule.target_nol {
            TargetNol::TakTerdefinisi => None,
            TargetNol::Biner => {
                let met = match rule.polaritas {
                    Polaritas::Positif => r >= Decimal::ZERO,
                    Polaritas::Negatif => r <= Decimal::ZERO,
                };
                Some(if met { HUNDRED } else { Decimal::ZERO })
            }
        });
    }
    match (rule.polaritas, rule.metode_negatif) {
        (Polaritas::Positif, _) => percent_of(r, t),
        (Polaritas::Negatif, MetodeNegatif::Selisih) => {
            let v = percent_of(ok(ok(t.checked_add(t))?.checked_sub(r))?, t)?;
            Ok(v.map(|v| v.max(Decimal::ZERO)))
        }
        (Polaritas::Negatif, MetodeNegatif::Rasio) => percent_of(t, r),
    }
}

/// Serapan (absorption, %): realisasi ÷ pagu × 100; undefined for a pagu of 0.
pub fn serapan(pagu: Decimal, realisasi: Decimal) -> Exact {
    percent_of(realisasi, pagu)
}

/// Efisiensi of a sasaran from its average capaian and its serapan; undefined for a serapan of 0.
pub fn efisiensi(metode: MetodeEfisiensi, capaian: Decimal, serapan: Decimal) -> Exact {
    match metode {
        MetodeEfisiensi::Rasio => {
            if serapan.is_zero() {
                return Ok(None);
            }
            let ratio = ok(capaian.checked_div(serapan))?;
            Ok(Some(ok(ok(ratio.checked_sub(Decimal::ONE))?.checked_mul(HUNDRED))?))
        }
        MetodeEfisiensi::Selisih => Ok(Some(ok(capaian.checked_sub(serapan))?)),
        // per item, from the kegiatan: see [`eka`]
        MetodeEfisiensi::Eka => Ok(None),
    }
}

/// One item of the EKA efficiency, 1 − (RA/PA) ÷ (RV/TV), as a fraction; undefined when PA, TV
/// or RV is 0.
pub fn eka_item(pa: Decimal, ra: Decimal, tv: Decimal, rv: Decimal) -> Exact {
    if pa.is_zero() || tv.is_zero() || rv.is_zero() {
        return Ok(None);
    }
    let spent = ok(ra.checked_div(pa))?;
    let done = ok(rv.checked_div(tv))?;
    Ok(Some(ok(Decimal::ONE.checked_sub(ok(spent.checked_div(done))?))?))
}

/// The EKA efficiency of items (fractions): E = their mean in %, and the Nilai Efisiensi
/// dasar + pengali × E. `(None, None)` when no item is defined.
pub fn eka(
    items: impl IntoIterator<Item = Option<Decimal>>,
    dasar: Decimal,
    pengali: Decimal,
) -> Result<(Option<Decimal>, Option<Decimal>), Overflow> {
    let Some(mean) = average(items)? else { return Ok((None, None)) };
    let e = ok(mean.checked_mul(HUNDRED))?;
    Ok((Some(e), Some(ok(dasar.checked_add(ok(pengali.checked_mul(e))?))?)))
}

/// The mean of the defined values; undefined when there are none.
pub fn average(values: impl IntoIterator<Item = Option<Decimal>>) -> Exact {
    let vals: Vec<Decimal> = values.into_iter().flatten().collect();
    if vals.is_empty() {
        return Ok(None);
    }
    Ok(Some(ok(sum(vals.iter().copied())?.checked_div(Decimal::from(vals.len())))?))
}

/// Direction of a value against the previous year, and whether that is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Tren {
    pub arah: Arah,
    pub kinerja: Kinerja,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Arah {
    Naik,
    Turun,
    Tetap,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Kinerja {
    Membaik,
    Memburuk,
    Tetap,
}

pub fn tren(polaritas: Polaritas, lalu: Decimal, kini: Decimal) -> Tren {
    let arah = match kini.cmp(&lalu) {
        std::cmp::Ordering::Greater => Arah::Naik,
        std::cmp::Ordering::Less => Arah::Turun,
        std::cmp::Ordering::Equal => Arah::Tetap,
    };
    let kinerja = match (arah, polaritas) {
        (Arah::Tetap, _) => Kinerja::Tetap,
        (Arah::Naik, Polaritas::Positif) | (Arah::Turun, Polaritas::Negatif) => Kinerja::Membaik,
        _ => Kinerja::Memburuk,
    };
    Tren { arah, kinerja }
}

#[cfg(test)]
mod tests {
    use super::*;
    use super::{
        average as avg_exact, capaian as capaian_exact, efisiensi as efisiensi_exact, serapan as serapan_exact,
    };
    use crate::number::round;

    // The figures of ordinary inputs, which never overflow.
    fn capaian(rule: Rule, t: Decimal, r: Decimal) -> Option<Decimal> {
        capaian_exact(rule, t, r).unwrap()
    }
    fn serapan(p: Decimal, r: Decimal) -> Option<Decimal> {
        serapan_exact(p, r).unwrap()
    }
    fn efisiensi(m: MetodeEfisiensi, c: Decimal, s: Decimal) -> Option<Decimal> {
        efisiensi_exact(m, c, s).unwrap()
    }
    fn average(v: impl IntoIterator<Item = Option<Decimal>>) -> Option<Decimal> {
        avg_exact(v).unwrap()
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }
    const POS: Rule = Rule {
        polaritas: Polaritas::Positif,
        metode_negatif: MetodeNegatif::Selisih,
        target_nol: TargetNol::TakTerdefinisi,
    };
    const NEG: Rule = Rule { polaritas: Polaritas::Negatif, ..POS };

    #[test]
    fn positive_capaian_rounds_once_half_away_from_zero() {
        // the reference prints 71,13; 42,9 / 60,27 is 71,1797…
        assert_eq!(round(capaian(POS, d("60.27"), d("42.9")).unwrap(), 2), d("71.18"));
        assert_eq!(round(capaian(POS, d("9.43"), d("7.22")).unwrap(), 2), d("76.56"));
        assert_eq!(round(capaian(POS, d("85"), d("84.21")).unwrap(), 2), d("99.07"));
    }

    #[test]
    fn negative_capaian_both_methods() {
        assert_eq!(round(capaian(NEG, d("0.025"), d("0.0189")).unwrap(), 2), d("124.40"));
        assert_eq!(round(capaian(NEG, d("0.018169"), d("0.0189")).unwrap(), 2), d("95.98"));
        // floored at 0 when R > 2T
        assert_eq!(capaian(NEG, d("1"), d("3")).unwrap(), Decimal::ZERO);
        let rasio = Rule { metode_negatif: MetodeNegatif::Rasio, ..NEG };
        assert_eq!(round(capaian(rasio, d("0.025"), d("0.0189")).unwrap(), 2), d("132.28"));
        assert_eq!(capaian(rasio, d("1"), d("0")), None);
    }

    #[test]
    fn target_zero_is_undefined_unless_declared() {
        assert_eq!(capaian(POS, d("0"), d("1")), None);
        assert_eq!(capaian(NEG, d("0.00"), d("0")), None);
        let biner = Rule { target_nol: TargetNol::Biner, ..POS };
        assert_eq!(capaian(biner, d("0"), d("1")), Some(d("100")));
        assert_eq!(capaian(biner, d("0"), d("-1")), Some(d("0")));
        let biner_neg = Rule { target_nol: TargetNol::Biner, ..NEG };
        assert_eq!(capaian(biner_neg, d("0"), d("0")), Some(d("100")));
        assert_eq!(capaian(biner_neg, d("0"), d("2")), Some(d("0")));
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round(d("2.345"), 2), d("2.35"));
        assert_eq!(round(d("-2.345"), 2), d("-2.35"));
        assert_eq!(round(d("2.3449999"), 2), d("2.34"));
        assert_eq!(round(d("0.5"), 0), d("1"));
    }

    #[test]
    fn serapan_and_efisiensi() {
        let s = serapan(d("908849000"), d("869234500")).unwrap();
        assert_eq!(round(s, 2), d("95.64"));
        let avg = average([capaian(POS, d("9.43"), d("7.22")), capaian(POS, d("60.27"), d("42.9"))]).unwrap();
        assert_eq!(round(avg, 2), d("73.87"));
        assert_eq!(round(efisiensi(MetodeEfisiensi::Rasio, avg, s).unwrap(), 2), d("-22.76"));
        assert_eq!(efisiensi(MetodeEfisiensi::Selisih, d("80"), d("90")), Some(d("-10")));
        assert_eq!(serapan(d("0"), d("5")), None);
        assert_eq!(average([None, None]), None);
    }

    #[test]
    fn eka_efficiency_per_item_with_its_offset() {
        // an inspectorate's kegiatan: PA 106.439.453.000, RA 104.734.936.307, TV 90, RV 79,26 …
        let a = eka_item(d("100"), d("90"), d("10"), d("10")).unwrap().unwrap();
        assert_eq!(a, d("0.1"), "spent 90 % for 100 % of the output: 10 % saved");
        let b = eka_item(d("200"), d("200"), d("4"), d("5")).unwrap().unwrap();
        assert_eq!(b, d("0.2"), "spent all of it for 125 % of the output");
        let (e, ne) = eka([Some(a), Some(b), None], d("50"), d("2.5")).unwrap();
        // E = 15 %; NE = 50 % + 15 / 20 × 50 % = 87,5 %
        assert_eq!(e, Some(d("15.0")));
        assert_eq!(round(ne.unwrap(), 2), d("87.50"));
        assert_eq!(eka_item(d("0"), d("1"), d("1"), d("1")), Ok(None));
        assert_eq!(eka_item(d("1"), d("1"), d("1"), d("0")), Ok(None));
        assert_eq!(eka([None], d("50"), d("2.5")), Ok((None, None)));
        assert_eq!(eka_item(d("0.0000000000000000000000000001"), Decimal::MAX, d("1"), d("1")), Err(Overflow));
    }

    #[test]
    fn trend_minds_polarity() {
        assert_eq!(
            tren(Polaritas::Positif, d("25.42"), d("30.26")),
            Tren { arah: Arah::Naik, kinerja: Kinerja::Membaik }
        );
        assert_eq!(
            tren(Polaritas::Negatif, d("0.03"), d("0.02")),
            Tren { arah: Arah::Turun, kinerja: Kinerja::Membaik }
        );
        assert_eq!(tren(Polaritas::Negatif, d("0.02"), d("0.03")).kinerja, Kinerja::Memburuk);
        assert_eq!(tren(Polaritas::Positif, d("7.22"), d("7.220")).arah, Arah::Tetap);
    }

    #[test]
    fn the_largest_numbers_overflow_instead_of_panicking() {
        let max = Decimal::MAX;
        assert_eq!(capaian_exact(POS, d("0.5"), max), Err(Overflow));
        assert_eq!(capaian_exact(NEG, max, -max), Err(Overflow));
        let rasio = Rule { metode_negatif: MetodeNegatif::Rasio, ..NEG };
        assert_eq!(capaian_exact(rasio, max, d("0.1")), Err(Overflow));
        assert_eq!(serapan_exact(d("1"), max), Err(Overflow));
        assert_eq!(efisiensi_exact(MetodeEfisiensi::Rasio, max, d("0.01")), Err(Overflow));
        assert_eq!(efisiensi_exact(MetodeEfisiensi::Selisih, max, -max), Err(Overflow));
        assert_eq!(avg_exact([Some(max), Some(max)]), Err(Overflow));
        assert_eq!(sum([max, d("1")]), Err(Overflow));
        assert_eq!(sum([max, -max]), Ok(Decimal::ZERO));
        // at the edge but representable: no overflow
        assert_eq!(capaian_exact(POS, d("100"), max), Ok(Some(max)));
    }
}
