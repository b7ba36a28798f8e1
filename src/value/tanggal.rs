//! A calendar date, checked: the one date type of lkjip, for the dates a report prints
//! (`dokumen.tanggal`, a PK's date) and the dates the archive records (`Bagging-Date`, the day of
//! a release time). How a date is printed in Indonesian (`1 Maret 2022`) is presentation, in
//! [`crate::format`].

use serde::Serialize;

/// A day that exists in the proleptic Gregorian calendar, years 0000–9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Tanggal {
    pub tahun: u16,
    pub bulan: u8,
    pub hari: u8,
}

/// Days between 0000-03-01 and 1970-01-01 in Howard Hinnant's civil-date algorithms.
const EPOCH_SHIFT: i64 = 719_468;
/// Days in 400 years.
const ERA: i64 = 146_097;

impl Tanggal {
    /// Exactly `YYYY-MM-DD` (ten characters, digits only), a day that exists; `None` otherwise.
    pub fn parse(s: &str) -> Option<Tanggal> {
        let b = s.as_bytes();
        let digits =
            |r: std::ops::Range<usize>| b.get(r.clone()).filter(|d| d.iter().all(u8::is_ascii_digit)).and(s.get(r));
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let t = Tanggal {
            tahun: digits(0..4)?.parse().ok()?,
            bulan: digits(5..7)?.parse().ok()?,
            hari: digits(8..10)?.parse().ok()?,
        };
        (t.hari >= 1 && t.hari <= days_in_month(t.tahun, t.bulan)?).then_some(t)
    }

    /// The date `days` days after 1970-01-01 (before it when negative); `None` outside the years
    /// 0000–9999.
    #[cfg_attr(not(test), expect(clippy::arithmetic_side_effects, reason = "days is bounded to years 0–9999 first"))]
    pub fn from_days_since_epoch(days: i64) -> Option<Tanggal> {
        // Hinnant's civil_from_days; the range check first keeps every step far from overflow.
        if !(-719_528..=2_932_896).contains(&days) {
            return None;
        }
        let z = days + EPOCH_SHIFT;
        let era = z.div_euclid(ERA);
        let doe = z.rem_euclid(ERA);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let hari = doy - (153 * mp + 2) / 5 + 1;
        let bulan = if mp < 10 { mp + 3 } else { mp - 9 };
        let tahun = yoe + era * 400 + i64::from(bulan <= 2);
        Some(Tanggal {
            tahun: u16::try_from(tahun).ok()?,
            bulan: u8::try_from(bulan).ok()?,
            hari: u8::try_from(hari).ok()?,
        })
    }

    /// Days from 1970-01-01 to this date (negative before it).
    #[cfg_attr(not(test), expect(clippy::arithmetic_side_effects, reason = "a year of a u16 is far from overflow"))]
    pub fn days_since_epoch(self) -> i64 {
        // Hinnant's days_from_civil.
        let (m, d) = (i64::from(self.bulan), i64::from(self.hari));
        let y = i64::from(self.tahun) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * ERA + doe - EPOCH_SHIFT
    }

    /// `YYYY-MM-DD`, the form [`Tanggal::parse`] reads.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.tahun, self.bulan, self.hari)
    }
}

/// The days of month `bulan` of year `tahun`; `None` for a month that is not 1–12.
fn days_in_month(tahun: u16, bulan: u8) -> Option<u8> {
    let leap = tahun.is_multiple_of(4) && (!tahun.is_multiple_of(100) || tahun.is_multiple_of(400));
    match bulan {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 => Some(if leap { 29 } else { 28 }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_days_that_exist_written_as_iso() {
        assert_eq!(Tanggal::parse("2022-03-01"), Some(Tanggal { tahun: 2022, bulan: 3, hari: 1 }));
        assert!(Tanggal::parse("2024-02-29").is_some());
        for bad in ["2023-02-29", "2022-13-01", "2022-00-10", "2022-04-31", "2022-01-00", "1-3-2022", "22-02-28"] {
            assert_eq!(Tanggal::parse(bad), None, "{bad}");
        }
        for bad in ["2022/02/28", "+202-01-01", "2022-+1-01", " 2022-03-01", "2022-03-01 ", "２０２２-03-01"] {
            assert_eq!(Tanggal::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_since_epoch_round_trip() {
        assert_eq!(Tanggal::from_days_since_epoch(0).map(Tanggal::iso).as_deref(), Some("1970-01-01"));
        assert_eq!(Tanggal::from_days_since_epoch(11_016).map(Tanggal::iso).as_deref(), Some("2000-02-29"));
        assert_eq!(Tanggal::from_days_since_epoch(-1).map(Tanggal::iso).as_deref(), Some("1969-12-31"));
        for days in [-719_528, -1, 0, 59, 11_016, 20_785, 2_932_896] {
            let t = Tanggal::from_days_since_epoch(days).unwrap();
            assert_eq!(t.days_since_epoch(), days, "{t:?}");
            assert_eq!(Tanggal::parse(&t.iso()), Some(t));
        }
        assert_eq!(Tanggal::from_days_since_epoch(-719_529), None);
        assert_eq!(Tanggal::from_days_since_epoch(2_932_897), None);
        assert_eq!(Tanggal::from_days_since_epoch(i64::MAX), None);
    }
}
