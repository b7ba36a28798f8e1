//! Narrative text: a tiny, predictable markup parsed into blocks, never evaluated as code.
//!
//! Paragraphs are separated by blank lines. A line starting with a marker (`- `, `* `,
//! `1. `, `1) `, `a. `, `a) `) starts a list item; the marker is kept as typed. Deeper
//! indentation nests. Inline: `**tebal**`, `*miring*`, and placeholders `{id.angka}` that
//! Rust resolves into formatted figures. `\` escapes `*`, `{`, `}` and `\`; any other
//! character, and any marker without its partner, is printed as it is.
//!
//! A line holding only `{{name}}` (a *block placeholder*, e.g. `{{tabel capaian}}`) places a
//! generated table, chart or list of its section there, right after the words that lead into it;
//! a block not placed so keeps its default spot (see `present::urutan`).
// No panic from input (#11): no unwrap/expect, no unchecked arithmetic outside tests; each
// exception is an #[expect] with its reason where it stands.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects))]

use serde::{Deserialize, Serialize};

/// A block of narrative: what the parser reads (`S` = [`Piece`]), and, once placeholders are
/// resolved (`S` = [`Span`]), what the layouts receive (`render::data::Blok`): one type for the
/// markup and the Typst data contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "jenis", rename_all = "lowercase", deny_unknown_fields)]
pub enum Blok<S> {
    /// A paragraph of inline spans.
    Paragraf {
        /// The spans, in order.
        isi: Vec<S>,
    },
    /// A list; each item keeps the author's own marker.
    Daftar {
        /// The items, in order.
        butir: Vec<Butir<S>>,
    },
    /// `{{nama}}`: a generated block of the section goes here. The presentation splits a section
    /// at it (`render::data::Isi`), so the layouts never receive one inside a narrative.
    Sisipan {
        /// The generated block's name, as written between the braces.
        nama: String,
    },
}

/// One list item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Butir<S> {
    /// The author's marker, printed as is ("1)", "a.", "2."); "-" is printed as a bullet "•".
    pub penanda: String,
    /// The item's content (paragraphs and nested lists), hung after the marker.
    pub isi: Vec<Blok<S>>,
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// The text, printed literally.
    pub teks: String,
    /// Bold.
    pub tebal: bool,
    /// Italic.
    pub miring: bool,
}

/// A piece before placeholders are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text { teks: String, tebal: bool, miring: bool },
    Ref { key: String, tebal: bool, miring: bool },
}

pub type Narasi = Vec<Blok<Span>>;

/// Parse narrative text into blocks of pieces.
pub fn parse(text: &str) -> Vec<Blok<Piece>> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .map(|l| {
            let t = l.trim_start();
            (l.len().saturating_sub(t.len()), t.trim_end())
        })
        .collect();
    blocks(&lines)
}

/// Every placeholder key used in a text, in order.
pub fn placeholders(text: &str) -> Vec<String> {
    fn walk(bs: &[Blok<Piece>], out: &mut Vec<String>) {
        for b in bs {
            match b {
                Blok::Paragraf { isi } => out.extend(isi.iter().filter_map(|p| match p {
                    Piece::Ref { key, .. } => Some(key.clone()),
                    Piece::Text { .. } => None,
                })),
                Blok::Daftar { butir } => butir.iter().for_each(|x| walk(&x.isi, out)),
                Blok::Sisipan { .. } => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(&parse(text), &mut out);
    out
}

/// Every block placeholder of a text with whether it stands at the top level (not in a list).
pub fn block_placeholders(text: &str) -> Vec<(String, bool)> {
    fn walk(bs: &[Blok<Piece>], top: bool, out: &mut Vec<(String, bool)>) {
        for b in bs {
            match b {
                Blok::Sisipan { nama } => out.push((nama.clone(), top)),
                Blok::Daftar { butir } => butir.iter().for_each(|x| walk(&x.isi, false, out)),
                Blok::Paragraf { .. } => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(&parse(text), true, &mut out);
    out
}

/// `{{ name }}` alone on a line: the name, lower case with single spaces.
fn block_placeholder(line: &str) -> Option<String> {
    let inner = line.trim().strip_prefix("{{")?.strip_suffix("}}")?;
    let name = inner.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    (!name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || " _-".contains(c))).then_some(name)
}

/// Resolve placeholders; `lookup` gives the formatted figure or why there is none.
pub fn resolve<E>(bs: &[Blok<Piece>], lookup: &impl Fn(&str) -> Result<String, E>) -> Result<Narasi, E> {
    bs.iter()
        .map(|b| {
            Ok(match b {
                Blok::Paragraf { isi } => Blok::Paragraf { isi: spans(isi, lookup)? },
                Blok::Daftar { butir } => Blok::Daftar {
                    butir: butir
                        .iter()
                        .map(|x| Ok(Butir { penanda: x.penanda.clone(), isi: resolve(&x.isi, lookup)? }))
                        .collect::<Result<_, E>>()?,
                },
                Blok::Sisipan { nama } => Blok::Sisipan { nama: nama.clone() },
            })
        })
        .collect()
}

fn spans<E>(pieces: &[Piece], lookup: &impl Fn(&str) -> Result<String, E>) -> Result<Vec<Span>, E> {
    let mut out: Vec<Span> = Vec::new();
    for p in pieces {
        let (teks, tebal, miring) = match p {
            Piece::Text { teks, tebal, miring } => (teks.clone(), *tebal, *miring),
            Piece::Ref { key, tebal, miring } => (lookup(key)?, *tebal, *miring),
        };
        match out.last_mut() {
            Some(last) if last.tebal == tebal && last.miring == miring => last.teks.push_str(&teks),
            _ => out.push(Span { teks, tebal, miring }),
        }
    }
    Ok(out)
}

/// The list marker at the start of a line, and the text after it.
fn marker(line: &str) -> Option<(&str, &str)> {
    let (head, rest) = line.split_once(' ')?;
    let ok = match head {
        "-" | "*" | "•" => true,
        _ => head.strip_suffix(['.', ')']).is_some_and(|body| {
            // by characters, never by byte index: a head may be any text (`漢字 …`)
            !body.is_empty()
                && (body.chars().all(|c| c.is_ascii_digit()) && body.len() <= 3
                    || body.len() == 1 && body.chars().all(|c| c.is_ascii_lowercase()))
        }),
    };
    ok.then(|| (head, rest.trim_start()))
}

#[expect(
    clippy::arithmetic_side_effects,
    reason = "indices into one text: each stays below its length (at most isize::MAX), and every `- 1` follows a test that the index is above 0"
)]
fn blocks(lines: &[(usize, &str)]) -> Vec<Blok<Piece>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (indent, text) = lines[i];
        if text.is_empty() {
            i += 1;
            continue;
        }
        if let Some(nama) = block_placeholder(text) {
            out.push(Blok::Sisipan { nama });
            i += 1;
        } else if marker(text).is_some() {
            let mut butir = Vec::new();
            while let Some((penanda, first)) = lines.get(i).filter(|l| l.0 == indent).and_then(|l| marker(l.1)) {
                let mut body = vec![(0, first)];
                i += 1;
                while i < lines.len() {
                    let (ind, t) = lines[i];
                    let blank_then_deeper =
                        t.is_empty() && lines[i + 1..].iter().find(|l| !l.1.is_empty()).is_some_and(|l| l.0 > indent);
                    let lazy = !t.is_empty()
                        && ind <= indent
                        && marker(t).is_none()
                        && block_placeholder(t).is_none()
                        && body.last().is_some_and(|b| !b.1.is_empty());
                    if blank_then_deeper || (!t.is_empty() && ind > indent) || lazy {
                        body.push((ind.saturating_sub(indent + 1), t));
                        i += 1;
                    } else {
                        break;
                    }
                }
                butir.push(Butir { penanda: penanda.to_owned(), isi: blocks(&body) });
                while i < lines.len()
                    && lines[i].1.is_empty()
                    && lines[i + 1..]
                        .iter()
                        .find(|l| !l.1.is_empty())
                        .is_some_and(|l| l.0 == indent && marker(l.1).is_some())
                {
                    i += 1;
                }
            }
            out.push(Blok::Daftar { butir });
        } else {
            let mut para: Vec<&str> = Vec::new();
            while i < lines.len()
                && !lines[i].1.is_empty()
                && (para.is_empty() || marker(lines[i].1).is_none())
                && block_placeholder(lines[i].1).is_none()
            {
                para.push(lines[i].1);
                i += 1;
            }
            out.push(Blok::Paragraf { isi: inline(&para.join(" ")) });
        }
    }
    out
}

#[derive(Debug, PartialEq)]
enum Tok {
    Text(String),
    Star(usize),
    Ref(String),
}

#[expect(
    clippy::arithmetic_side_effects,
    reason = "indices into one text: each stays below its length (at most isize::MAX), and every `- 1` follows a test that the index is above 0"
)]
fn tokens(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut text = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let flush = |text: &mut String, out: &mut Vec<Tok>| {
        if !text.is_empty() {
            out.push(Tok::Text(std::mem::take(text)));
        }
    };
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if matches!(chars.get(i + 1), Some('*' | '{' | '}' | '\\')) => {
                text.push(chars[i + 1]);
                i += 2;
            }
            '*' => {
                flush(&mut text, &mut out);
                let n = if chars.get(i + 1) == Some(&'*') { 2 } else { 1 };
                out.push(Tok::Star(n));
                i += n;
            }
            '{' => {
                let end = chars[i + 1..].iter().position(|&c| c == '}').map(|p| i + 1 + p);
                let key: Option<String> = end.map(|e| chars[i + 1..e].iter().collect());
                match (end, key) {
                    (Some(e), Some(k))
                        if !k.is_empty() && k.chars().all(|c| c.is_alphanumeric() || "_.-".contains(c)) =>
                    {
                        flush(&mut text, &mut out);
                        out.push(Tok::Ref(k));
                        i = e + 1;
                    }
                    _ => {
                        text.push(c);
                        i += 1;
                    }
                }
            }
            _ => {
                text.push(c);
                i += 1;
            }
        }
    }
    flush(&mut text, &mut out);
    out
}

fn inline(s: &str) -> Vec<Piece> {
    let mut toks = tokens(s);
    // a marker without a partner is printed as typed
    for n in [2, 1] {
        let count = toks.iter().filter(|t| **t == Tok::Star(n)).count();
        if count % 2 == 1
            && let Some(last) = toks.iter().rposition(|t| *t == Tok::Star(n))
        {
            toks[last] = Tok::Text("*".repeat(n));
        }
    }
    let (mut tebal, mut miring) = (false, false);
    let mut out: Vec<Piece> = Vec::new();
    for t in toks {
        match t {
            Tok::Star(2) => tebal = !tebal,
            Tok::Star(_) => miring = !miring,
            Tok::Ref(key) => out.push(Piece::Ref { key, tebal, miring }),
            Tok::Text(teks) => match out.last_mut() {
                Some(Piece::Text { teks: last, tebal: b, miring: m }) if *b == tebal && *m == miring => {
                    last.push_str(&teks)
                }
                _ => out.push(Piece::Text { teks, tebal, miring }),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests;
