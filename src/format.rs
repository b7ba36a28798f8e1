//! Indonesian presentation of values: `Rp 12.644.738.000`, `71,18 %`, `1 Maret 2022`, NIP.
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
use serde::Serialize;

use crate::compute::formula::round;

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

/// A calendar date, checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Tanggal {
    pub tahun: u16,
    pub bulan: u8,
    pub hari: u8,
}

impl Tanggal {
    /// Parse `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Tanggal, String> {
        let bad = || format!("`{s}` is not a date written as YYYY-MM-DD (e.g. 2022-03-01)");
        let parts: Vec<&str> = s.trim().split('-').collect();
        let [y, m, d] = parts.as_slice() else { return Err(bad()) };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let (tahun, bulan, hari): (u16, u8, u8) =
            (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?);
        let leap = tahun % 4 == 0 && (tahun % 100 != 0 || tahun % 400 == 0);
        let days = match bulan {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(format!("`{s}` has no month {bulan}")),
        };
        if hari == 0 || hari > days {
            return Err(format!("`{s}`: {} {tahun} has no day {hari}", bulan_nama(bulan)));
        }
        Ok(Tanggal { tahun, bulan, hari })
    }
}

impl fmt::Display for Tanggal {
    /// `1 Maret 2022`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.hari, bulan_nama(self.bulan), self.tahun)
    }
}

/// The digits of a NIP (18), or why not.
pub fn nip_digits(s: &str) -> Result<String, String> {
    let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == 18 && digits.chars().all(|c| c.is_ascii_digit()) {
        Ok(digits)
    } else {
        Err(format!("`{s}` is not a NIP: a NIP has 18 digits (spaces allowed), e.g. 19630804 198711 1 001"))
    }
}

/// A NIP grouped 8-6-1-3: `19630804 198711 1 001`.
pub fn nip(digits: &str) -> String {
    format!("{} {} {} {}", &digits[..8], &digits[8..14], &digits[14..15], &digits[15..])
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
        assert!(Tanggal::parse("2023-02-29").unwrap_err().contains("no day 29"));
        assert!(Tanggal::parse("1-3-2022").is_err());
        assert!(Tanggal::parse("2022-13-01").is_err());
    }

    #[test]
    fn nips() {
        assert_eq!(nip(&nip_digits("19630804 198711 1 001").unwrap()), "19630804 198711 1 001");
        assert_eq!(nip(&nip_digits("196308041987111001").unwrap()), "19630804 198711 1 001");
        assert!(nip_digits("1963").is_err());
    }
}
