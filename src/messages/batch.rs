//! The words of `lkjip build A.yaml B.yaml …` (several reports in one run), in Indonesian and
//! English: the refusals of options that name one output, each report's heading, and the summary.

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
}
