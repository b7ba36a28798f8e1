//! The words of `lkjip build A.yaml B.yaml …` and `lkjip release A.yaml B.yaml …` (several
//! reports in one run), in Indonesian and English: the refusals of options that name one
//! output, each report's heading, and the summary.

use super::Lang;

/// What a batch says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchMsg {
    /// `-o` or `--signature-box` given with several reports.
    OneReportOnly { option: &'static str },
    /// Two reports would write the same PDF.
    SameOutput { output: String, first: String, second: String },
    /// The heading above one report's lines.
    Report { file: String },
    /// A report's draft was written (the same words as `lkjip build FILE`).
    Wrote { output: String, pages: usize },
    /// One report could not be built for a reason that is not its data (a bug, a full disk).
    Crashed { file: String, why: String },
    /// The last line: how many reports, how many built, and which did not.
    Summary { total: usize, built: usize, invalid: Vec<String>, failed: Vec<String> },
    /// `release`: `-o` given with several reports.
    ReleaseOneOnly { option: &'static str },
    /// `release`: one report could not be released for a reason that is not its data.
    NotReleased { file: String, why: String },
    /// `release`: the last line, how many reports were released as new revisions, how many
    /// were unchanged (already the current revision), and which were not released.
    ReleaseSummary {
        total: usize,
        released: usize,
        unchanged: usize,
        invalid: Vec<String>,
        refused: Vec<String>,
        failed: Vec<String>,
    },
}

impl BatchMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Id => self.id(),
        }
    }

    fn en(&self) -> String {
        match self {
            BatchMsg::OneReportOnly { option } => {
                format!("{option} names one output, so it works with one report only; build the reports one by one")
            }
            BatchMsg::SameOutput { output, first, second } => {
                format!("{first} and {second} would both write {output}; build them one by one with -o")
            }
            BatchMsg::Report { file } => format!("== {file}"),
            BatchMsg::Wrote { output, pages } => format!("wrote {output} ({pages} pages, draft)"),
            BatchMsg::Crashed { file, why } => format!("{file}: could not be built: {why}"),
            BatchMsg::Summary { total, built, invalid, failed } => {
                let mut s = format!("{total} reports: {built} built");
                if !invalid.is_empty() {
                    s += &format!(", {} with errors in their data ({})", invalid.len(), invalid.join(", "));
                }
                if !failed.is_empty() {
                    s += &format!(", {} could not be built ({})", failed.len(), failed.join(", "));
                }
                s
            }
            BatchMsg::ReleaseOneOnly { option } => {
                format!("{option} names one output, so it works with one report only; release the reports one by one")
            }
            BatchMsg::NotReleased { file, why } => format!("{file}: could not be released: {why}"),
            BatchMsg::ReleaseSummary { total, released, unchanged, invalid, refused, failed } => {
                let mut s = format!("{total} reports: {released} released");
                if *unchanged > 0 {
                    s += &format!(", {unchanged} unchanged");
                }
                for (names, what) in [
                    (invalid, "with errors in their data"),
                    (refused, "not released without consent"),
                    (failed, "could not be released"),
                ] {
                    if !names.is_empty() {
                        s += &format!(", {} {what} ({})", names.len(), names.join(", "));
                    }
                }
                s
            }
        }
    }

    fn id(&self) -> String {
        match self {
            BatchMsg::OneReportOnly { option } => format!(
                "{option} menyebut satu berkas keluaran, jadi hanya berlaku untuk satu laporan; susun laporannya satu per satu"
            ),
            BatchMsg::SameOutput { output, first, second } => {
                format!("{first} dan {second} sama-sama akan menulis {output}; susun satu per satu dengan -o")
            }
            BatchMsg::Report { file } => format!("== {file}"),
            BatchMsg::Wrote { output, pages } => format!("{output} ditulis ({pages} halaman, draf)"),
            BatchMsg::Crashed { file, why } => format!("{file}: tidak dapat disusun: {why}"),
            BatchMsg::Summary { total, built, invalid, failed } => {
                let mut s = format!("{total} laporan: {built} tersusun");
                if !invalid.is_empty() {
                    s += &format!(", {} dengan kesalahan data ({})", invalid.len(), invalid.join(", "));
                }
                if !failed.is_empty() {
                    s += &format!(", {} tidak dapat disusun ({})", failed.len(), failed.join(", "));
                }
                s
            }
            BatchMsg::ReleaseOneOnly { option } => format!(
                "{option} menyebut satu berkas keluaran, jadi hanya berlaku untuk satu laporan; rilis laporannya satu per satu"
            ),
            BatchMsg::NotReleased { file, why } => format!("{file}: tidak dapat dirilis: {why}"),
            BatchMsg::ReleaseSummary { total, released, unchanged, invalid, refused, failed } => {
                let mut s = format!("{total} laporan: {released} dirilis");
                if *unchanged > 0 {
                    s += &format!(", {unchanged} tidak berubah");
                }
                for (names, what) in [
                    (invalid, "dengan kesalahan data"),
                    (refused, "tidak dirilis tanpa persetujuan"),
                    (failed, "tidak dapat dirilis"),
                ] {
                    if !names.is_empty() {
                        s += &format!(", {} {what} ({})", names.len(), names.join(", "));
                    }
                }
                s
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_names_what_did_not_build_in_both_languages() {
        let m = BatchMsg::Summary { total: 3, built: 1, invalid: vec!["b.yaml".into()], failed: vec!["c.yaml".into()] };
        assert_eq!(
            m.text(Lang::En),
            "3 reports: 1 built, 1 with errors in their data (b.yaml), 1 could not be built (c.yaml)"
        );
        assert_eq!(
            m.text(Lang::Id),
            "3 laporan: 1 tersusun, 1 dengan kesalahan data (b.yaml), 1 tidak dapat disusun (c.yaml)"
        );
        let all = BatchMsg::Summary { total: 40, built: 40, invalid: vec![], failed: vec![] };
        assert_eq!(all.text(Lang::Id), "40 laporan: 40 tersusun");
    }

    #[test]
    fn the_release_summary_names_what_was_not_released_in_both_languages() {
        let names = |n: &str| vec![n.to_owned()];
        let m = BatchMsg::ReleaseSummary {
            total: 5,
            released: 1,
            unchanged: 1,
            invalid: names("b.yaml"),
            refused: names("c.yaml"),
            failed: names("d.yaml"),
        };
        assert_eq!(
            m.text(Lang::En),
            "5 reports: 1 released, 1 unchanged, 1 with errors in their data (b.yaml), 1 not released without consent (c.yaml), 1 could not be released (d.yaml)"
        );
        assert_eq!(
            m.text(Lang::Id),
            "5 laporan: 1 dirilis, 1 tidak berubah, 1 dengan kesalahan data (b.yaml), 1 tidak dirilis tanpa persetujuan (c.yaml), 1 tidak dapat dirilis (d.yaml)"
        );
        let all = BatchMsg::ReleaseSummary {
            total: 3,
            released: 3,
            unchanged: 0,
            invalid: vec![],
            refused: vec![],
            failed: vec![],
        };
        assert_eq!(
            (all.text(Lang::En).as_str(), all.text(Lang::Id).as_str()),
            ("3 reports: 3 released", "3 laporan: 3 dirilis")
        );
    }

    #[test]
    fn the_release_refusals_are_said_in_both_languages_with_their_values() {
        for m in [
            BatchMsg::ReleaseOneOnly { option: "-o" },
            BatchMsg::NotReleased { file: "a.yaml".into(), why: "disk".into() },
        ] {
            let (en, id) = (m.text(Lang::En), m.text(Lang::Id));
            assert_ne!(en, id, "{m:?}");
            for v in ["-o", "a.yaml", "disk"] {
                assert_eq!(en.contains(v), id.contains(v), "{m:?}: {v} in one language only");
            }
        }
        assert!(BatchMsg::ReleaseOneOnly { option: "-o" }.text(Lang::Id).contains("rilis laporannya satu per satu"));
    }
}
