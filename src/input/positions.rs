//! Where each field path of a YAML file stands (line, column), for messages.
//!
//! serde gives values, not places; this walks the same text with yaml-rust2's event
//! parser and records, for every path such as `tujuan[0].sasaran[1].indikator[0].target.2021`,
//! the position of its scalar value, or of its key when the value is a mapping or list.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

pub use crate::value::position::Position;

#[derive(Debug, Default)]
pub struct Positions {
    by_path: HashMap<String, Position>,
    blanks: Vec<(String, Position)>,
}

impl crate::diag::Places for Positions {
    fn find(&self, path: &str) -> Option<Position> {
        Positions::find(self, path)
    }
}

impl Positions {
    /// Index a YAML text. A text yaml-rust2 cannot parse gives an empty index (serde
    /// reports the syntax error itself).
    pub fn index(text: &str) -> Positions {
        let mut walker = Walker::default();
        let mut parser = Parser::new_from_str(text);
        if parser.load(&mut walker, false).is_err() {
            return Positions::default();
        }
        Positions { by_path: walker.by_path, blanks: walker.blanks }
    }

    /// Values written as a quoted empty string (`""`): the spots left to be filled in, in
    /// file order, whatever type the field has.
    pub fn blanks(&self) -> &[(String, Position)] {
        &self.blanks
    }

    /// The position of `path`, or of its nearest ancestor that exists in the file
    /// (a missing field points at the mapping that lacks it).
    pub fn find(&self, path: &str) -> Option<Position> {
        let mut p = path;
        loop {
            if let Some(pos) = self.by_path.get(p) {
                return Some(*pos);
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
        }
    }
}

enum Frame {
    Map { path: String, key: Option<String> },
    Seq { path: String, next: usize },
}

#[derive(Default)]
struct Walker {
    stack: Vec<Frame>,
    by_path: HashMap<String, Position>,
    blanks: Vec<(String, Position)>,
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() { key.to_owned() } else { format!("{parent}.{key}") }
}

fn pos(mark: Marker) -> Position {
    Position { line: mark.line(), column: mark.col().saturating_add(1) }
}

impl Walker {
    /// A node begins: returns its path if it is a value (not a mapping key).
    fn value_path(&mut self, scalar: Option<&str>, mark: Marker) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Seq { path, next }) => {
                let p = format!("{path}[{next}]");
                *next = next.saturating_add(1);
                Some(p)
            }
            Some(Frame::Map { path, key }) => match key.take() {
                Some(k) => Some(join(path, &k)),
                None => {
                    // a key: remember it and where it stands
                    let k = scalar.unwrap_or("?").to_owned();
                    self.by_path.insert(join(path, &k), pos(mark));
                    *key = Some(k);
                    None
                }
            },
        }
    }
}

impl MarkedEventReceiver for Walker {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(value, style, ..) => {
                if let Some(p) = self.value_path(Some(&value), mark) {
                    let quoted = matches!(style, TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted);
                    if quoted && value.is_empty() {
                        self.blanks.push((p.clone(), pos(mark)));
                    }
                    self.by_path.insert(p, pos(mark));
                }
            }
            Event::Alias(_) => {
                self.value_path(None, mark);
            }
            Event::MappingStart(..) => {
                let path = self.value_path(None, mark).unwrap_or_default();
                self.by_path.entry(path.clone()).or_insert(pos(mark));
                self.stack.push(Frame::Map { path, key: None });
            }
            Event::SequenceStart(..) => {
                let path = self.value_path(None, mark).unwrap_or_default();
                self.by_path.entry(path.clone()).or_insert(pos(mark));
                self.stack.push(Frame::Seq { path, next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "dokumen:\n  tahun: 2021\ntujuan:\n  - id: T1\n    indikator:\n      - id: a\n        target:\n          2021: 9.43\n";

    #[test]
    fn scalars_point_at_their_value() {
        let p = Positions::index(TEXT);
        assert_eq!(p.find("dokumen.tahun"), Some(Position { line: 2, column: 10 }));
        assert_eq!(p.find("tujuan[0].indikator[0].target.2021"), Some(Position { line: 8, column: 17 }));
        assert_eq!(p.find("tujuan[0].id"), Some(Position { line: 4, column: 9 }));
    }

    #[test]
    fn quoted_empty_values_are_blanks_keys_are_not() {
        let p = Positions::index("a: \"\"\nb: { c: '', d: x }\n\"\": 1\ne: [\"\"]\n");
        let paths: Vec<&str> = p.blanks().iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["a", "b.c", "e[0]"]);
        assert_eq!(p.blanks()[0].1, Position { line: 1, column: 4 });
    }

    #[test]
    fn collections_point_at_their_key_and_missing_fields_at_the_parent() {
        let p = Positions::index(TEXT);
        assert_eq!(p.find("tujuan[0].indikator"), Some(Position { line: 5, column: 5 }));
        assert_eq!(p.find("tujuan[0].indikator[0].satuan"), p.find("tujuan[0].indikator[0]"));
        assert_eq!(p.find("tujuan[0].indikator[0]"), Some(Position { line: 6, column: 11 }));
    }
}
