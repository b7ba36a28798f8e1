//! Reading a report file: YAML text → [`types::Lkjip`], with positions for every field path.
//!
//! The only I/O of the input layer is reading the file; everything after works on text.
// No panic from input (#11): no unwrap/expect, no unchecked arithmetic outside tests; each
// exception is an #[expect] with its reason where it stands.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects))]

pub mod limits;
pub mod lint;
pub mod pasted;
pub mod positions;
pub mod scan;
pub mod types;
pub mod ukur;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::Context;

use crate::diag::{Problem, Problems, Severity};
use crate::messages::Msg;
use crate::messages::input::InputMsg;
use limits::MAX_YAML_BYTES;
use positions::{Position, Positions};
use types::Lkjip;

/// A report file as read: its text, and where each field stands.
#[derive(Debug)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
    /// Indexed on first use: only a problem needs a line number, and a clean file never
    /// pays for the second parse (`positions()`).
    positions: OnceLock<Positions>,
}

/// Read a file of at most `limit` bytes that must be a regular file (not a FIFO, a device or
/// a folder, which could block or never end): `Ok(Err(size))` when it is larger.
pub fn read_regular(path: &Path, limit: u64) -> std::io::Result<Result<Vec<u8>, u64>> {
    let not_regular = || std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file");
    // stat before opening: opening a FIFO for reading blocks until a writer comes
    if !std::fs::metadata(path)?.is_file() {
        return Err(not_regular());
    }
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > limit {
        return Ok(Err(meta.len()));
    }
    let mut bytes = Vec::new();
    // the file may grow between the stat and the read: never read past the limit
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Ok(Err(bytes.len() as u64));
    }
    Ok(Ok(bytes))
}

/// The line and column (1-based, in characters) of byte `at` of `bytes`, which are UTF-8 up to it.
fn line_column(bytes: &[u8], at: usize) -> Position {
    let before = bytes.get(..at).unwrap_or(bytes);
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i.saturating_add(1));
    let line = before.iter().filter(|&&b| b == b'\n').count().saturating_add(1);
    let column =
        String::from_utf8_lossy(before.get(line_start..).unwrap_or_default()).chars().count().saturating_add(1);
    Position { line, column }
}

/// Read a report file. `Err`: it cannot be read at all ("could not run"); `Ok(Err)`: it is
/// too large or not UTF-8 (problems of the file, at their line and column).
pub fn read(path: &Path) -> anyhow::Result<Result<Source, Problems>> {
    let file = path.display().to_string();
    let one = |pos: Option<Position>, msg: InputMsg| {
        let mut p = Problem::said(Severity::Error, "", Msg::Input(msg));
        p.position = pos;
        Problems { file: file.clone(), problems: vec![p] }
    };
    let bytes = match read_regular(path, MAX_YAML_BYTES).with_context(|| format!("cannot read {}", path.display()))? {
        Ok(b) => b,
        Err(bytes) => return Ok(Err(one(None, InputMsg::FileTooLarge { bytes, limit: MAX_YAML_BYTES }))),
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            return Ok(Err(one(Some(line_column(e.as_bytes(), at)), InputMsg::NotUtf8)));
        }
    };
    Ok(Ok(Source { path: path.to_owned(), text, positions: OnceLock::new() }))
}

impl Source {
    /// A source from text already read (an archived revision's YAML): `path` names it in problems.
    pub fn new(path: PathBuf, text: String) -> Source {
        Source { path, text, positions: OnceLock::new() }
    }

    /// Warnings about the text as typed: Word bullets, quoted text over several lines
    /// ([`scan::pasted`]).
    pub fn pasted(&self) -> Vec<Problem> {
        scan::pasted(&self.text)
    }

    /// Whether [`Source::positions`] has been asked for (a clean report never is).
    pub fn is_indexed(&self) -> bool {
        self.positions.get().is_some()
    }

    /// Where each field stands (line, column), indexed on first use.
    pub fn positions(&self) -> &Positions {
        self.positions.get_or_init(|| Positions::index(&self.text))
    }

    /// Parse into the schema types, or the problem (with line, column and field path).
    ///
    /// The text is first scanned ([`scan::scan`]): past a limit, or with a duplicate key, a
    /// tag or a control character, serde never sees it.
    pub fn parse(&self) -> Result<Lkjip, Problems> {
        let file = || self.path.display().to_string();
        // the line pre-pass names every usual syntax mistake at once, in the catalogue's words;
        // the parser's own message is said only when it found nothing
        let linted: Vec<Problem> = lint::lint(&self.text)
            .into_iter()
            .map(|(pos, m)| {
                let mut p = Problem::said(Severity::Error, "", Msg::Input(InputMsg::Sintaks(m)));
                p.position = Some(pos);
                p
            })
            .collect();
        let scanned = scan::scan(&self.text);
        if !scanned.is_empty() {
            let mut problems: Vec<Problem> =
                scanned.into_iter().filter(|p| linted.is_empty() || !is_syntax(p)).collect();
            problems.extend(linted);
            // every problem of the scan and the pre-pass has its position: the index is not built
            return Err(Problems::new(file(), problems, || self.positions()));
        }
        match serde_yaml::from_str::<Lkjip>(&self.text) {
            // the file reads as its author meant: a finding of the pre-pass would be a false alarm,
            // except a decimal comma in `{ }`, which YAML reads without complaint as two entries
            Ok(report) if !linted.iter().any(is_comma_decimal) => Ok(report),
            Ok(_) => {
                Err(Problems::new(file(), linted.into_iter().filter(is_comma_decimal).collect(), || self.positions()))
            }
            Err(_) if !linted.is_empty() => Err(Problems::new(file(), linted, || self.positions())),
            Err(e) => {
                let problem = problem_from_serde(&e);
                let mut problems = self.blank_problems();
                // serde stops at the first blank it cannot read (a number, a year); every blank is
                // listed already, so its error would only repeat one of them.
                let line = problem.position.map(|p| p.line);
                if !problems.iter().any(|b| b.position.map(|p| p.line) == line) {
                    problems.push(problem);
                }
                Err(Problems::new(file(), problems, || self.positions()))
            }
        }
    }

    /// Every `""` in the file, as an error asking to fill it in. A scaffold from `lkjip init`
    /// marks each spot to fill with `""`, so one check lists them all, numbers included.
    pub fn blank_problems(&self) -> Vec<Problem> {
        let blank = |(path, pos): &(String, Position)| {
            let mut p = Problem::said(Severity::Error, path.clone(), Msg::Empty);
            p.position = Some(*pos);
            p
        };
        self.positions().blanks().iter().map(blank).collect()
    }
}

/// Whether a problem is the parser's syntax error (which the pre-pass explains better).
fn is_syntax(p: &Problem) -> bool {
    matches!(p.said, Some(Msg::Input(InputMsg::Syntax { .. })))
}

fn is_comma_decimal(p: &Problem) -> bool {
    matches!(p.said, Some(Msg::Input(InputMsg::Sintaks(crate::messages::sintaks::SintaksMsg::CommaDecimal { .. }))))
}

/// Turn serde_yaml's `path: message at line L column C` into a located problem with a hint.
pub fn problem_from_serde(e: &serde_yaml::Error) -> Problem {
    let full = e.to_string();
    let mut msg = match full.rfind(" at line ") {
        Some(i) if e.location().is_some() => full[..i].to_owned(),
        _ => full.clone(),
    };
    let mut path = String::new();
    if let Some((p, rest)) = msg.split_once(": ")
        && !p.contains(' ')
        && !p.is_empty()
    {
        path = p.to_owned();
        msg = rest.to_owned();
    }
    if path == "." {
        path.clear();
    }
    let mut problem = match said(&msg) {
        Some(said) => Problem::said(Severity::Error, path, said),
        None => Problem::error(path, msg),
    };
    if let Some(Msg::UnknownField { field, expected }) = &problem.said
        && let Some(name) = closest(field, expected)
    {
        problem = problem.with_hint_said(Msg::DidYouMean { name });
    }
    problem.position = e.location().map(|l| Position { line: l.line(), column: l.column() });
    problem
}

/// serde's "missing field `x`" and "unknown field `x`, expected one of `a`, `b`" as
/// catalogue messages.
fn said(msg: &str) -> Option<Msg> {
    if let Some(rest) = msg.strip_prefix('`')
        && let Some((raw, _)) = rest.split_once("` is not a number")
    {
        return Some(Msg::NotANumber { raw: raw.to_owned(), suggestion: crate::number::suggestion(raw) });
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.strip_suffix('`')?;
        return Some(Msg::MissingField { field: field.to_owned() });
    }
    if let Some(detail) = msg.strip_prefix("invalid type: ") {
        return Some(Msg::InvalidType { detail: detail.to_owned() });
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        let (got, expected) = rest.split_once('`')?;
        let expected = expected.split('`').skip(1).step_by(2).map(str::to_owned).collect();
        return Some(Msg::UnknownVariant { got: got.to_owned(), expected });
    }
    let rest = msg.strip_prefix("unknown field `")?;
    let (field, expected) = rest.split_once('`')?;
    let expected = expected.split('`').skip(1).step_by(2).map(str::to_owned).collect();
    Some(Msg::UnknownField { field: field.to_owned(), expected })
}

/// The expected name closest to a mistyped one, if any is close.
fn closest(got: &str, expected: &[String]) -> Option<String> {
    expected
        .iter()
        .map(|cand| (strsim::jaro_winkler(got, cand), cand))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.clone())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods, reason = "tests write their fixtures and set file times directly")]
    use super::*;

    fn problem(text: &str) -> Problem {
        let e = serde_yaml::from_str::<types::Pejabat>(text).unwrap_err();
        problem_from_serde(&e)
    }

    #[test]
    fn unknown_key_names_line_field_and_suggestion() {
        let p = problem("nama: A\njabatan: B\nnipp: \"1\"\n");
        assert_eq!(p.position, Some(Position { line: 3, column: 1 }));
        assert!(p.message.starts_with("unknown field `nipp`"), "{}", p.message);
        assert_eq!(p.hint.as_deref(), Some("did you mean `nip`?"));
        assert_eq!(p.hint_in(crate::messages::Lang::Id).as_deref(), Some("maksudnya `nip`?"));
    }

    #[test]
    fn missing_field_is_a_catalogue_message() {
        let p = problem("nama: A\n");
        assert_eq!(p.message, "missing field `jabatan`");
        assert_eq!(p.message_in(crate::messages::Lang::Id), "isian `jabatan` tidak ada");
    }

    fn source(text: &str) -> Source {
        Source { path: "t.yaml".into(), text: text.into(), positions: OnceLock::new() }
    }

    #[test]
    fn the_pre_pass_speaks_first_and_the_parser_only_when_it_found_nothing() {
        let e = source("a:\n  b: x: y\n   c: 2\n").parse().unwrap_err();
        let said: Vec<_> = e.problems.iter().map(|p| (p.position.map(|q| q.line), p.said.clone())).collect();
        assert_eq!(said.len(), 2, "{said:#?}");
        assert!(said.iter().all(|(_, m)| matches!(m, Some(Msg::Input(InputMsg::Sintaks(_))))), "{said:#?}");
        let e = source("a: \"x\" y\n").parse().unwrap_err();
        assert!(matches!(e.problems[0].said, Some(Msg::Input(InputMsg::Syntax { .. }))), "{:#?}", e.problems);
        assert!(e.problems[0].message_in(crate::messages::Lang::Id).starts_with("YAML tidak dapat dibaca: "));
    }

    #[test]
    fn wrong_type_names_the_field_path() {
        let e = serde_yaml::from_str::<types::Dokumen>("tahun: duaribu\ntempat: X\ntanggal: 2022-03-01\n").unwrap_err();
        let p = problem_from_serde(&e);
        assert_eq!(p.path, "tahun");
        assert_eq!(p.position.map(|q| q.line), Some(1));
    }
}
