//! A line pre-pass over the YAML before it is parsed: the common syntax mistakes, all of them in one run.
//!
//! The parser stops at its first error and words it in its own English ("mapping values are not
//! allowed in this context"). This pass reads the file line by line, as a person does, and names
//! each usual mistake with its line, its column and its fix: a tab in the indentation, an
//! indentation one off its neighbours, `: ` inside unquoted text, `-item` and `nama:Dinas`, a quote
//! or bracket never closed, a decimal comma inside `{ }`. It skips what it cannot judge safely:
//! block scalars (`|`, `>`), comments, quoted texts, the continuation lines of a plain text. It
//! finds nothing in a file the parser reads as the author meant (every example in `data/` and the
//! `init` scaffold are tested so).

mod baris;
#[cfg(test)]
mod tests;

use baris::{Parts, Value};

use crate::messages::sintaks::SintaksMsg;
use crate::value::position::Position;

/// Findings reported at most (a file that is not YAML at all would give one per line).
const MAX_FINDINGS: usize = 50;

/// Every mistake found, each at its line and column (the input layer makes them problems).
pub fn lint(text: &str) -> Vec<(Position, SintaksMsg)> {
    let mut l = Lint::default();
    let lines: Vec<Vec<char>> = text.strip_prefix('\u{FEFF}').unwrap_or(text).split('\n').map(line_chars).collect();
    for (i, c) in lines.iter().enumerate() {
        l.line(i.saturating_add(1), c, &lines);
        if l.found.len() >= MAX_FINDINGS {
            break;
        }
    }
    l.end();
    l.found.truncate(MAX_FINDINGS);
    l.found
}

fn line_chars(l: &str) -> Vec<char> {
    l.strip_suffix('\r').unwrap_or(l).chars().collect()
}

/// Text that spans lines and is not judged line by line.
#[derive(Debug, Clone, Copy)]
enum Pending {
    None,
    /// The lines of a block scalar: blank, or indented more than `parent`.
    Block {
        parent: usize,
    },
    /// A quote or bracket opened at `at` on a line indented `indent`, not yet closed.
    Open {
        at: Position,
        indent: usize,
        what: char,
    },
}

/// The last line of content judged: its number and indentation, and the column its children must
/// pass when it opens a block.
#[derive(Debug, Clone, Copy)]
struct Prev {
    no: usize,
    indent: usize,
    /// The column of its key (after its dashes), or its indentation.
    inner: usize,
    opens: Option<usize>,
    plain: bool,
}

struct Lint {
    found: Vec<(Position, SintaksMsg)>,
    pending: Pending,
    /// The open block levels: each indentation with the line that set it.
    levels: Vec<(usize, usize)>,
    prev: Option<Prev>,
    /// After a tab the indentation is unknown until a line stands on a known level.
    lost: bool,
}

impl Default for Lint {
    fn default() -> Self {
        Lint { found: Vec::new(), pending: Pending::None, levels: vec![(0, 0)], prev: None, lost: false }
    }
}

fn at(line: usize, col: usize) -> Position {
    Position { line, column: col.saturating_add(1) }
}

/// Whether a line reads as a block key or a list item (so not as the text of an open quote).
fn looks_like_entry(c: &[char], first: usize) -> bool {
    let p = baris::parts(c, first);
    !p.dashes.is_empty() || p.key.is_some_and(|(k, _)| c.get(k).is_some_and(|ch| ch.is_ascii_alphanumeric()))
}

impl Lint {
    fn say(&mut self, pos: Position, m: SintaksMsg) {
        self.found.push((pos, m));
    }

    fn end(&mut self) {
        if let Pending::Open { at, what, .. } = self.pending {
            self.unclosed(at, what);
        }
    }

    fn unclosed(&mut self, pos: Position, what: char) {
        let m = match what {
            '[' => SintaksMsg::UnclosedBracket { open: '[', close: ']' },
            '{' => SintaksMsg::UnclosedBracket { open: '{', close: '}' },
            q => SintaksMsg::UnclosedQuote { quote: q },
        };
        self.say(pos, m);
        self.pending = Pending::None;
    }

    fn line(&mut self, no: usize, c: &[char], all: &[Vec<char>]) {
        let first = c.iter().position(|&ch| ch != ' ' && ch != '\t');
        let indent = c.iter().take_while(|&&ch| ch == ' ').count();
        match self.pending {
            Pending::Block { parent } => {
                if first.is_none() || indent > parent {
                    return;
                }
                self.pending = Pending::None;
            }
            Pending::Open { at, indent: opener, what } => {
                let ends_here = first.is_some_and(|f| indent <= opener && looks_like_entry(c, f));
                if !ends_here {
                    if closes(c, what) {
                        self.pending = Pending::None;
                    }
                    return;
                }
                self.unclosed(at, what);
            }
            Pending::None => {}
        }
        let Some(first) = first else { return };
        if c.get(first) == Some(&'#') || (indent == 0 && is_marker(c)) {
            return;
        }
        let tab = c.get(..first).and_then(|lead| lead.iter().position(|&ch| ch == '\t'));
        if let Some(t) = tab {
            self.say(at(no, t), SintaksMsg::Tab);
            self.lost = true;
        }
        let p = baris::parts(c, first);
        let continuation = self.indentation(no, first, indent, tab.is_some(), c, &p);
        if !continuation {
            self.content(no, c, &p, all, first);
        }
        // what spans the next lines
        let parent = p.key.map_or(p.dashes.last().copied().unwrap_or(first), |(k, _)| k);
        self.pending = match p.value {
            Value::Block => Pending::Block { parent },
            Value::OpenQuote(q) => Pending::Open { at: at(no, q), indent, what: c.get(q).copied().unwrap_or('"') },
            Value::OpenFlow(f) => Pending::Open { at: at(no, f), indent, what: c.get(f).copied().unwrap_or('[') },
            _ => Pending::None,
        };
        if let Pending::Open { at: o, what, .. } = self.pending
            && matches!(what, '[' | '{')
            && let Some(q) = open_quote_in_flow(c, o.column.saturating_sub(1))
        {
            self.pending = Pending::Open { at: at(no, q), indent, what: c.get(q).copied().unwrap_or('"') };
        }
    }

    /// The checks of a line's own content: dashes, colons, commas.
    fn content(&mut self, no: usize, c: &[char], p: &Parts, all: &[Vec<char>], first: usize) {
        // `-item`: only where the lines beside it at the same indentation are list items
        if p.dashes.is_empty()
            && c.get(first) == Some(&'-')
            && !matches!(c.get(first.saturating_add(1)), None | Some(' ' | '\t' | '-'))
            && sibling_dash(all, no, first)
        {
            let rest: String = c.get(first.saturating_add(1)..).unwrap_or_default().iter().collect();
            self.say(at(no, first), SintaksMsg::DashWithoutSpace { fix: format!("- {}", rest.trim_end()) });
            return;
        }
        if p.key.is_none()
            && let Some(colon) = baris::colon_without_space(c, p.body, !p.dashes.is_empty())
        {
            let key: String = c.get(p.body..colon).unwrap_or_default().iter().collect();
            let end = baris::trim_end(c, colon, baris::comment_at(c, colon, c.len()));
            let rest: String = c.get(colon.saturating_add(1)..end).unwrap_or_default().iter().collect();
            self.say(at(no, colon), SintaksMsg::ColonWithoutSpace { fix: format!("{key}: {rest}") });
            return;
        }
        if let (Some(_), Value::Plain { start, end }) = (p.key, p.value)
            && let Some(colon) = baris::colon_in_plain(c, start, end)
        {
            let text: String = c.get(start..end).unwrap_or_default().iter().collect();
            self.say(at(no, colon), SintaksMsg::ColonInText { fix: baris::quote(&text) });
            return;
        }
        for (col, raw) in baris::comma_decimals(c) {
            let fix = crate::number::suggestion(&raw).unwrap_or_else(|| raw.replace(',', "."));
            self.say(at(no, col), SintaksMsg::CommaDecimal { raw, fix });
        }
    }

    /// Judge the indentation and move the levels; `true` when the line continues a plain text.
    fn indentation(&mut self, no: usize, first: usize, indent: usize, tab: bool, c: &[char], p: &Parts) -> bool {
        let entry = !p.dashes.is_empty() || p.key.is_some() || baris::colon_without_space(c, p.body, false).is_some();
        let opens = match (p.key, p.value) {
            (Some((k, _)), Value::None) => Some(k),
            (None, Value::None) => p.dashes.last().copied(),
            _ => None,
        };
        let plain = matches!(p.value, Value::Plain { .. }) || (p.key.is_none() && p.dashes.is_empty());
        let prev = self.prev;
        let me = Prev { no, indent: first, inner: p.key.map_or(first, |(k, _)| k), opens, plain };
        if tab || self.lost {
            if !tab && self.levels.iter().any(|&(l, _)| l == indent) {
                self.lost = false;
                self.levels.retain(|&(l, _)| l <= indent);
            } else {
                self.prev = Some(me);
                return false;
            }
        }
        let top = self.levels.last().map_or(0, |&(l, _)| l);
        let mut judged = indent;
        match prev {
            Some(pv) if pv.opens.is_some_and(|o| indent > o) => self.levels.push((indent, no)),
            Some(pv) if indent > top => {
                if !entry && pv.plain {
                    return true;
                }
                if entry && (indent == pv.inner.saturating_add(1) || !pv.plain) {
                    self.say(at(no, first), SintaksMsg::Indent { got: indent, above: pv.inner, line: pv.no });
                    judged = top;
                } else {
                    return true;
                }
            }
            _ => {
                if !self.levels.iter().any(|&(l, _)| l == indent) {
                    // nearest open level; the line above when it is one off
                    let near = self.levels.iter().copied().min_by_key(|&(l, _)| l.abs_diff(indent)).unwrap_or((0, 0));
                    let (above, line) = match prev {
                        Some(pv) if pv.indent.abs_diff(indent) == 1 => (pv.indent, pv.no),
                        _ => near,
                    };
                    if entry && line > 0 {
                        self.say(at(no, first), SintaksMsg::Indent { got: indent, above, line });
                    }
                    judged = near.0;
                }
            }
        }
        self.levels.retain(|&(l, _)| l <= judged);
        if self.levels.last().map(|&(l, _)| l) != Some(judged) {
            self.levels.push((judged, no));
        }
        // the columns the line's own items and key stand at
        let shift = |col: usize| col.saturating_sub(indent).saturating_add(judged);
        for d in p.dashes.iter().skip(1).copied().chain(p.key.map(|(k, _)| k).filter(|_| !p.dashes.is_empty())) {
            self.levels.push((shift(d), no));
        }
        self.prev = Some(Prev { indent: judged, inner: shift(me.inner), opens: opens.map(shift), ..me });
        false
    }
}

/// `---` or `...` (document markers) or a `%` directive.
fn is_marker(c: &[char]) -> bool {
    let s: String = c.iter().collect();
    s.starts_with("---") || s.starts_with("...") || s.starts_with('%')
}

/// Whether this continuation line closes the open quote or bracket (a simple count: a second
/// quote, or the closing bracket).
fn closes(c: &[char], what: char) -> bool {
    match what {
        '[' => c.contains(&']'),
        '{' => c.contains(&'}'),
        q => c.contains(&q),
    }
}

/// A quote left open inside a flow collection that the line does not close.
fn open_quote_in_flow(c: &[char], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(&ch) = c.get(i) {
        if matches!(ch, '"' | '\'') && matches!(c.get(i.wrapping_sub(1)), Some(' ' | '[' | '{' | ',' | ':')) {
            match baris::quoted_end(c, i) {
                Some(e) => i = e,
                None => return Some(i),
            }
            continue;
        }
        i = i.saturating_add(1);
    }
    None
}

/// Whether the nearest line of content before or after line `no` (1-based) at indentation
/// `indent` is a list item (`- `).
fn sibling_dash(all: &[Vec<char>], no: usize, indent: usize) -> bool {
    let is_item = |c: &Vec<char>| c.get(indent) == Some(&'-') && baris::blank(c.get(indent.saturating_add(1)));
    let same = |c: &&Vec<char>| {
        let f = c.iter().position(|&ch| ch != ' ');
        f == Some(indent) && c.get(indent) != Some(&'#')
    };
    let before = all.get(..no.saturating_sub(1)).unwrap_or_default().iter().rev().find(same);
    let after = all.get(no..).unwrap_or_default().iter().find(same);
    before.is_some_and(is_item) || after.is_some_and(is_item)
}
