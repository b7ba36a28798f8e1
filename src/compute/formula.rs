//! The formulas of an LKjIP on exact decimals: capaian, serapan, efisiensi, averages, trend.
//!
//! Nothing here rounds; rounding happens once, at presentation ([`round`]).

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use crate::input::types::{MetodeEfisiensi, MetodeNegatif, Polaritas, TargetNol};

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// Round half away from zero to `dp` decimals, the only rounding lkjip does.
pub fn round(d: Decimal, dp: u32) -> Decimal {
    d.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
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
pub fn capaian(rule: Rule, t: Decimal, r: Decimal) -> Option<Decimal> {
    if t.is_zero() {
        return match rule.target_nol {
            TargetNol::TakTerdefinisi => None,
            TargetNol::Biner => {
                let met = match rule.polaritas {
                    Polaritas::Positif => r >= Decimal::ZERO,
                    Polaritas::Negatif => r <= Decimal::ZERO,
                };
                Some(if met { HUNDRED } else { Decimal::ZERO })
            }
        };
    }
    match (rule.polaritas, rule.metode_negatif) {
        (Polaritas::Positif, _) => r.checked_div(t)?.checked_mul(HUNDRED),
        (Polaritas::Negatif, MetodeNegatif::Selisih) => {
            let v = (t + t - r).checked_div(t)?.checked_mul(HUNDRED)?;
            Some(v.max(Decimal::ZERO))
        }
        (Polaritas::Negatif, MetodeNegatif::Rasio) => t.checked_div(r)?.checked_mul(HUNDRED),
    }
}

/// Serapan (absorption, %): realisasi ÷ pagu × 100; `None` for a pagu of 0.
pub fn serapan(pagu: Decimal, realisasi: Decimal) -> Option<Decimal> {
    realisasi.checked_div(pagu)?.checked_mul(HUNDRED)
}

/// Efisiensi of a sasaran from its average capaian and its serapan.
pub fn efisiensi(metode: MetodeEfisiensi, capaian: Decimal, serapan: Decimal) -> Option<Decimal> {
    match metode {
        MetodeEfisiensi::Rasio => Some((capaian.checked_div(serapan)? - Decimal::ONE) * HUNDRED),
        MetodeEfisiensi::Selisih => Some(capaian - serapan),
    }
}

/// The mean of the defined values; `None` when there are none.
pub fn average(values: impl IntoIterator<Item = Option<Decimal>>) -> Option<Decimal> {
    let vals: Vec<Decimal> = values.into_iter().flatten().collect();
    if vals.is_empty() {
        return None;
    }
    let sum: Decimal = vals.iter().sum();
    sum.checked_div(Decimal::from(vals.len()))
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
}
