//! Release times as RFC 3339 UTC text (`2026-11-28T19:03:49Z`), without a date crate: the date
//! part is the ground floor's [`Tanggal`], the time of day is seconds.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::value::tanggal::Tanggal;

const DAY: i64 = 86_400;

/// `t` as `YYYY-MM-DDTHH:MM:SSZ` (whole seconds, UTC). Times before 1970 print as the epoch,
/// times after 9999 as its last second.
pub fn rfc3339_utc(t: SystemTime) -> String {
    let secs = t.duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let (days, rem) = match i64::try_from(secs).ok().map(|s| (s / DAY, s % DAY)) {
        Some((d, r)) if Tanggal::from_days_since_epoch(d).is_some() => (d, r),
        _ => (Tanggal { tahun: 9999, bulan: 12, hari: 31 }.days_since_epoch(), DAY - 1),
    };
    let date = Tanggal::from_days_since_epoch(days).map_or_else(String::new, Tanggal::iso);
    format!("{date}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Seconds since 1970 of `YYYY-MM-DDTHH:MM:SSZ` (the form [`rfc3339_utc`] writes).
pub fn parse_rfc3339_utc(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    if b.len() != 20 || b[10] != b'T' || b[19] != b'Z' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let date = Tanggal::parse(s.get(..10)?)?;
    let num = |r: std::ops::Range<usize>| {
        s.get(r).filter(|t| t.bytes().all(|c| c.is_ascii_digit())).and_then(|t| t.parse::<i64>().ok())
    };
    let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    u64::try_from(date.days_since_epoch() * DAY + hh * 3600 + mm * 60 + ss).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn formats_known_instants() {
        assert_eq!(rfc3339_utc(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339_utc(UNIX_EPOCH + Duration::from_secs(951_782_400)), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339_utc(UNIX_EPOCH + Duration::from_secs(1_795_892_629)), "2026-11-28T19:03:49Z");
        for secs in [0, 951_782_400, 1_795_892_629, 4_102_444_799] {
            assert_eq!(parse_rfc3339_utc(&rfc3339_utc(UNIX_EPOCH + Duration::from_secs(secs))), Some(secs));
        }
        assert_eq!(parse_rfc3339_utc("2026-11-28 19:03:49Z"), None);
        assert_eq!(parse_rfc3339_utc("2026-02-30T19:03:49Z"), None);
        assert_eq!(parse_rfc3339_utc("2026-11-28T24:03:49Z"), None);
        assert_eq!(parse_rfc3339_utc("2026-11-28T+1:03:49Z"), None);
        assert_eq!(rfc3339_utc(UNIX_EPOCH + Duration::from_secs(400_000_000_000)), "9999-12-31T23:59:59Z");
    }
}
