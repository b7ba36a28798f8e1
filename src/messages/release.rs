//! What `lkjip release` asks and answers beyond the revision's facts: the question before a
//! release despite warnings, the refusals when nobody agreed, and where the final PDF is, in
//! Indonesian and English.

use super::Lang;

/// One sentence of the release conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asked {
    /// On a terminal: the question, answered `y` to go ahead (no newline: the answer follows).
    Confirm { warnings: usize, revision: u32 },
    /// The person did not answer yes.
    Declined { revision: u32 },
    /// Warnings, no `--ya`, and no person to ask (stdin or stderr is not a terminal).
    NoTerminal { warnings: usize, revision: u32 },
    /// Where the final PDF of the revision lies in the archive.
    FinalAt { revision: u32, pdf: String },
    /// `-o OUT`: the copy of the final PDF that was written.
    CopiedTo { out: String },
}

/// `y`, `ya`, `yes` (any case, spaces around) agree; anything else, an empty line too, does not.
pub fn is_yes(answer: &str) -> bool {
    matches!(answer.trim().to_lowercase().as_str(), "y" | "ya" | "yes")
}

impl Asked {
    pub fn text(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            Asked::Confirm { warnings, revision } if en => {
                format!("{warnings} {}; release revision {revision} anyway? [y/N] ", plural(*warnings))
            }
            Asked::Confirm { warnings, revision } => {
                format!("{warnings} peringatan; tetap rilis revisi {revision}? [y/N] ")
            }
            Asked::Declined { revision } if en => {
                format!("not released: revision {revision} was not confirmed; nothing was archived")
            }
            Asked::Declined { revision } => {
                format!("tidak dirilis: revisi {revision} tidak disetujui; tidak ada yang diarsipkan")
            }
            Asked::NoTerminal { warnings, revision } if en => format!(
                "not released: {warnings} {} and no terminal to ask whether to release revision {revision} anyway; nothing was archived. Read the {}, then run again with --ya to release despite them",
                plural(*warnings),
                plural(*warnings)
            ),
            Asked::NoTerminal { warnings, revision } => format!(
                "tidak dirilis: ada {warnings} peringatan dan tidak ada terminal untuk menanyakan apakah revisi {revision} tetap dirilis; tidak ada yang diarsipkan. Baca peringatannya, lalu jalankan lagi dengan --ya untuk tetap merilis"
            ),
            Asked::FinalAt { revision, pdf } if en => {
                format!("the final PDF of revision {revision} is in the archive: {pdf}")
            }
            Asked::FinalAt { revision, pdf } => format!("PDF final revisi {revision} ada di arsip: {pdf}"),
            Asked::CopiedTo { out } if en => format!("a copy of it: {out}"),
            Asked::CopiedTo { out } => format!("salinannya: {out}"),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "warning" } else { "warnings" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_is_said_in_both_languages_with_its_values() {
        let all = [
            Asked::Confirm { warnings: 2, revision: 3 },
            Asked::Declined { revision: 3 },
            Asked::NoTerminal { warnings: 2, revision: 3 },
            Asked::FinalAt { revision: 3, pdf: "arsip/x/r3/data/x-r3.pdf".into() },
            Asked::CopiedTo { out: "final.pdf".into() },
        ];
        for m in all {
            let (en, id) = (m.text(Lang::En), m.text(Lang::Id));
            assert_ne!(en, id, "{m:?}");
            for v in ["2", "3", "arsip/x/r3/data/x-r3.pdf", "final.pdf", "--ya"] {
                assert_eq!(en.contains(v), id.contains(v), "{m:?}: {v} in one language only");
            }
        }
        assert_eq!(
            Asked::Confirm { warnings: 2, revision: 1 }.text(Lang::Id),
            "2 peringatan; tetap rilis revisi 1? [y/N] "
        );
        assert_eq!(
            Asked::Confirm { warnings: 1, revision: 1 }.text(Lang::En),
            "1 warning; release revision 1 anyway? [y/N] "
        );
    }

    #[test]
    fn only_a_yes_agrees() {
        for yes in ["y", "Y", "ya", " Ya\n", "yes", "YES"] {
            assert!(is_yes(yes), "{yes:?}");
        }
        for no in ["", "\n", "n", "tidak", "yy", "y e s", "ok"] {
            assert!(!is_yes(no), "{no:?}");
        }
    }
}
