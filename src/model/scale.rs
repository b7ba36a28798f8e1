//! Measurement scales as data: bands of a closed interval at the scale's own precision (the
//! finest bound written, at most the document's), checked for gaps and overlaps, used on values
//! rounded to that precision: whole-number bounds (91 / 76 / 66 / 51) judge 90,60 as 91. A scale
//! may have a band for values that cannot be computed ("Tidak Ada Target") and a top band that
//! also holds the values above its `maks`.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::diag::{Problem, Severity};
use crate::input::types::{Pita, Skala};
use crate::messages::Msg;
use crate::messages::input::{InputMsg, OverflowOf};
use crate::messages::ukur::UkurMsg;
use crate::number::round;

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
    /// The label of a value that cannot be computed, when the scale has such a band.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tanpa_nilai: Option<String>,
    /// The top band also holds the values above its `maks`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub di_atas_maks: bool,
    /// The precision values are judged at: the finest bound written.
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
        let mut tanpa_nilai: Option<String> = None;
        for (i, p) in pita.iter().enumerate().filter(|(_, p)| p.tanpa_nilai) {
            let at = format!("{path}[{i}]");
            let label = p.label.clone();
            if p.min.is_some() || p.maks.is_some() || p.di_atas_maks {
                problems.push(Problem::said(
                    Severity::Error,
                    &at,
                    Msg::Ukur(UkurMsg::PitaTanpaNilaiBerbatas { label }),
                ));
            } else if tanpa_nilai.is_some() {
                problems.push(Problem::said(Severity::Error, &at, Msg::Ukur(UkurMsg::PitaTanpaNilaiDua { label })));
            } else {
                tanpa_nilai = Some(label);
            }
        }
        if pita.iter().all(|p| p.tanpa_nilai) {
            problems.push(Problem::said(Severity::Error, path, Msg::ScaleEmpty));
        }
        // the scale's own precision: the finest bound written (whole numbers: 0)
        let own = pita.iter().flat_map(|p| [p.min, p.maks]).flatten().map(|n| n.value().scale()).max().unwrap_or(0);
        let scale_dp = own.min(dp);
        let mut bands: Vec<(usize, Band)> = Vec::new();
        for (i, p) in pita.iter().enumerate().filter(|(_, p)| !p.tanpa_nilai) {
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
                    let Some(next) = top.checked_add(ulp(scale_dp)) else {
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
        // only the top band may hold the values above its maks
        let top = bands.last().map(|b| b.0);
        for (i, p) in pita.iter().enumerate().filter(|(i, p)| p.di_atas_maks && !p.tanpa_nilai && Some(*i) != top) {
            let label = p.label.clone();
            problems.push(Problem::said(
                Severity::Error,
                format!("{path}[{i}].di_atas_maks"),
                Msg::Ukur(UkurMsg::DiAtasBukanTeratas { label }),
            ));
        }
        let di_atas_maks = top.is_some_and(|t| pita[t].di_atas_maks);
        if problems.is_empty() {
            Ok(Scale { bands: bands.into_iter().map(|b| b.1).collect(), tanpa_nilai, di_atas_maks, dp: scale_dp })
        } else {
            Err(problems)
        }
    }

    /// A warning when the top band ends at a `maks` and does not say what happens above it.
    pub fn warnings(&self, path: &str) -> Vec<Problem> {
        match self.bands.last() {
            Some(Band { label, maks: Some(maks), .. }) if !self.di_atas_maks => vec![Problem::said(
                Severity::Warning,
                path,
                Msg::Ukur(UkurMsg::DiAtasMaks { label: label.clone(), maks: maks.to_string() }),
            )],
            _ => Vec::new(),
        }
    }

    /// The label of a value that may be undefined: the "no value" band's for `None`.
    pub fn label(&self, value: Option<Decimal>) -> Option<&str> {
        match value {
            Some(v) => self.classify(v),
            None => self.tanpa_nilai.as_deref(),
        }
    }

    /// The label of the band holding `value` as the document shows it (rounded to its
    /// precision), or `None` when no band holds it.
    pub fn classify(&self, value: Decimal) -> Option<&str> {
        let v = round(value, self.dp);
        let n = self.bands.len();
        self.bands
            .iter()
            .enumerate()
            .find(|(i, b)| {
                let above_ok = self.di_atas_maks && i.saturating_add(1) == n;
                b.min.is_none_or(|m| v >= m) && (above_ok || b.maks.is_none_or(|m| v <= m))
            })
            .map(|(_, b)| b.label.as_str())
    }

    pub fn precision(&self) -> u32 {
        self.dp
    }
}

fn band(label: &str, min: Option<Decimal>, maks: Option<Decimal>) -> Pita {
    Pita {
        label: label.into(),
        min: min.map(Into::into),
        maks: maks.map(Into::into),
        di_atas_maks: false,
        tanpa_nilai: false,
    }
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
        serapan: None,
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

    fn whole(label: &str, min: Option<&str>, maks: Option<&str>) -> Pita {
        band(label, min.map(d), maks.map(d))
    }

    #[test]
    fn whole_number_bounds_are_judged_at_their_own_precision() {
        // 91–100 / 76–90 / 66–75 / 51–65 / ≤ 50, written as whole numbers, in a 2-decimal document
        let mut bands = vec![
            whole("Sangat Baik", Some("91"), Some("100")),
            whole("Baik", Some("76"), Some("90")),
            whole("Cukup", Some("66"), Some("75")),
            whole("Kurang", Some("51"), Some("65")),
            whole("Sangat Kurang", None, Some("50")),
        ];
        let s = Scale::from_input(&bands, 2, "k").unwrap();
        assert_eq!(s.precision(), 0);
        assert_eq!(s.classify(d("90.60")), Some("Sangat Baik"), "90,60 is 91 at the scale's precision");
        assert_eq!(s.classify(d("90.49")), Some("Baik"));
        assert_eq!(s.classify(d("50.5")), Some("Kurang"));
        // the top band ends at 100: above it nothing, and a warning says so
        assert_eq!(s.classify(d("124")), None);
        let w = s.warnings("k");
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains("write `di_atas_maks: true`"), "{}", w[0].message);
        bands[0].di_atas_maks = true;
        let s = Scale::from_input(&bands, 2, "k").unwrap();
        assert_eq!(s.classify(d("124")), Some("Sangat Baik"));
        assert!(s.warnings("k").is_empty());
        // only the top band may say so
        bands[1].di_atas_maks = true;
        let e = Scale::from_input(&bands, 2, "k").unwrap_err();
        assert_eq!(e[0].path, "k[1].di_atas_maks");
    }

    #[test]
    fn a_band_for_values_that_cannot_be_computed() {
        let mut bands = vec![
            whole("Tercapai", Some("100"), None),
            whole("Tidak Tercapai", None, Some("99.99")),
            Pita { tanpa_nilai: true, ..whole("Tidak Ada Target", None, None) },
        ];
        let s = Scale::from_input(&bands, 2, "status").unwrap();
        assert_eq!(s.label(None), Some("Tidak Ada Target"));
        assert_eq!(s.label(Some(d("100"))), Some("Tercapai"));
        assert_eq!(s.bands.len(), 2, "the band without a value is not a numeric band");
        bands.push(Pita { tanpa_nilai: true, ..whole("Lagi", None, None) });
        bands.push(Pita { tanpa_nilai: true, ..whole("Berbatas", Some("1"), None) });
        let e = Scale::from_input(&bands, 2, "status").unwrap_err();
        assert!(e[0].message.contains("second band"), "{}", e[0].message);
        assert!(e[1].message.contains("takes no `min` or `maks`"), "{}", e[1].message);
        let only = [Pita { tanpa_nilai: true, ..whole("X", None, None) }];
        assert!(Scale::from_input(&only, 2, "s").is_err());
        // without such a band an undefined value has no label, as before
        assert_eq!(Scale::from_input(&default_skala(2).status, 2, "s").unwrap().label(None), None);
    }

    #[test]
    fn a_value_outside_every_band_has_no_label() {
        let s = Scale::from_input(&[band("A", Some(d("0")), Some(d("10")))], 2, "k").unwrap();
        assert_eq!(s.classify(d("-1")), None);
        assert_eq!(s.classify(d("10.004")), Some("A"));
    }
}
