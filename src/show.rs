//! Problems for people: the YAML line each one refers to with a `^` marker under the
//! column, in the reader's language, coloured only on a terminal.

use std::fmt::Write;
use std::io::IsTerminal;

use crate::cli::Format;
use crate::diag::{Problem, Problems, Severity};
use crate::messages::{self, Lang};
use crate::render::SignatureBox;

/// How much to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Verbosity {
    /// Errors only; nothing on success.
    Quiet,
    #[default]
    Normal,
    /// Also timings and the files written.
    Verbose,
}

/// How output is shown: language, colour, verbosity. Made once from the global flags.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ui {
    pub lang: Lang,
    pub color: bool,
    pub verbosity: Verbosity,
}

impl Ui {
    /// Colour only when stderr is a terminal and `NO_COLOR` is unset or empty.
    pub fn color_for_stderr() -> bool {
        std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
    }
    pub fn quiet(&self) -> bool {
        self.verbosity == Verbosity::Quiet
    }
    pub fn verbose(&self) -> bool {
        self.verbosity == Verbosity::Verbose
    }
    /// A step of longer work (`rendering…`), shown on a terminal unless quiet, and always
    /// when verbose; it overwrites itself, so a finished command leaves no trace of it.
    pub fn progress(&self, step: &str) {
        let terminal = std::io::stderr().is_terminal();
        if self.verbose() {
            eprintln!("{step}…");
        } else if terminal && !self.quiet() {
            eprint!("\r\x1b[2K{step}…");
        }
    }
    /// Clear the progress line before the command's own output.
    pub fn progress_done(&self) {
        if !self.verbose() && !self.quiet() && std::io::stderr().is_terminal() {
            eprint!("\r\x1b[2K");
        }
    }
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color { format!("\x1b[{code}m{text}\x1b[0m") } else { text.to_owned() }
    }
}

/// Every problem (warnings and notes left out when quiet), each with its source line when `text` is
/// the file the problems are about.
pub fn problems(ps: &Problems, text: Option<&str>, ui: &Ui) -> String {
    let lines: Vec<&str> = text.map(|t| t.lines().collect()).unwrap_or_default();
    let mut out = String::new();
    for p in &ps.problems {
        if ui.quiet() && p.severity != Severity::Error {
            continue;
        }
        one(&mut out, &ps.file, p, &lines, ui);
    }
    out
}

fn one(out: &mut String, file: &str, p: &Problem, lines: &[&str], ui: &Ui) {
    let (word, code) = match p.severity {
        Severity::Error => (messages::severity(Severity::Error, ui.lang), "1;31"),
        Severity::Warning => (messages::severity(Severity::Warning, ui.lang), "1;33"),
        Severity::Note => (messages::severity(Severity::Note, ui.lang), "1;36"),
    };
    let mut head = file.to_owned();
    if let Some(pos) = p.position {
        let _ = write!(head, ":{}:{}", pos.line, pos.column);
    }
    let path = if p.path.is_empty() { String::new() } else { format!("{}: ", p.path) };
    let _ = writeln!(out, "{head}: {}: {path}{}", ui.paint(code, word), ui.paint("1", &p.message_in(ui.lang)));
    let snippet = p.position.and_then(|pos| Some((pos, *lines.get(pos.line.checked_sub(1)?)?)));
    let gutter_width = snippet.map_or(1, |(pos, _)| pos.line.to_string().len());
    let bar = ui.paint("1;34", &format!("{:w$} |", "", w = gutter_width));
    if let Some((pos, line)) = snippet {
        let (line, column) = clip(line, pos.column);
        let (line, pos) = (line.as_str(), crate::input::positions::Position { column, ..pos });
        let _ = writeln!(out, "{bar}");
        let _ = writeln!(out, "{} {line}", ui.paint("1;34", &format!("{:>w$} |", pos.line, w = gutter_width)));
        let _ = writeln!(out, "{bar} {}", ui.paint(code, &marker(line, pos.column)));
    }
    if let Some(h) = p.hint_in(ui.lang) {
        let _ = writeln!(out, "{:w$} = {}: {h}", "", ui.paint("1;36", messages::hint(ui.lang)), w = gutter_width);
    }
}

/// Characters of a source line shown around the column (a hostile file may hold a line of
/// megabytes).
const SHOWN: usize = 160;

/// The part of `line` shown around `column` (`…` where it is cut), and the column in it.
fn clip(line: &str, column: usize) -> (String, usize) {
    if line.chars().nth(SHOWN).is_none() {
        return (line.to_owned(), column);
    }
    let from = column.saturating_sub(SHOWN / 4);
    let mut shown: String = if from > 1 { "…".into() } else { String::new() };
    let skip = from.saturating_sub(1);
    shown.extend(line.chars().skip(skip).take(SHOWN));
    if line.chars().nth(skip.saturating_add(SHOWN)).is_some() {
        shown.push('…');
    }
    let column = if from > 1 { column.saturating_sub(skip).saturating_add(1) } else { column };
    (shown, column)
}

/// Spaces up to `column` (1-based, in characters), then `^` under the value that starts
/// there: as many as its word is long, at least one.
fn marker(line: &str, column: usize) -> String {
    let start = column.saturating_sub(1);
    let indent: String = line.chars().take(start).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
    let rest: String = line.chars().skip(start).collect();
    let len = match rest.chars().next() {
        Some('"') | Some('\'') => {
            let q = rest.chars().next().unwrap_or('"');
            rest.chars().skip(1).position(|c| c == q).map_or(1, |i| i + 2)
        }
        _ => rest.chars().take_while(|c| !c.is_whitespace() && !matches!(c, ',' | '}' | ']')).count(),
    };
    format!("{indent}{}", "^".repeat(len.max(1)))
}

/// The signature box for signers: pyHanko's field spec, or JSON.
pub fn signature_box(b: &SignatureBox, format: Format) -> String {
    match format {
        Format::Text => b.pyhanko_field(),
        Format::Json => serde_json::json!({
            "page": b.page, "x1": b.x1, "y1": b.y1, "x2": b.x2, "y2": b.y2,
            "field": b.field, "pyhanko_field": b.pyhanko_field(),
        })
        .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::positions::Position;
    use crate::messages::Msg;

    fn problems_at(line: usize, column: usize, p: Problem) -> Problems {
        let mut p = p;
        p.position = Some(Position { line, column });
        Problems { file: "x.yaml".into(), problems: vec![p] }
    }

    const TEXT: &str = "dokumen:\n  tahun: duaribu\n  tempat: \"\"\n";

    #[test]
    fn snippet_shows_the_line_and_a_marker_under_the_value() {
        let ps = problems_at(2, 10, Problem::error("dokumen.tahun", "invalid type"));
        let out = problems(&ps, Some(TEXT), &Ui::default());
        assert_eq!(
            out,
            "x.yaml:2:10: error: dokumen.tahun: invalid type\n  |\n2 |   tahun: duaribu\n  |          ^^^^^^^\n"
        );
    }

    #[test]
    fn indonesian_words_and_hints() {
        let p = Problem::said(Severity::Error, "dokumen.tempat", Msg::Empty)
            .with_hint_said(Msg::DidYouMean { name: "x".into() });
        let ps = problems_at(3, 11, p);
        let ui = Ui { lang: Lang::Id, ..Ui::default() };
        let out = problems(&ps, Some(TEXT), &ui);
        assert!(
            out.starts_with("x.yaml:3:11: kesalahan: dokumen.tempat: isian ini masih kosong: silakan diisi\n"),
            "{out}"
        );
        assert!(out.contains("3 |   tempat: \"\"\n  |           ^^\n"), "{out}");
        assert!(out.contains("  = saran: maksudnya `x`?"), "{out}");
    }

    #[test]
    fn quiet_hides_warnings_and_colour_is_off_unless_asked() {
        let ps = problems_at(2, 3, Problem::warning("dokumen", "w"));
        assert_eq!(problems(&ps, Some(TEXT), &Ui { verbosity: Verbosity::Quiet, ..Ui::default() }), "");
        let plain = problems(&ps, Some(TEXT), &Ui::default());
        assert!(!plain.contains('\x1b'));
        let coloured = problems(&ps, Some(TEXT), &Ui { color: true, ..Ui::default() });
        assert!(coloured.contains("\x1b[1;33mwarning\x1b[0m"), "{coloured}");
    }

    #[test]
    fn a_huge_line_is_shown_clipped_around_its_column() {
        let line = format!("a: {}b{}", "x".repeat(100_000), "y".repeat(100_000));
        let (shown, col) = clip(&line, 100_004);
        assert!(shown.chars().count() <= SHOWN + 2, "{}", shown.len());
        assert_eq!(shown.chars().nth(col - 1), Some('b'));
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(clip("a: b", 4), ("a: b".to_owned(), 4));
        let (start, col) = clip(&line, 4);
        assert_eq!((start.chars().nth(col - 1), start.starts_with('a')), (Some('x'), true));
    }
}
