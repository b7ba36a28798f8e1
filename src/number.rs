//! Exact numbers as people write them in the YAML: never through a float.
//!
//! A YAML scalar such as `60.27`, `12644738000` or `12_644_738_000` is read as its text
//! and parsed straight into a [`Decimal`], keeping the scale the user wrote (`5.00` stays
//! `5.00`). Indonesian-looking input (`60,27`, `12.644.738.000`) is refused with a hint
//! instead of being guessed at.
#![deny(clippy::float_arithmetic)]
// money and percentages are Decimal: see clippy.toml
// No panic from input (#11): no unwrap/expect, no unchecked arithmetic outside tests; each
// exception is an #[expect] with its reason where it stands.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects))]

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A number exactly as written in the source: value and scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Num(Decimal);

impl Num {
    pub fn new(value: Decimal) -> Self {
        Num(value)
    }
    pub fn value(self) -> Decimal {
        self.0
    }
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }
}

impl From<Decimal> for Num {
    fn from(d: Decimal) -> Self {
        Num(d)
    }
}

/// Why a text is not a number, with a hint for the usual mistakes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError(pub String);

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NumError {}

impl FromStr for Num {
    type Err = NumError;

    fn from_str(raw: &str) -> Result<Self, NumError> {
        let s = raw.trim();
        let err = |why: &str| Err(NumError(format!("`{raw}` is not a number: {why}")));
        if s.is_empty() {
            return err("it is empty");
        }
        let body = s.strip_prefix('-').unwrap_or(s);
        if let Some(good) = suggestion(s) {
            return err(&format!(
                "write `{good}`: the decimal point as a dot and no thousands separators (underscores may group digits: `12_644_738_000`)"
            ));
        }
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        let digits_ok = |part: &str| {
            !part.starts_with('_')
                && !part.ends_with('_')
                && !part.contains("__")
                && part.chars().all(|c| c.is_ascii_digit() || c == '_')
        };
        if int.is_empty() || !digits_ok(int) || (body.contains('.') && (frac.is_empty() || !digits_ok(frac))) {
            return err("use digits with an optional `-` and one `.` (e.g. `60.27`, `-4.68`, `12644738000`)");
        }
        let cleaned: String = s.chars().filter(|&c| c != '_').collect();
        Decimal::from_str_exact(&cleaned).map(Num).map_err(|e| NumError(format!("`{raw}` is not a number: {e}")))
    }
}

/// How a number written with Indonesian or English separators (`85,5`, `1.187.450.000`,
/// `1,187,450,000`, `1.187.450,5`) is written so that [`Num::from_str`] accepts it: `None` when
/// it is not such a number. The separator written last is the decimal one when both appear;
/// a single comma is a decimal comma (the Indonesian way); several commas or several dots
/// separate thousands.
pub fn suggestion(raw: &str) -> Option<String> {
    let s = raw.trim();
    // a unit typed with the number: `85,5%`, `85 persen`, `Rp 1.000`, `Rp. 1.000,-`
    let s = s.strip_suffix('%').or_else(|| s.strip_suffix("persen")).map_or(s, str::trim_end);
    let (s, rupiah) = match ["Rp.", "Rp", "rp.", "rp", "RP.", "RP"].iter().find_map(|p| s.strip_prefix(p)) {
        Some(b) => (b.trim_start(), true),
        None => (s, false),
    };
    let s = if rupiah { s.strip_suffix(",-").unwrap_or(s).trim_end() } else { s };
    let (sign, body) = s.strip_prefix('-').map_or(("", s), |b| ("-", b));
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        return None;
    }
    let (commas, dots) = (body.matches(',').count(), body.matches('.').count());
    let good = match (commas, dots) {
        (0, 0) => body.to_owned(),
        // rupiah are written with dots between thousands: `Rp 1.000` is a thousand
        (0, 1) if !rupiah => body.to_owned(),
        (0, _) => body.replace('.', ""),
        (1, 0) => body.replace(',', "."),
        (_, 0) => body.replace(',', ""),
        _ => {
            let decimal = if body.rfind(',') > body.rfind('.') { ',' } else { '.' };
            let (int, frac) = body.rsplit_once(decimal)?;
            format!("{}.{frac}", int.replace([',', '.'], ""))
        }
    };
    let good = format!("{sign}{good}");
    (good != raw.trim() && good.parse::<Num>().is_ok()).then_some(good)
}

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct NumVisitor;
        impl Visitor<'_> for NumVisitor {
            type Value = Num;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number such as 60.27 or 12644738000")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Num, E> {
                v.parse().map_err(|e: NumError| E::custom(e))
            }
        }
        // serde_yaml hands plain scalars to `deserialize_str` as their exact text.
        d.deserialize_str(NumVisitor)
    }
}

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

/// In the JSON Schema: a YAML number, or a string of digits (`-`, one `.`, `_` between
/// digits), so editors accept what [`Num::from_str`] accepts and flag `60,27`.
impl schemars::JsonSchema for Num {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Num".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An exact number: a dot for decimals, no thousands separators (60.27, 12644738000, 12_644_738_000).",
            "anyOf": [
                { "type": "number" },
                { "type": "string", "pattern": "^\\s*-?[0-9]+(_[0-9]+)*(\\.[0-9]+(_[0-9]+)*)?\\s*$" }
            ]
        })
    }
}

/// Round half away from zero to `dp` decimals, the only rounding lkjip does (once, at
/// presentation).
pub fn round(d: Decimal, dp: u32) -> Decimal {
    d.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// `-d`. It cannot overflow: a Decimal's range is symmetric (the sign is one bit).
pub fn negated(d: Decimal) -> Decimal {
    let mut n = d;
    n.set_sign_negative(!d.is_sign_negative());
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Result<Num, String> {
        serde_yaml::from_str::<Num>(text).map_err(|e| e.to_string())
    }

    #[test]
    fn unquoted_decimals_keep_their_exact_text() {
        assert_eq!(yaml("12.30").unwrap().to_string(), "12.30");
        assert_eq!(yaml("0.1").unwrap().value(), Decimal::new(1, 1));
        assert_eq!(yaml("60.27").unwrap().to_string(), "60.27");
        assert_eq!(yaml("5.00").unwrap().to_string(), "5.00");
        assert_eq!(yaml("-4.68").unwrap().to_string(), "-4.68");
        // 0.018169 is not representable in binary; a float would not give these digits back
        assert_eq!(yaml("0.018169").unwrap().to_string(), "0.018169");
        assert_eq!(yaml("\"60.27\"").unwrap().to_string(), "60.27");
    }

    #[test]
    fn big_amounts_are_exact() {
        assert_eq!(yaml("12644738000").unwrap().to_string(), "12644738000");
        assert_eq!(yaml("12_644_738_000").unwrap().to_string(), "12644738000");
        assert_eq!(yaml("98765432109876543.21").unwrap().to_string(), "98765432109876543.21");
    }

    #[test]
    fn indonesian_notation_is_refused_with_a_hint() {
        let e = yaml("\"60,27\"").unwrap_err();
        assert!(e.contains("write `60.27`"), "{e}");
        let e = yaml("12.644.738.000").unwrap_err();
        assert!(e.contains("`12644738000`"), "{e}");
        let e = yaml("\"Rp 12.644.738.000\"").unwrap_err();
        assert!(e.contains("write `12644738000`"), "{e}");
    }

    #[test]
    fn every_suggested_spelling_is_accepted() {
        for (raw, good) in [
            ("85,5", "85.5"),
            ("-4,68", "-4.68"),
            ("1,187,450,000", "1187450000"),
            ("1.187.450.000", "1187450000"),
            ("1.187.450,50", "1187450.50"),
            ("1,187,450.50", "1187450.50"),
            ("12.644.738.000", "12644738000"),
            ("85,5%", "85.5"),
            ("85 %", "85"),
            ("71,18 persen", "71.18"),
            ("Rp 1.000", "1000"),
            ("Rp. 12.644.738.000,-", "12644738000"),
            ("Rp1.000,50", "1000.50"),
        ] {
            assert!(raw.parse::<Num>().is_err(), "{raw}");
            assert_eq!(suggestion(raw).as_deref(), Some(good), "{raw}");
            assert!(good.parse::<Num>().is_ok(), "{good} is refused");
            let e = raw.parse::<Num>().unwrap_err().to_string();
            assert!(e.contains(&format!("write `{good}`")), "{e}");
        }
        assert_eq!(suggestion("60.27"), None);
        assert_eq!(suggestion("1.000"), None, "a dot alone is a decimal point");
    }

    #[test]
    fn other_garbage_is_refused() {
        for bad in ["1e3", ".5", "5.", "abc", "1__0", "_1", "0x10", "\"\"", "- 5", "true"] {
            assert!(yaml(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn json_needs_numbers_as_strings() {
        assert_eq!(serde_json::from_str::<Num>("\"12.5\"").unwrap().to_string(), "12.5");
        assert!(serde_json::from_str::<Num>("12.5").is_err());
    }
}
