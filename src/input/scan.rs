//! A cheap pass over the YAML before serde reads it: refuses what would hurt or mislead.
//!
//! serde_yaml builds values recursively and expands aliases by copying; yaml-rust2's event
//! parser is a state machine. This pass pulls events one at a time (no recursion, memory
//! bounded by the nesting limit) and stops at the first limit crossed, so a 40 000-level
//! nesting or a 1 MB anchor used 20 000 times costs milliseconds, not gigabytes. It also
//! refuses what serde would silently accept: a key written twice (`2021` and `0x7E5` are
//! one key), a YAML tag (`!!binary`), a control character; each problem at its line and
//! column, with its field path.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, Parser, Tag};
use yaml_rust2::scanner::Marker;

use super::limits::{MAX_ALIASES, MAX_DEPTH, MAX_EXPANDED_BYTES, MAX_LIST_ITEMS, MAX_TEXT_BYTES};
use super::positions::Position;
use crate::diag::{Problem, Severity};
use crate::messages::Msg;
use crate::messages::input::InputMsg;

/// Control characters reported at most (a binary file would otherwise give thousands).
const MAX_REPORTED: usize = 20;
/// What one node costs in the alias budget beyond its text.
const NODE_BYTES: u64 = 8;

/// Every problem of the file's text and structure, each with its position; empty when
/// the text is safe to hand to serde.
pub fn scan(text: &str) -> Vec<Problem> {
    let problems = characters(text);
    if !problems.is_empty() {
        return problems;
    }
    let mut s = Scanner::default();
    s.run(text);
    s.problems
}

/// The warnings of text pasted from Word or typed in quotes over several lines
/// ([`super::pasted`]), in file order. Only for a text [`scan`] found safe.
pub fn pasted(text: &str) -> Vec<Problem> {
    let mut s = Scanner { lines: text.lines().map(str::to_owned).collect(), ..Scanner::default() };
    s.run(text);
    s.warnings
}

fn problem(path: String, pos: Position, msg: InputMsg) -> Problem {
    let mut p = Problem::said(Severity::Error, path, Msg::Input(msg));
    p.position = Some(pos);
    p
}

/// Whether YAML allows `c` in a file (its printable set: tab, line breaks, and everything
/// from space up but DEL, the C1 controls other than NEL, and the non-characters U+FFFE/F).
fn printable(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{85}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        || c >= '\u{10000}'
}

/// A control character in a value (from an escape such as `"\0"`): only line breaks and tabs
/// belong in a report's text.
fn control_in_value(v: &str) -> Option<char> {
    v.chars().find(|&c| c.is_control() && c != '\n' && c != '\t' || c == '\u{FFFE}' || c == '\u{FFFF}')
}

/// Characters YAML does not allow, at their line and column.
fn characters(text: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    if text.chars().all(printable) {
        return out;
    }
    for (i, line) in text.split('\n').enumerate() {
        for (col, c) in line.chars().enumerate() {
            // a BOM is allowed at the very start
            if !(printable(c) || (c == '\u{FEFF}' && i == 0 && col == 0)) {
                let pos = Position { line: i.saturating_add(1), column: col.saturating_add(1) };
                out.push(problem(String::new(), pos, InputMsg::ControlChar { code: c as u32 }));
                if out.len() >= MAX_REPORTED {
                    return out;
                }
            }
        }
    }
    out
}

/// A mapping key as compared for duplicates: numbers by value, whatever their notation.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Key {
    Int(i128),
    Text(String),
}

/// The value of an integer written as YAML does (`2021`, `02021`, `+2021`, `0x7E5`, `0o3745`,
/// `0b11111100101`), if `s` is one.
fn int_value(s: &str) -> Option<i128> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (radix, digits) = if let Some(d) = body.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = body.strip_prefix("0o") {
        (8, d)
    } else if let Some(d) = body.strip_prefix("0b") {
        (2, d)
    } else {
        (10, body)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let v = i128::from_str_radix(digits, radix).ok()?;
    if neg { v.checked_neg() } else { Some(v) }
}

/// Where a node hangs in its parent.
#[derive(Debug, Clone)]
enum Seg {
    Root,
    Key(String),
    Index(usize),
}

enum Kind {
    /// `keys`: each key with the line it is first written on; `want_key`: the next node is a key.
    Map {
        keys: HashMap<Key, usize>,
        key: Option<String>,
        want_key: bool,
    },
    Seq {
        next: usize,
        too_long: bool,
    },
}

struct Frame {
    kind: Kind,
    seg: Seg,
    anchor: usize,
    /// Bytes of this collection with its aliases expanded, so far.
    weight: u64,
}

#[derive(Default)]
struct Scanner {
    frames: Vec<Frame>,
    /// Finished anchors and their expanded weight.
    anchors: HashMap<usize, u64>,
    aliases: usize,
    /// The whole document with aliases expanded, so far.
    total: u64,
    problems: Vec<Problem>,
    /// The file's lines, when the pasted-text warnings are asked for ([`pasted`]).
    lines: Vec<String>,
    warnings: Vec<Problem>,
}

fn pos(m: &Marker) -> Position {
    Position { line: m.line(), column: m.col().saturating_add(1) }
}

fn tag_text(t: &Tag) -> String {
    match t.handle.as_str() {
        "tag:yaml.org,2002:" => format!("!!{}", t.suffix),
        h => format!("{h}{}", t.suffix),
    }
}

fn join(path: &mut String, seg: &Seg) {
    match seg {
        Seg::Root => {}
        Seg::Key(k) => {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(k);
        }
        Seg::Index(i) => path.push_str(&format!("[{i}]")),
    }
}

/// What the next node is in its parent.
enum Role {
    Key,
    Value(Seg),
}

impl Scanner {
    fn path_to(&self, last: Option<&Seg>) -> String {
        let mut p = String::new();
        for f in &self.frames {
            join(&mut p, &f.seg);
        }
        if let Some(s) = last {
            join(&mut p, s);
        }
        p
    }

    /// The role of the node that begins now at `m`, and the parent's state moved past it.
    fn begin(&mut self, m: &Marker) -> Role {
        match self.frames.last_mut().map(|f| &mut f.kind) {
            None => Role::Value(Seg::Root),
            Some(Kind::Seq { next, too_long }) => {
                let i = *next;
                *next = next.saturating_add(1);
                if i >= MAX_LIST_ITEMS && !*too_long {
                    *too_long = true;
                    let at = self.path_to(None);
                    let msg = InputMsg::TooMany { what: "items", count: i.saturating_add(1), limit: MAX_LIST_ITEMS };
                    self.fail(at, m, msg);
                }
                Role::Value(Seg::Index(i))
            }
            Some(Kind::Map { key, want_key, .. }) => {
                if *want_key {
                    *want_key = false;
                    Role::Key
                } else {
                    *want_key = true;
                    Role::Value(Seg::Key(key.clone().unwrap_or_else(|| "?".into())))
                }
            }
        }
    }

    /// Add `w` bytes to the enclosing collection and the document; false once past the budget.
    fn weigh(&mut self, w: u64) -> bool {
        if let Some(f) = self.frames.last_mut() {
            f.weight = f.weight.saturating_add(w);
        }
        self.total = self.total.saturating_add(w);
        self.total <= MAX_EXPANDED_BYTES
    }

    fn fail(&mut self, path: String, m: &Marker, msg: InputMsg) {
        self.problems.push(problem(path, pos(m), msg));
    }

    fn tag(&mut self, tag: &Option<Tag>, path: impl FnOnce(&Self) -> String, m: &Marker) {
        if let Some(t) = tag {
            let path = path(self);
            self.fail(path, m, InputMsg::Tag { tag: tag_text(t) });
        }
    }

    /// Check a scalar that is a key of the mapping on top, and remember it.
    fn key(&mut self, text: &str, m: &Marker) {
        let path = self.path_to(None);
        let Some(Frame { kind: Kind::Map { keys, key, .. }, .. }) = self.frames.last_mut() else { return };
        let norm = match int_value(text) {
            Some(n) => Key::Int(n),
            None => Key::Text(text.to_owned()),
        };
        *key = Some(text.to_owned());
        if let Some(&line) = keys.get(&norm) {
            let mut at = path;
            join(&mut at, &Seg::Key(text.to_owned()));
            self.fail(at, m, InputMsg::DuplicateKey { key: text.to_owned(), line });
        } else {
            keys.insert(norm, m.line());
        }
    }

    /// Handle one event; false to stop (a limit that makes going on dangerous).
    fn event(&mut self, ev: Event, m: &Marker) -> bool {
        match ev {
            Event::Scalar(value, style, anchor, tag) => {
                let role = self.begin(m);
                match &role {
                    Role::Key => {
                        self.tag(&tag, |s| s.path_to(None), m);
                        self.key(&value, m);
                    }
                    Role::Value(seg) => {
                        self.tag(&tag, |s| s.path_to(Some(seg)), m);
                        if value.len() > MAX_TEXT_BYTES {
                            let at = self.path_to(Some(seg));
                            self.fail(at, m, InputMsg::TextTooLong { bytes: value.len(), limit: MAX_TEXT_BYTES });
                        }
                        if let Some(c) = control_in_value(&value) {
                            let at = self.path_to(Some(seg));
                            self.fail(at, m, InputMsg::ControlInValue { code: c as u32 });
                        }
                        if !self.lines.is_empty() {
                            let at = self.path_to(Some(seg));
                            let found = super::pasted::check(&at, &value, style, m, &self.lines);
                            self.warnings.extend(found);
                        }
                    }
                }
                let w = NODE_BYTES.saturating_add(value.len() as u64);
                if anchor > 0 {
                    self.anchors.insert(anchor, w);
                }
                if !self.weigh(w) {
                    let at = self.path_to(None);
                    self.fail(at, m, InputMsg::AliasesTooLarge { limit: MAX_EXPANDED_BYTES });
                    return false;
                }
            }
            Event::Alias(id) => {
                let role = self.begin(m);
                let seg = match role {
                    Role::Key => Seg::Key("?".into()),
                    Role::Value(seg) => seg,
                };
                if let Some(Frame { kind: Kind::Map { key, want_key: false, .. }, .. }) = self.frames.last_mut() {
                    *key = Some("?".into());
                }
                self.aliases = self.aliases.saturating_add(1);
                if self.aliases > MAX_ALIASES {
                    let at = self.path_to(Some(&seg));
                    self.fail(at, m, InputMsg::TooManyAliases { limit: MAX_ALIASES });
                    return false;
                }
                let Some(&w) = self.anchors.get(&id) else {
                    let at = self.path_to(Some(&seg));
                    self.fail(at, m, InputMsg::UnknownAlias);
                    return false;
                };
                if !self.weigh(w) {
                    let at = self.path_to(Some(&seg));
                    self.fail(at, m, InputMsg::AliasesTooLarge { limit: MAX_EXPANDED_BYTES });
                    return false;
                }
            }
            Event::SequenceStart(anchor, tag) => return self.open(false, anchor, &tag, m),
            Event::MappingStart(anchor, tag) => return self.open(true, anchor, &tag, m),
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some(f) = self.frames.pop() {
                    if f.anchor > 0 {
                        self.anchors.insert(f.anchor, f.weight);
                    }
                    if let Some(parent) = self.frames.last_mut() {
                        parent.weight = parent.weight.saturating_add(f.weight);
                    }
                }
            }
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentStart | Event::DocumentEnd => {}
        }
        true
    }

    /// A mapping or list begins; false when it is nested too deep.
    fn open(&mut self, map: bool, anchor: usize, tag: &Option<Tag>, m: &Marker) -> bool {
        let seg = match self.begin(m) {
            Role::Key => {
                if let Some(Frame { kind: Kind::Map { key, .. }, .. }) = self.frames.last_mut() {
                    *key = Some("?".into());
                }
                Seg::Key("?".into())
            }
            Role::Value(seg) => seg,
        };
        self.tag(tag, |s| s.path_to(Some(&seg)), m);
        if self.frames.len() >= MAX_DEPTH {
            let at = self.path_to(Some(&seg));
            self.fail(at, m, InputMsg::TooDeep { limit: MAX_DEPTH });
            return false;
        }
        let kind = if map {
            Kind::Map { keys: HashMap::new(), key: None, want_key: true }
        } else {
            Kind::Seq { next: 0, too_long: false }
        };
        self.frames.push(Frame { kind, seg, anchor, weight: NODE_BYTES });
        self.total = self.total.saturating_add(NODE_BYTES);
        true
    }

    fn run(&mut self, text: &str) {
        let mut parser = Parser::new_from_str(text);
        loop {
            match parser.next_token() {
                Ok((Event::StreamEnd, _)) => return,
                Ok((ev, m)) => {
                    if !self.event(ev, &m) {
                        return;
                    }
                }
                Err(e) => {
                    let at = self.path_to(None);
                    // yaml-rust2's own guard: flow collections (`[[[…`) nested over 255 deep
                    let msg = match e.info() {
                        "recursion limit exceeded" => InputMsg::TooDeep { limit: MAX_DEPTH },
                        info => InputMsg::Syntax { detail: info.to_owned() },
                    };
                    self.fail(at, e.marker(), msg);
                    return;
                }
            }
            if self.problems.len() >= MAX_REPORTED {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Problem {
        let p = scan(text);
        assert_eq!(p.len(), 1, "{p:#?}");
        p.into_iter().next().unwrap()
    }

    fn at(p: &Problem) -> (usize, usize) {
        let pos = p.position.unwrap();
        (pos.line, pos.column)
    }

    #[test]
    fn a_clean_text_has_no_problem() {
        assert!(scan("a: 1\nb:\n  - x\n  - {c: d}\nt:\n  2020: 1\n  2021: 2\n").is_empty());
        assert!(scan(include_str!("../../data/pekalongan-2021/lkjip.yaml")).is_empty());
    }

    #[test]
    fn the_same_year_written_differently_is_one_key() {
        for second in ["2021", "0x7E5", "02021", "+2021", "0o3745", "0b11111100101"] {
            let p = one(&format!("x:\n  target:\n    2021: 5.80\n    {second}: 99.99\n"));
            assert_eq!(p.path, format!("x.target.{second}"));
            assert_eq!(at(&p), (4, 5));
            assert!(p.message.contains("first on line 3"), "{}", p.message);
        }
        assert!(scan("t:\n  2021: 1\n  2022: 2\n").is_empty());
        let p = one("nama: a\nnama: b\n");
        assert_eq!((p.path.as_str(), at(&p)), ("nama", (2, 1)));
    }

    #[test]
    fn tags_are_refused_with_their_name() {
        let p = one("a:\n  b: !!binary aGVsbG8=\n");
        assert_eq!((p.path.as_str(), at(&p).0), ("a.b", 2));
        assert!(p.message.contains("`!!binary`"), "{}", p.message);
        assert!(one("a: !Foo x\n").message.contains("`!Foo`"));
        assert!(one("a: !!map {b: c}\n").message.contains("`!!map`"));
    }

    #[test]
    fn control_characters_are_placed_at_their_line_and_column() {
        let mut text = "a: 1\n".repeat(27);
        text.push_str("b: x\0y\n");
        let p = one(&text);
        assert_eq!(at(&p), (28, 5));
        assert!(p.message.contains("U+0000"), "{}", p.message);
        let p = one("a: \"x\\0y\"\n");
        assert_eq!((p.path.as_str(), at(&p)), ("a", (1, 4)));
        assert!(p.message.contains("U+0000"), "{}", p.message);
        assert!(scan("\u{FEFF}a: \"tab\\there\"\n").is_empty());
    }

    #[test]
    fn nesting_stops_at_the_limit_quickly() {
        let started = std::time::Instant::now();
        let p = one(&"- ".repeat(40_000));
        assert!(p.message.contains("nested more than 100"), "{}", p.message);
        let p = one(&format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)));
        assert!(p.message.contains("nested more than 100"), "{}", p.message);
        let p = one(&"{a: ".repeat(50_000));
        assert!(p.message.contains("nested more than 100"), "{}", p.message);
        assert!(started.elapsed().as_secs() < 2, "{:?}", started.elapsed());
        assert!(scan(&format!("{}x", "- ".repeat(MAX_DEPTH))).is_empty());
    }

    #[test]
    fn an_alias_bomb_is_refused_before_it_expands() {
        let big = "x".repeat(1_000_000);
        let uses = vec!["*a"; 20_000].join(", ");
        let started = std::time::Instant::now();
        let p = one(&format!("a: &a \"{}\"\nb: [{uses}]\n", &big[..60_000]));
        assert!(p.message.contains("expand to more than"), "{}", p.message);
        assert_eq!(p.path, "b[138]");
        // billion laughs: each level doubles ten times
        let mut laughs = String::from("l0: &l0 \"lol\"\n");
        for i in 1..30 {
            laughs.push_str(&format!("l{i}: &l{i} [{}]\n", vec![format!("*l{}", i - 1); 10].join(", ")));
        }
        assert!(one(&laughs).message.contains("expand to more than"));
        assert!(started.elapsed().as_secs() < 2, "{:?}", started.elapsed());
        let half = vec!["*a"; MAX_ALIASES / 2].join(", ");
        let p = one(&format!("a: &a 1\nb: [[{half}], [{half}, *a]]\n"));
        assert!(p.message.contains("more than 1000 YAML aliases"), "{}", p.message);
        assert!(scan("a: &a {x: 1}\nb: *a\n").is_empty());
    }

    #[test]
    fn texts_and_lists_have_limits() {
        let p = one(&format!("a:\n  b: {}\n", "x".repeat(MAX_TEXT_BYTES + 1)));
        assert_eq!((p.path.as_str(), at(&p)), ("a.b", (2, 6)));
        assert!(scan(&format!("a: {}\n", "x".repeat(MAX_TEXT_BYTES))).is_empty());
        let p = one(&format!("l: [{}]\n", vec!["1"; MAX_LIST_ITEMS + 1].join(",")));
        assert_eq!(p.path, "l");
        assert!(p.message.contains("1001 items; a report may have at most 1000"), "{}", p.message);
    }

    #[test]
    fn a_syntax_error_is_placed() {
        let p = one("a: [1, 2\nb: c\n");
        assert!(p.message.starts_with("the YAML cannot be read"), "{}", p.message);
        assert!(p.position.is_some());
    }
}
