//! Problems found in a report: severity, field path, message, hint, and where in the file.
//!
//! Checks produce problems by field path only (they are pure); the loader attaches the
//! file's line and column afterwards.

use std::fmt;

use serde::Serialize;

use crate::messages::{Lang, Msg};
pub use crate::value::position::Position;
pub use crate::value::severity::Severity;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    /// Field path, e.g. `tujuan[0].sasaran[1].indikator[0].target.2021`; empty for the file.
    pub path: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// The message as a catalogue entry, when it has one (then shown in the reader's language).
    #[serde(skip)]
    pub said: Option<Msg>,
    #[serde(skip)]
    pub hint_said: Option<Msg>,
}

impl Problem {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
            hint: None,
            position: None,
            said: None,
            hint_said: None,
        }
    }
    /// A problem from the message catalogue; `message` keeps its English text.
    pub fn said(severity: Severity, path: impl Into<String>, msg: Msg) -> Problem {
        Problem { severity, said: Some(msg.clone()), ..Problem::error(path, msg.text(Lang::En)) }
    }
    pub fn with_hint_said(mut self, msg: Msg) -> Problem {
        self.hint = Some(msg.text(Lang::En));
        self.hint_said = Some(msg);
        self
    }
    /// The message in `lang` (English when it is not in the catalogue).
    pub fn message_in(&self, lang: Lang) -> String {
        self.said.as_ref().map_or_else(|| self.message.clone(), |m| m.text(lang))
    }
    pub fn hint_in(&self, lang: Lang) -> Option<String> {
        self.hint_said.as_ref().map(|m| m.text(lang)).or_else(|| self.hint.clone())
    }
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { severity: Severity::Warning, ..Problem::error(path, message) }
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Problem {
        self.hint = Some(hint.into());
        self
    }
}

/// Where each field path of a file stands: an index of the file's text (`input::positions`).
pub trait Places {
    /// The place of `path`, or of its nearest ancestor in the file.
    fn find(&self, path: &str) -> Option<Position>;
}

/// All problems of one file, in file order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Problems {
    pub file: String,
    pub problems: Vec<Problem>,
}

impl Problems {
    /// The problems of `file`, each placed at its field's line and column. `positions` is
    /// asked only when a problem has no place yet: indexing a file is a second parse.
    pub fn new<'a, P: Places + 'a>(
        file: impl Into<String>,
        mut problems: Vec<Problem>,
        positions: impl FnOnce() -> &'a P,
    ) -> Problems {
        if problems.iter().any(|p| p.position.is_none()) {
            let positions = positions();
            for p in problems.iter_mut().filter(|p| p.position.is_none()) {
                p.position = positions.find(&p.path);
            }
        }
        problems.sort_by_key(|p| (p.position.map(|q| (q.line, q.column)), p.severity));
        Problems { file: file.into(), problems }
    }
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
    pub fn count(&self, severity: Severity) -> usize {
        self.problems.iter().filter(|p| p.severity == severity).count()
    }
}

impl fmt::Display for Problems {
    /// `file:line:column: error: path: message` then `  hint: …`, one problem per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.problems {
            write!(f, "{}", self.file)?;
            if let Some(pos) = p.position {
                write!(f, ":{}:{}", pos.line, pos.column)?;
            }
            let sev = match p.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Note => "note",
            };
            write!(f, ": {sev}: ")?;
            if !p.path.is_empty() {
                write!(f, "{}: ", p.path)?;
            }
            writeln!(f, "{}", p.message)?;
            if let Some(h) = &p.hint {
                writeln!(f, "  hint: {h}")?;
            }
        }
        Ok(())
    }
}
