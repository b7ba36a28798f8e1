//! Unfinished data: the texts that mark a value as not yet known, and the signatory checks.
//!
//! A transcription without a source for a name writes a note instead ("(nama Walikota tidak
//! tercantum dalam sumber)"). Such a note must never be printed as a name: `check` warns about
//! it, and the PDF shows a blank line to fill by hand. The phrases are in `markers.txt`, which
//! `scripts/layout-check` also reads to fail a PDF that prints one.

use crate::diag::{Problem, Severity};
use crate::input::types::{Lkjip, Pejabat};
use crate::messages::Msg;

/// The phrases, lower case (comments and blank lines of the file left out).
pub fn phrases() -> impl Iterator<Item = &'static str> {
    include_str!("markers.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Whether a value is a note about missing data rather than the data: it holds a marker phrase,
/// is wholly in brackets ("(belum ada)", "\[nama\]"), or is only dots, dashes or underscores.
pub fn is_unfinished(text: &str) -> bool {
    let t = text.trim();
    let lower = t.to_lowercase();
    let bracketed = (t.starts_with('(') && t.ends_with(')')) || (t.starts_with('[') && t.ends_with(']'));
    let filler = !t.is_empty() && t.chars().all(|c| matches!(c, '.' | '-' | '_' | '…' | ' '));
    bracketed || filler || phrases().any(|p| lower.contains(p))
}

/// A signatory's value as the PDF prints it: `None` when it is unfinished (a blank line to fill).
pub fn printed(text: &str) -> Option<String> {
    (!is_unfinished(text)).then(|| text.to_owned())
}

/// Warn about every unfinished field of a signatory, a missing NIP of the head of the agency and a
/// Perjanjian Kinerja without its date: each prints a blank to fill in by hand.
pub(super) fn signatories(doc: &Lkjip, problems: &mut Vec<Problem>) {
    let pk = &doc.perencanaan.perjanjian_kinerja;
    let mut people: Vec<(&str, &Pejabat)> = vec![("penandatangan", &doc.penandatangan)];
    if let Some(p2) = &pk.pihak_kedua {
        people.push(("perencanaan.perjanjian_kinerja.pihak_kedua", p2));
    }
    if let Some(r) = &doc.reviu {
        people.push(("reviu.pereviu", &r.pereviu));
    }
    for (path, p) in people {
        let fields = [("nama", Some(&p.nama)), ("jabatan", Some(&p.jabatan)), ("pangkat", p.pangkat.as_ref())];
        for (field, value) in fields {
            if let Some(v) = value
                && !v.trim().is_empty()
                && is_unfinished(v)
            {
                problems.push(Problem::said(
                    Severity::Warning,
                    format!("{path}.{field}"),
                    Msg::Unfinished { value: v.clone() },
                ));
            }
        }
    }
    // an elected head (Bupati, Walikota, Gubernur) signing the government's own report has no NIP
    let elected = doc.instansi.jenis == crate::input::types::JenisInstansi::PemerintahDaerah;
    if doc.penandatangan.nip.is_none() && !elected {
        problems.push(Problem::said(Severity::Warning, "penandatangan.nip", Msg::NoNip));
    }
    if pk.tanggal.is_none() {
        problems.push(Problem::said(Severity::Warning, "perencanaan.perjanjian_kinerja.tanggal", Msg::NoPkDate));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_about_missing_data_are_recognised() {
        assert!(is_unfinished("(nama Walikota Pekalongan tidak tercantum dalam sumber)"));
        assert!(is_unfinished("[nama]"));
        assert!(is_unfinished("............"));
        assert!(is_unfinished("Nama belum diisi"));
        assert!(!is_unfinished("Ir. BUDIYANTO, M.Pi, M.Hum"));
        assert!(!is_unfinished("H. A. AFZAN ARSLAN DJUNAID, SH"));
        assert_eq!(printed("(tidak ada)"), None);
        assert_eq!(printed("Walikota Pekalongan").as_deref(), Some("Walikota Pekalongan"));
    }
}
