//! A chart's value axis: round ticks from zero to just above the largest value (1, 2, 2,5 or 5
//! times a power of ten apart, at most five steps), and each value's place on it as a fraction.
//! Checked arithmetic throughout: a value near the limits of Decimal gets a plain 0–max axis.

use rust_decimal::Decimal;

use crate::number::round;
use crate::render::data::Tick;

/// The axis for values up to `max`: its end and its ticks (zero first).
pub fn sumbu(max: Decimal) -> (Decimal, Vec<Decimal>) {
    if max <= Decimal::ZERO {
        return (Decimal::ONE, vec![Decimal::ZERO, Decimal::ONE]);
    }
    round_axis(max).unwrap_or((max, vec![Decimal::ZERO, max]))
}

fn round_axis(max: Decimal) -> Option<(Decimal, Vec<Decimal>)> {
    let steps = Decimal::from(5);
    // p: the power of ten at or below max / 5
    let raw = max.checked_div(steps)?;
    let mut p = Decimal::ONE;
    while p.checked_mul(Decimal::TEN)? <= raw {
        p = p.checked_mul(Decimal::TEN)?;
    }
    while p > raw && p.scale() < 20 {
        p = p.checked_div(Decimal::TEN)?;
    }
    let step = [Decimal::ONE, Decimal::TWO, Decimal::new(25, 1), Decimal::from(5), Decimal::TEN]
        .iter()
        .filter_map(|m| m.checked_mul(p))
        .find(|s| max.checked_div(*s).is_some_and(|q| q.ceil() <= steps))?;
    let n = max.checked_div(step)?.ceil();
    let end = n.checked_mul(step)?.normalize();
    let mut ticks = Vec::new();
    let mut t = Decimal::ZERO;
    while t <= end {
        ticks.push(t.normalize());
        t = t.checked_add(step)?;
    }
    Some((end, ticks))
}

/// A value's place on an axis ending at `end`, "0.7118" (never negative: `None`).
pub fn fraksi(v: Decimal, end: Decimal) -> Option<String> {
    if end <= Decimal::ZERO || v < Decimal::ZERO {
        return None;
    }
    let mut f = round(v.checked_div(end)?, 4);
    f.rescale(4);
    Some(f.to_string())
}

/// The ticks as the layout draws them, labelled by `label`.
pub fn ticks(end: Decimal, ticks: &[Decimal], label: impl Fn(Decimal) -> String) -> Vec<Tick> {
    ticks.iter().map(|t| Tick { label: label(*t), fraksi: fraksi(*t, end).unwrap_or_default() }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn axis(max: &str) -> (String, Vec<String>) {
        let (end, t) = sumbu(d(max));
        (end.to_string(), t.iter().map(|x| x.to_string()).collect())
    }

    #[test]
    fn ticks_are_round_and_end_just_above_the_largest_value() {
        assert_eq!(
            axis("85"),
            ("100".into(), vec!["0", "20", "40", "60", "80", "100"].into_iter().map(String::from).collect())
        );
        assert_eq!(axis("124.4"), ("125".into(), ["0", "25", "50", "75", "100", "125"].map(String::from).to_vec()));
        assert_eq!(axis("100").0, "100");
        assert_eq!(
            axis("0.025"),
            ("0.025".into(), ["0", "0.005", "0.01", "0.015", "0.02", "0.025"].map(String::from).to_vec())
        );
        assert_eq!(axis("9.43").0, "10");
        assert_eq!(axis("674").0, "800");
        assert_eq!(axis("12644738000").0, "15000000000");
        assert_eq!(axis("0"), ("1".into(), ["0", "1"].map(String::from).to_vec()));
        for m in ["1", "3", "7.7", "11", "99.99", "101", "249", "0.0189", "55555"] {
            let (end, t) = sumbu(d(m));
            assert!(end >= d(m) && t.len() <= 6 && t.len() >= 2, "{m}: {end} {t:?}");
            assert!(end / d(m) <= Decimal::TWO + Decimal::new(5, 1), "{m}: the axis {end} is far too long");
        }
    }

    #[test]
    fn a_value_sits_at_its_fraction_of_the_axis() {
        assert_eq!(fraksi(d("84.21"), d("100")).as_deref(), Some("0.8421"));
        assert_eq!(fraksi(d("100"), d("150")).as_deref(), Some("0.6667"));
        assert_eq!(fraksi(d("-1"), d("150")), None);
    }
}
