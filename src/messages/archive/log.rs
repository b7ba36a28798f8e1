//! The words of `lkjip log`: each report's revisions, current or superseded, with their note and
//! hashes.

use crate::archive::{ReportHistory, Reproduction};
use crate::messages::Lang;

/// The text `lkjip log` prints.
pub fn log(histories: &[ReportHistory], lang: Lang) -> String {
    let en = lang == Lang::En;
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
            s.push_str(&format!("  r{} {} {state}\n", e.revision, e.released));
            s.push_str(&format!("     {note} {}\n", e.note.as_deref().unwrap_or("-")));
            s.push_str(&format!("     pdf:    {} ({} {bytes}) {}\n", e.pdf_sha256, e.pdf_length, e.pdf));
            s.push_str(&format!(
                "     {source} {}  lkjip {}, Typst {}\n",
                e.source_sha256, e.generator.lkjip, e.generator.typst
            ));
        }
    }
    s
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
    fn an_empty_log_is_said_in_both_languages() {
        assert_eq!(empty_log("arsip", Lang::En), "the archive arsip holds no revisions");
        assert_eq!(empty_log("arsip", Lang::Id), "arsip arsip belum memuat revisi apa pun");
    }
}
