//! The words of `lkjip log`: each report's revisions, current or superseded, with their note and
//! hashes; the release time on the reader's clock, hashes short unless asked in full.

use jiff::tz::TimeZone;

use crate::archive::{ReportHistory, Reproduction};
use crate::messages::Lang;

/// How many hex digits of a hash `lkjip log` shows by default: enough to tell revisions apart
/// and to find them in the ledger, short enough to read aloud.
pub const SHORT_HASH: usize = 12;

/// How `lkjip log` shows a revision's time and hashes.
pub struct LogView {
    /// The reader's time zone (the ledger keeps UTC; this only shows it).
    pub zone: TimeZone,
    /// Whole hashes and the ledger's own UTC time too (`-v`).
    pub full: bool,
}

/// The text `lkjip log` prints.
pub fn log(histories: &[ReportHistory], view: &LogView, lang: Lang) -> String {
    let en = lang == Lang::En;
    let hash = |h: String| if view.full { h } else { h.chars().take(SHORT_HASH).collect() };
    let mut s = String::new();
    for h in histories {
        s.push_str(&format!("{}\n", h.report));
        for r in &h.revisions {
            let e = &r.entry;
            let state = match (r.superseded_by, en) {
                (None, true) => "current".to_owned(),
                (None, false) => "berlaku".to_owned(),
                (Some(n), true) => format!("superseded by r{n}"),
                (Some(n), false) => format!("digantikan oleh r{n}"),
            };
            let (note, bytes, source) =
                if en { ("note:  ", "bytes", "source:") } else { ("catatan:", "bait", "sumber:") };
            let utc = if view.full { format!(" [{}]", e.released) } else { String::new() };
            s.push_str(&format!("  r{} {}{utc} {state}\n", e.revision, local_time(&e.released, &view.zone)));
            s.push_str(&format!("     {note} {}\n", e.note.as_deref().unwrap_or("-")));
            let pdf = hash(e.pdf_sha256.to_string());
            s.push_str(&format!("     pdf:    {pdf} ({} {bytes}) {}\n", e.pdf_length, e.pdf));
            s.push_str(&format!(
                "     {source} {}  lkjip {}, Typst {}\n",
                hash(e.source_sha256.to_string()),
                e.generator.lkjip,
                e.generator.typst
            ));
        }
    }
    s
}

/// A ledger time (`2026-12-02T00:53:12Z`) on the clock of `zone`: `2026-12-02 07:53 WIB (+07:00)`
/// (the zone's abbreviation only when it has a name, not `+07`); a time that is not RFC 3339
/// as it stands.
pub fn local_time(released: &str, zone: &TimeZone) -> String {
    let Ok(t) = released.parse::<jiff::Timestamp>() else { return released.to_owned() };
    let z = t.to_zoned_datetime(zone.clone());
    let info = zone.to_offset_info(t);
    let abbr = info.abbreviation();
    let name =
        if abbr.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) { format!("{abbr} ") } else { String::new() };
    format!("{} {name}({})", z.strftime("%Y-%m-%d %H:%M"), z.strftime("%:z"))
}

/// `lkjip log` of an archive without revisions.
pub fn empty_log(dir: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("the archive {dir} holds no revisions"),
        Lang::Id => format!("arsip {dir} belum memuat revisi apa pun"),
    }
}

/// What `lkjip reproduce` found: identical or where the bytes differ, a damaged archived PDF,
/// another generator.
pub fn reproduction(r: &Reproduction, lang: Lang) -> String {
    let en = lang == Lang::En;
    let id = &r.revision;
    let mut s = match (r.identical, en) {
        (true, true) => {
            format!("{id}: the re-rendered PDF is byte-identical to the archived one (SHA-256 {}).", r.archived_sha256)
        }
        (true, false) => format!(
            "{id}: PDF yang dirender ulang identik bait demi bait dengan arsipnya (SHA-256 {}).",
            r.archived_sha256
        ),
        (false, true) => format!(
            "{id}: the re-rendered PDF differs from the archived one: {} bytes vs {} archived, first difference at byte {}.",
            r.reproduced_length,
            r.archived_length,
            r.first_difference.unwrap_or(0)
        ),
        (false, false) => format!(
            "{id}: PDF yang dirender ulang berbeda dari arsipnya: {} bait lawan {} bait di arsip, perbedaan pertama pada bait {}.",
            r.reproduced_length,
            r.archived_length,
            r.first_difference.unwrap_or(0)
        ),
    };
    if r.ledger_mismatch {
        s.push_str(if en {
            " The archived PDF itself no longer matches the ledger; run `lkjip verify --archive`."
        } else {
            " PDF di arsip itu sendiri sudah tidak cocok dengan buku besar; jalankan `lkjip verify --archive`."
        });
    }
    if let Some(g) = &r.archived_generator {
        let now = &r.generator;
        s.push_str(&if en {
            format!(
                " It was released with lkjip {} and Typst {}; this is lkjip {} and Typst {}.",
                g.lkjip, g.typst, now.lkjip, now.typst
            )
        } else {
            format!(
                " Revisi itu dirilis dengan lkjip {} dan Typst {}; ini lkjip {} dan Typst {}.",
                g.lkjip, g.typst, now.lkjip, now.typst
            )
        });
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ledger_time_is_shown_on_the_readers_clock() {
        let at = "2026-12-02T00:53:12Z";
        assert_eq!(local_time(at, &TimeZone::UTC), "2026-12-02 00:53 UTC (+00:00)");
        let wita = TimeZone::posix("WITA-8").unwrap();
        assert_eq!(local_time(at, &wita), "2026-12-02 08:53 WITA (+08:00)");
        let unnamed = TimeZone::posix("<+0930>-9:30").unwrap();
        assert_eq!(local_time("2026-12-01T23:59:00Z", &unnamed), "2026-12-02 09:29 (+09:30)");
        assert_eq!(local_time("kemarin", &wita), "kemarin");
    }

    #[test]
    fn an_empty_log_is_said_in_both_languages() {
        assert_eq!(empty_log("arsip", Lang::En), "the archive arsip holds no revisions");
        assert_eq!(empty_log("arsip", Lang::Id), "arsip arsip belum memuat revisi apa pun");
    }
}
