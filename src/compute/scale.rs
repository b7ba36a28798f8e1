//! Measurement scales as data: bands of a closed interval at the document's precision,
//! checked for gaps and overlaps, used on values rounded as the document shows them.

use rust_decimal::Decimal;
use serde::Serialize;

use super::formula::round;
use crate::diag::{Problem, Severity};
use crate::input::msg::{InputMsg, OverflowOf};
use crate::input::types::{Pita, Skala};
use crate::messages::Msg;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Band {
    pub label: String,
    pub min: Option<Decimal>,
    pub maks: Option<Decimal>,
}

/// A checked scale: bands sorted from low to high, no gaps, no overlaps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scale {
    pub bands: Vec<Band>,
    #[serde(skip)]
    dp: u32,
}

fn ulp(dp: u32) -> Decimal {
    Decimal::new(1, dp)
}

impl Scale {
    /// Check bands written in the YAML; problems name `path[i]`.
    pub fn from_input(pita: &[Pita], dp: u32, path: &str) -> Result<Scale, Vec<Problem>> {
        let mut problems = Vec::new();
        if pita.is_empty() {
            problems.push(Problem::said(Severity::Error, path, Msg::ScaleEmpty));
        }
        let mut bands: Vec<(usize, Band)> = Vec::new();
        for (i, p) in pita.iter().enumerate() {
            let at = format!("{path}[{i}]");
            for (name, v) in [("min", p.min), ("maks", p.maks)] {
                if let Some(v) = v
                    && v.value().scale() > dp
                {
                    problems.push(Problem::said(
                        Severity::Error,
                        format!("{at}.{name}"),
                        Msg::BoundTooFine { value: v.to_string(), dp },
                    ));
                }
            }
            let band = Band { label: p.label.clone(), min: p.min.map(|n| n.value()), maks: p.maks.map(|n| n.value()) };
            if let (Some(a), Some(b)) = (band.min, band.maks)
                && a > b
            {
                problems.push(Problem::said(
                    Severity::Error,
                    &at,
                    Msg::MinAboveMax { label: p.label.clone(), min: a.to_string(), maks: b.to_string() },
                ));
            }
            bands.push((i, band));
        }
        bands.sort_by(|a, b| match (a.1.min, b.1.min) {
            (None, None) => std::cmp::Ordering::Equal,
            (None, _) => std::cmp::Ordering::Less,
            (_, None) => std::cmp::Ordering::Greater,
            (Some(x), Some(y)) => x.cmp(&y),
        });
        for w in bands.windows(2) {
            let ((_, lo), (j, hi)) = (&w[0], &w[1]);
            let at = format!("{path}[{j}]");
            match (lo.maks, hi.min) {
                (None, _) | (_, None) => problems.push(Problem::said(
                    Severity::Error,
                    &at,
                    Msg::BandsOverlap { lo: lo.label.clone(), hi: hi.label.clone(), detail: None },
                )),
                (Some(top), Some(bottom)) => {
                    let Some(next) = top.checked_add(ulp(dp)) else {
                        let what = OverflowOf::Band;
                        problems.push(Problem::said(Severity::Error, &at, Msg::Input(InputMsg::Overflow { what })));
                        continue;
                    };
                    if bottom < next {
                        problems.push(Problem::said(
                            Severity::Error,
                            &at,
                            Msg::BandsOverlap {
                                lo: lo.label.clone(),
                                hi: hi.label.clone(),
                                detail: Some((bottom.to_string(), top.to_string())),
                            },
                        ));
                    } else if bottom > next {
                        problems.push(
                            Problem::said(
                                Severity::Error,
                                &at,
                                Msg::BandsGap {
                                    lo: lo.label.clone(),
                                    hi: hi.label.clone(),
                                    from: next.to_string(),
                                    to: bottom.to_string(),
                                },
                            )
                            .with_hint_said(Msg::StartBandAt { label: hi.label.clone(), at: next.to_string() }),
                        );
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(Scale { bands: bands.into_iter().map(|b| b.1).collect(), dp })
        } else {
            Err(problems)
        }
    }

    /// The label of the band holding `value` as the document shows it (rounded to its
    /// precision), or `None` when no band holds it.
    pub fn classify(&self, value: Decimal) -> Option<&str> {
        let v = round(value, self.dp);
        self.bands
            .iter()
            .find(|b| b.min.is_none_or(|m| v >= m) && b.maks.is_none_or(|m| v <= m))
            .map(|b| b.label.as_str())
    }

    pub fn precision(&self) -> u32 {
        self.dp
    }
}

fn band(label: &str, min: Option<Decimal>, maks: Option<Decimal>) -> Pita {
    Pita { label: label.into(), min: min.map(Into::into), maks: maks.map(Into::into) }
}

/// The reference report's scales, with its hole at exactly 90,00 closed (Sangat Baik from 90).
pub fn default_skala(dp: u32) -> Skala {
    let n = |v: i64| Some(Decimal::from(v));
    let below = |v: i64| Decimal::from(v).checked_sub(ulp(dp));
    Skala {
        status: vec![
            band("Tidak Tercapai", None, below(100)),
            band("Tercapai", n(100), n(100)),
            band("Melebihi Target", Decimal::from(100).checked_add(ulp(dp)), None),
        ],
        kategori: vec![
            band("Sangat Kurang", None, below(50)),
            band("Kurang", n(50), below(65)),
            band("Cukup", n(65), below(75)),
            band("Baik", n(75), below(90)),
            band("Sangat Baik", n(90), None),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn default_scales_are_valid_and_edges_fall_as_shown() {
        let s = default_skala(2);
        let status = Scale::from_input(&s.status, 2, "status").unwrap();
        let kat = Scale::from_input(&s.kategori, 2, "kategori").unwrap();
        assert_eq!(kat.classify(d("90")), Some("Sangat Baik"));
        assert_eq!(kat.classify(d("89.99")), Some("Baik"));
        // shown as 90,00, so judged as 90,00
        assert_eq!(kat.classify(d("89.995")), Some("Sangat Baik"));
        assert_eq!(kat.classify(d("89.9949")), Some("Baik"));
        assert_eq!(kat.classify(d("75.00")), Some("Baik"));
        assert_eq!(kat.classify(d("-3")), Some("Sangat Kurang"));
        assert_eq!(status.classify(d("100")), Some("Tercapai"));
        assert_eq!(status.classify(d("99.994")), Some("Tidak Tercapai"));
        assert_eq!(status.classify(d("99.995")), Some("Tercapai"));
        assert_eq!(status.classify(d("100.01")), Some("Melebihi Target"));
    }

    #[test]
    fn gaps_and_overlaps_are_named() {
        let gap = vec![band("A", None, Some(d("89.99"))), band("B", Some(d("90.01")), None)];
        let e = Scale::from_input(&gap, 2, "skala.kategori").unwrap_err();
        assert_eq!(e[0].path, "skala.kategori[1]");
        assert!(e[0].message.contains("gap between bands `A` and `B`: values from 90.00"), "{}", e[0].message);
        let overlap = vec![band("A", None, Some(d("90"))), band("B", Some(d("90")), None)];
        let e = Scale::from_input(&overlap, 2, "k").unwrap_err();
        assert!(e[0].message.contains("overlap"), "{}", e[0].message);
        let too_fine = vec![band("A", None, Some(d("89.999"))), band("B", Some(d("90")), None)];
        assert!(Scale::from_input(&too_fine, 2, "k").is_err());
        let open_twice = vec![band("A", None, None), band("B", None, Some(d("1")))];
        assert!(Scale::from_input(&open_twice, 2, "k").is_err());
    }

    #[test]
    fn a_value_outside_every_band_has_no_label() {
        let s = Scale::from_input(&[band("A", Some(d("0")), Some(d("10")))], 2, "k").unwrap();
        assert_eq!(s.classify(d("-1")), None);
        assert_eq!(s.classify(d("10.004")), Some("A"));
    }
}
