//! Where each value of a YAML text stands, as byte spans, and minimal edits of those values.
//!
//! `impor` must change a number and nothing else: every comment, narrative, key order and
//! spacing stays. yaml-rust2's event parser gives the start of every node; this module finds
//! the end of each scalar in the text itself and refuses a span whose text does not read back
//! as the parser's value (a multi-line or block scalar is never edited). Edits are applied from
//! the end of the text backwards, so earlier spans stay valid.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// A scalar value: its text as parsed, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scalar {
    pub value: String,
    /// Byte span of the scalar in the text, quotes included; `None` when it cannot be edited
    /// in place (a block scalar, a plain scalar over several lines).
    pub span: Option<(usize, usize)>,
    pub quoted: Option<char>,
    /// Inside a flow collection (`{ … }`, `[ … ]`), where a plain `,` ends the scalar.
    pub flow: bool,
    pub line: usize,
}

/// A mapping: its keys in order (with the byte offset of each key) and, in flow style, where
/// its closing `}` stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapping {
    pub keys: Vec<(String, usize)>,
    pub flow_end: Option<usize>,
    /// Column (0-based, bytes) of the keys of a block mapping.
    pub indent: usize,
}

/// Every scalar and mapping of a text, by field path (`program[0].kegiatan[1].pagu`).
#[derive(Debug, Default)]
pub struct Tree {
    pub scalars: HashMap<String, Scalar>,
    pub mappings: HashMap<String, Mapping>,
    pub sequences: HashMap<String, usize>,
}

impl Tree {
    /// Index a YAML text; `None` when it does not parse.
    pub fn index(text: &str) -> Option<Tree> {
        // yaml-rust2's marks count characters: the byte offset of each
        let bytes = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
        let mut w = Walker { text, bytes, stack: Vec::new(), tree: Tree::default() };
        let mut parser = Parser::new_from_str(text);
        parser.load(&mut w, false).ok()?;
        Some(w.tree)
    }
    pub fn value(&self, path: &str) -> Option<&str> {
        self.scalars.get(path).map(|s| s.value.as_str())
    }
    pub fn len(&self, path: &str) -> usize {
        self.sequences.get(path).copied().unwrap_or(0)
    }
}

enum Frame {
    Map { path: String, key: Option<String>, flow: bool },
    Seq { path: String, next: usize, flow: bool },
}

struct Walker<'a> {
    text: &'a str,
    bytes: Vec<usize>,
    stack: Vec<Frame>,
    tree: Tree,
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() { key.to_owned() } else { format!("{parent}.{key}") }
}

impl Walker<'_> {
    fn in_flow(&self) -> bool {
        self.stack.iter().any(|f| matches!(f, Frame::Map { flow: true, .. } | Frame::Seq { flow: true, .. }))
    }
    /// A node begins: its path when it is a value, `None` when it is a mapping key.
    fn value_path(&mut self, key_text: Option<&str>, at: usize) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Seq { path, next, .. }) => {
                let p = format!("{path}[{next}]");
                *next += 1;
                Some(p)
            }
            Some(Frame::Map { path, key, .. }) => match key.take() {
                Some(k) => Some(join(path, &k)),
                None => {
                    let k = key_text.unwrap_or("?").to_owned();
                    let map = path.clone();
                    *key = Some(k.clone());
                    self.tree.mappings.entry(map).or_default().keys.push((k, at));
                    None
                }
            },
        }
    }
    fn opens_flow(&self, at: usize, c: u8) -> bool {
        self.text.as_bytes().get(at) == Some(&c)
    }
}

impl MarkedEventReceiver for Walker<'_> {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let at = self.bytes.get(mark.index()).copied().unwrap_or(self.text.len());
        match ev {
            Event::Scalar(value, style, ..) => {
                let flow = self.in_flow();
                if let Some(p) = self.value_path(Some(&value), at) {
                    let quoted = match style {
                        TScalarStyle::SingleQuoted => Some('\''),
                        TScalarStyle::DoubleQuoted => Some('"'),
                        _ => None,
                    };
                    let span = match style {
                        TScalarStyle::Plain | TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted => {
                            scalar_end(self.text, at, quoted, flow).filter(|&end| {
                                let inner = self.text.get(at..end).unwrap_or_default();
                                reads_back(inner, quoted, &value)
                            })
                        }
                        _ => None,
                    }
                    .map(|end| (at, end));
                    self.tree.scalars.insert(p, Scalar { value, span, quoted, flow, line: mark.line() });
                }
            }
            Event::Alias(_) => {
                self.value_path(None, at);
            }
            Event::MappingStart(..) => {
                let flow = self.opens_flow(at, b'{');
                let path = self.value_path(None, at).unwrap_or_default();
                let m = self.tree.mappings.entry(path.clone()).or_default();
                m.indent = mark.col();
                self.stack.push(Frame::Map { path, key: None, flow });
            }
            Event::SequenceStart(..) => {
                let flow = self.opens_flow(at, b'[');
                let path = self.value_path(None, at).unwrap_or_default();
                self.stack.push(Frame::Seq { path, next: 0, flow });
            }
            Event::MappingEnd => {
                if let Some(Frame::Map { path, flow, .. }) = self.stack.pop()
                    && flow
                {
                    // the parser's mark stands at the closing brace (or just past it)
                    let end = self.text.get(..at.saturating_add(1).min(self.text.len())).and_then(|t| t.rfind('}'));
                    self.tree.mappings.entry(path).or_default().flow_end = end;
                }
            }
            Event::SequenceEnd => {
                if let Some(Frame::Seq { path, next, .. }) = self.stack.pop() {
                    self.tree.sequences.insert(path, next);
                }
            }
            _ => {}
        }
    }
}

/// The byte just past a scalar starting at `start`.
fn scalar_end(text: &str, start: usize, quoted: Option<char>, flow: bool) -> Option<usize> {
    let rest = text.get(start..)?;
    match quoted {
        Some('"') => {
            let mut escaped = false;
            for (i, c) in rest.char_indices().skip(1) {
                match c {
                    '\n' => return None,
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => return Some(start + i + 1),
                    _ => escaped = false,
                }
            }
            None
        }
        Some(_) => {
            let b = rest.as_bytes();
            let mut i = 1;
            while i < b.len() {
                match b[i] {
                    b'\n' => return None,
                    b'\'' if b.get(i + 1) == Some(&b'\'') => i += 2,
                    b'\'' => return Some(start + i + 1),
                    _ => i += 1,
                }
            }
            None
        }
        None => {
            let line = rest.split('\n').next().unwrap_or_default();
            let mut end = line.len();
            let lb = line.as_bytes();
            for (i, &c) in lb.iter().enumerate() {
                let comment = c == b'#' && i > 0 && matches!(lb[i - 1], b' ' | b'\t');
                if comment || (flow && matches!(c, b',' | b']' | b'}')) {
                    end = i;
                    break;
                }
            }
            Some(start + line[..end].trim_end().len())
        }
    }
}

/// Whether the text of a span is exactly the parser's value (so replacing it changes that
/// value and nothing else). Escapes in double quotes are not interpreted: such a span is kept
/// only when it has none.
fn reads_back(span: &str, quoted: Option<char>, value: &str) -> bool {
    match quoted {
        None => span == value,
        Some('"') => span.len() >= 2 && !span.contains('\\') && &span[1..span.len() - 1] == value,
        Some(_) => span.len() >= 2 && span[1..span.len() - 1].replace("''", "'") == value,
    }
}

/// One replacement or insertion of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub at: usize,
    pub remove: usize,
    pub insert: String,
}

/// Apply edits (non-overlapping) to a text, from the last to the first.
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.at));
    let mut out = text.to_owned();
    for e in sorted {
        out.replace_range(e.at..e.at + e.remove, &e.insert);
    }
    out
}

/// The edit that adds `key: value` to the mapping at `path` (which must exist): before the
/// first key that sorts after it (years stay in order), else after the last entry.
pub fn insert_key(
    text: &str,
    tree: &Tree,
    path: &str,
    key: &str,
    value: &str,
    after: impl Fn(&str) -> bool,
) -> Option<Edit> {
    let m = tree.mappings.get(path)?;
    let next = m.keys.iter().find(|(k, _)| after(k));
    if let Some(end) = m.flow_end {
        return Some(match next {
            Some((_, at)) => Edit { at: *at, remove: 0, insert: format!("{key}: {value}, ") },
            None if m.keys.is_empty() => {
                // `{}` or `{ }`: write the entry inside, spaced
                let open = text.get(..end)?.rfind('{')?;
                Edit { at: open + 1, remove: end - open - 1, insert: format!(" {key}: {value} ") }
            }
            None => {
                let body = text.get(..end)?;
                let at = body.trim_end().len();
                Edit { at, remove: 0, insert: format!(", {key}: {value}") }
            }
        });
    }
    // the indentation of the mapping's first key as written (the parser's mark of a block
    // mapping's start is not always at its first key's column)
    let width = match m.keys.first() {
        Some((_, at)) => {
            let line_start = text.get(..*at)?.rfind('\n').map_or(0, |i| i + 1);
            text.get(line_start..*at)?.chars().count()
        }
        None => m.indent,
    };
    let indent = " ".repeat(width);
    match next {
        Some((_, at)) => {
            let line_start = text.get(..*at)?.rfind('\n').map_or(0, |i| i + 1);
            Some(Edit { at: line_start, remove: 0, insert: format!("{indent}{key}: {value}\n") })
        }
        None => {
            // after the line of the last entry whose value is a one-line scalar
            let (_, end) =
                m.keys.iter().rev().find_map(|(k, _)| tree.scalars.get(&join(path, k)).and_then(|s| s.span))?;
            let line_end = text.get(end..)?.find('\n').map_or(text.len(), |i| end + i);
            let newline = if line_end == text.len() { "\n" } else { "" };
            Some(Edit {
                at: line_end,
                remove: 0,
                insert: format!("{newline}\n{indent}{key}: {value}").replacen("\n\n", "\n", 1),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# judul: ✓ Σ\na:\n  target: { 2020: 1.5, 2022: \"\" }   # catatan\n  realisasi:\n    2020: 1_000 # x\n    2022: '7'\n  kosong: {}\nb: [x, y]\n";

    #[test]
    fn spans_cover_exactly_the_scalar_after_unicode() {
        let t = Tree::index(TEXT).unwrap();
        let s = &t.scalars["a.target.2020"];
        assert_eq!(&TEXT[s.span.unwrap().0..s.span.unwrap().1], "1.5");
        assert!(s.flow);
        let s = &t.scalars["a.target.2022"];
        assert_eq!(&TEXT[s.span.unwrap().0..s.span.unwrap().1], "\"\"");
        let s = &t.scalars["a.realisasi.2020"];
        assert_eq!(&TEXT[s.span.unwrap().0..s.span.unwrap().1], "1_000");
        assert!(!s.flow);
        let s = &t.scalars["a.realisasi.2022"];
        assert_eq!(&TEXT[s.span.unwrap().0..s.span.unwrap().1], "'7'");
        assert_eq!(t.len("b"), 2);
    }

    #[test]
    fn keys_are_inserted_in_order_in_flow_and_block_mappings() {
        let t = Tree::index(TEXT).unwrap();
        let later = |y: u16| move |k: &str| k.parse::<u16>().is_ok_and(|k| k > y);
        let edits = [
            insert_key(TEXT, &t, "a.target", "2021", "2", later(2021)).unwrap(),
            insert_key(TEXT, &t, "a.target", "2023", "3", later(2023)).unwrap(),
            insert_key(TEXT, &t, "a.realisasi", "2021", "4", later(2021)).unwrap(),
            insert_key(TEXT, &t, "a.realisasi", "2023", "5", later(2023)).unwrap(),
            insert_key(TEXT, &t, "a.kosong", "2021", "6", later(2021)).unwrap(),
        ];
        let out = apply(TEXT, &edits);
        assert_eq!(
            out,
            "# judul: ✓ Σ\na:\n  target: { 2020: 1.5, 2021: 2, 2022: \"\", 2023: 3 }   # catatan\n  realisasi:\n    2020: 1_000 # x\n    2021: 4\n    2022: '7'\n    2023: 5\n  kosong: { 2021: 6 }\nb: [x, y]\n"
        );
        let t2 = Tree::index(&out).unwrap();
        assert_eq!(t2.value("a.realisasi.2023"), Some("5"));
        assert_eq!(t2.value("a.kosong.2021"), Some("6"));
    }

    #[test]
    fn multi_line_and_block_scalars_have_no_span() {
        let text = "a: |\n  x\nb: satu\n  dua\nc: \"a\\tb\"\n";
        let t = Tree::index(text).unwrap();
        assert_eq!(t.scalars["a"].span, None);
        assert_eq!(t.scalars["b"].span, None);
        assert_eq!(t.scalars["c"].span, None);
    }
}
