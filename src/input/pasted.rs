//! Text that reads right in an editor and prints wrong: lines starting with a bullet pasted from
//! Word (`•`, `◦`, `▪`, `–`, `·` and a space), and a text in quotes over several lines (a quoted
//! scalar folds a single line break into a space, so lines and paragraphs merge silently). Both
//! are warnings, at their line and field, with the fix; found by the scan's pass over the events.

use yaml_rust2::scanner::{Marker, TScalarStyle};

use super::positions::Position;
use crate::diag::{Problem, Severity};
use crate::messages::Msg;
use crate::messages::input::InputMsg;

/// The bullets Word's lists arrive with when pasted as text.
pub const BULLETS: [char; 5] = ['•', '◦', '▪', '–', '·'];
/// Bullet lines reported per text at most.
const MAX_PER_TEXT: usize = 3;

fn warning(path: &str, line: usize, column: usize, msg: InputMsg) -> Problem {
    let mut p = Problem::said(Severity::Warning, path, Msg::Input(msg));
    p.position = Some(Position { line, column });
    p
}

/// The bullet a line starts with (after its indentation), when a space or tab follows it.
fn bullet_of(line: &str) -> Option<char> {
    let mut c = line.trim_start().chars();
    let b = c.next().filter(|b| BULLETS.contains(b))?;
    matches!(c.next(), Some(' ' | '\t')).then_some(b)
}

/// Whether the quoted scalar opening at `m` in `lines` does not close on its first line.
fn spans_lines(lines: &[String], m: &Marker, quote: char) -> bool {
    let Some(line) = m.line().checked_sub(1).and_then(|i| lines.get(i)) else { return false };
    let mut rest = line.chars().skip(m.col()).skip_while(|c| *c != quote).skip(1);
    while let Some(c) = rest.next() {
        match c {
            '\\' if quote == '"' => {
                rest.next();
            }
            // `''` in single quotes is one quote: the scalar goes on
            c if c == quote => {
                if quote == '\'' && rest.clone().next() == Some('\'') {
                    rest.next();
                    continue;
                }
                return false;
            }
            _ => {}
        }
    }
    true
}

/// The warnings of one scalar value at `m` (its field `path`), `lines` the file's lines.
pub fn check(path: &str, value: &str, style: TScalarStyle, m: &Marker, lines: &[String]) -> Vec<Problem> {
    let mut out = Vec::new();
    let quote = match style {
        TScalarStyle::DoubleQuoted => Some('"'),
        TScalarStyle::SingleQuoted => Some('\''),
        _ => None,
    };
    if let Some(q) = quote
        && spans_lines(lines, m, q)
    {
        out.push(warning(path, m.line(), m.col().saturating_add(1), InputMsg::QuotedLines));
    }
    // a literal block's marker is at its first line of text, one value line a file line
    let block = matches!(style, TScalarStyle::Literal);
    for (i, text) in value.split('\n').enumerate().filter(|(_, t)| bullet_of(t).is_some()).take(MAX_PER_TEXT) {
        let Some(bullet) = bullet_of(text) else { continue };
        let line = if block { m.line().saturating_add(i) } else { m.line() };
        let column = lines
            .get(line.saturating_sub(1))
            .and_then(|l| l.chars().position(|c| c == bullet))
            .map_or(1, |c| c.saturating_add(1));
        out.push(warning(path, line, column, InputMsg::PastedBullet { bullet }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_need_a_space_after_them() {
        assert_eq!(bullet_of("  • Satu"), Some('•'));
        assert_eq!(bullet_of("– dua"), Some('–'));
        assert_eq!(bullet_of("•Satu"), None);
        assert_eq!(bullet_of("- satu"), None);
        assert_eq!(bullet_of("Rp 1.000 – 2.000"), None);
    }
}
