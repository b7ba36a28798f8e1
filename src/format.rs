//! Indonesian presentation of values: `Rp 12.644.738.000`, `71,18 %`, `1 Maret 2022`.
//!
//! Percentages are rounded here, once, half away from zero; raw values keep the scale
//! they were written with.
#![deny(clippy::float_arithmetic)]
// money and percentages are Decimal: see clippy.toml
// No panic from input (#11): no unwrap/expect, no unchecked arithmetic outside tests; each
// exception is an #[expect] with its reason where it stands.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects))]

use std::fmt;

use rust_decimal::Decimal;

use crate::number::round;
use crate::value::tanggal::Tanggal;

/// A number with `.` grouping thousands and `,` before decimals, keeping its scale.
pub fn angka(d: Decimal) -> String {
    let s = d.abs().to_string();
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && int.len().saturating_sub(i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if d.is_sign_negative() && !d.is_zero() { "-" } else { "" };
    if frac.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped},{frac}") }
}

/// A number rounded to `dp` decimals, shown with exactly `dp` decimals.
pub fn desimal(d: Decimal, dp: u32) -> String {
    let mut r = round(d, dp);
    r.rescale(dp);
    angka(r)
}

/// A percentage: `71,18 %`.
pub fn persen(d: Decimal, dp: u32) -> String {
    format!("{} %", desimal(d, dp))
}

/// An amount of Rupiah: `Rp 12.644.738.000`.
pub fn rupiah(d: Decimal) -> String {
    format!("Rp {}", angka(d))
}

/// The Indonesian month names, January first: the one list every date printed in Indonesian uses.
pub const BULAN: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// The name of month `bulan` (1–12; a [`Tanggal`] is checked, so never the `?` of another).
fn bulan_nama(bulan: u8) -> &'static str {
    usize::from(bulan).checked_sub(1).and_then(|i| BULAN.get(i)).copied().unwrap_or("?")
}

/// A date as Indonesian prints it. (The type is the ground floor's, [`Tanggal`]; its words are
/// presentation, so they live here.)
impl fmt::Display for Tanggal {
    /// `1 Maret 2022`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.hari, bulan_nama(self.bulan), self.tahun)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn numbers_and_money() {
        assert_eq!(rupiah(d("12644738000")), "Rp 12.644.738.000");
        assert_eq!(rupiah(d("869234500")), "Rp 869.234.500");
        assert_eq!(angka(d("5.00")), "5,00");
        assert_eq!(angka(d("-4.68")), "-4,68");
        assert_eq!(angka(d("14000")), "14.000");
        assert_eq!(angka(d("100")), "100");
        assert_eq!(angka(d("0.018169")), "0,018169");
    }

    #[test]
    fn percentages_round_once_half_away_from_zero() {
        assert_eq!(persen(d("71.17967479674796747967479675"), 2), "71,18 %");
        assert_eq!(persen(d("100"), 2), "100,00 %");
        assert_eq!(persen(d("-22.755"), 2), "-22,76 %");
        assert_eq!(persen(d("2.5"), 0), "3 %");
        assert_eq!(persen(d("1234.5"), 1), "1.234,5 %");
    }

    #[test]
    fn dates() {
        assert_eq!(Tanggal::parse("2022-03-01").unwrap().to_string(), "1 Maret 2022");
        assert_eq!(Tanggal::parse("2024-02-29").unwrap().to_string(), "29 Februari 2024");
        assert_eq!(Tanggal::parse("2022-12-31").unwrap().to_string(), "31 Desember 2022");
    }
}
