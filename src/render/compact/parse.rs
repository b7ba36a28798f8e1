//! Reads the PDF Typst writes: a header, indirect objects, one classic xref table and trailer.
//!
//! Only what the compact writer needs is understood: where each object's body begins and ends,
//! whether it is a stream (and its exact data by `/Length`), and the trailer's entries. Bodies
//! are kept as bytes, never re-serialised, so numbers, strings and names stay exactly as Typst
//! wrote them. Anything else (an xref stream, an incremental update, encryption, a generation
//! other than 0) is refused with a reason: the caller then keeps Typst's file as it is.

use std::collections::BTreeMap;
use std::ops::Range;

/// One indirect object of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Object {
    /// Object number (generation 0).
    pub num: u32,
    /// The body: the value (for a stream, its dictionary), without `obj`/`endobj`.
    pub body: Range<usize>,
    /// For a stream: its data, exactly `/Length` bytes.
    pub stream: Option<Range<usize>>,
}

/// The file as the writer needs it.
#[derive(Debug, Clone)]
pub(crate) struct Parsed {
    /// Everything before the first object: `%PDF-1.x` and the binary comment.
    pub header: Range<usize>,
    /// In-use objects, by number.
    pub objects: BTreeMap<u32, Object>,
    /// `/Size` of the trailer.
    pub size: u32,
    /// Raw values of the trailer's `/Root`, `/Info` (if any) and `/ID`.
    pub root: Range<usize>,
    pub info: Option<Range<usize>>,
    pub id: Range<usize>,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b'\0' | b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn is_delim(c: u8) -> bool {
    matches!(c, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

/// A token: its kind and where it lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// A run of regular characters: a number or a keyword (`obj`, `R`, `true`, …).
    Word,
    Name,
    Str,
    DictOpen,
    DictClose,
    ArrOpen,
    ArrClose,
}

struct Lexer<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn skip_ws(&mut self) {
        while self.pos < self.b.len() {
            let c = self.b[self.pos];
            if is_ws(c) {
                self.pos += 1;
            } else if c == b'%' {
                while self.pos < self.b.len() && !matches!(self.b[self.pos], b'\r' | b'\n') {
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The next token, or `None` at the end.
    fn next(&mut self) -> Result<Option<(Tok, Range<usize>)>, String> {
        self.skip_ws();
        let start = self.pos;
        let Some(&c) = self.b.get(start) else { return Ok(None) };
        let at = |s: &[u8], i: usize| s.get(i).copied();
        let tok = match c {
            b'<' if at(self.b, start + 1) == Some(b'<') => {
                self.pos += 2;
                Tok::DictOpen
            }
            b'>' if at(self.b, start + 1) == Some(b'>') => {
                self.pos += 2;
                Tok::DictClose
            }
            b'[' => {
                self.pos += 1;
                Tok::ArrOpen
            }
            b']' => {
                self.pos += 1;
                Tok::ArrClose
            }
            b'<' => {
                let end = self.b[start..].iter().position(|&c| c == b'>').ok_or("unterminated hex string")?;
                self.pos = start + end + 1;
                Tok::Str
            }
            b'(' => {
                let mut depth = 0usize;
                loop {
                    let Some(&c) = self.b.get(self.pos) else { return Err("unterminated string".into()) };
                    self.pos += 1;
                    match c {
                        b'\\' => self.pos += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                Tok::Str
            }
            b'/' => {
                self.pos += 1;
                while self.pos < self.b.len() && !is_ws(self.b[self.pos]) && !is_delim(self.b[self.pos]) {
                    self.pos += 1;
                }
                Tok::Name
            }
            c if is_delim(c) => return Err(format!("unexpected {:?} at byte {start}", c as char)),
            _ => {
                while self.pos < self.b.len() && !is_ws(self.b[self.pos]) && !is_delim(self.b[self.pos]) {
                    self.pos += 1;
                }
                Tok::Word
            }
        };
        Ok(Some((tok, start..self.pos)))
    }

    fn word(&mut self) -> Result<&'a [u8], String> {
        match self.next()? {
            Some((Tok::Word, r)) => Ok(&self.b[r]),
            other => Err(format!("expected a number or keyword at byte {}, found {other:?}", self.pos)),
        }
    }

    fn int(&mut self) -> Result<u64, String> {
        let w = self.word()?;
        std::str::from_utf8(w)
            .ok()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| format!("expected an integer, found {:?}", String::from_utf8_lossy(w)))
    }

    /// Skips one value (a reference `n g R` counts as one); returns its span.
    fn value(&mut self) -> Result<Range<usize>, String> {
        let (tok, r) = self.next()?.ok_or("expected a value, found the end")?;
        match tok {
            Tok::DictOpen | Tok::ArrOpen => {
                let close = if tok == Tok::DictOpen { Tok::DictClose } else { Tok::ArrClose };
                loop {
                    let save = self.pos;
                    match self.next()? {
                        Some((t, end)) if t == close => return Ok(r.start..end.end),
                        Some(_) => {
                            self.pos = save;
                            self.value()?;
                        }
                        None => return Err("unterminated dictionary or array".into()),
                    }
                }
            }
            Tok::DictClose | Tok::ArrClose => Err(format!("unexpected closing bracket at byte {}", r.start)),
            Tok::Word => {
                // `n g R`: look ahead for a second integer and `R`.
                let save = self.pos;
                let is_int = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
                if is_int(&self.b[r.clone()])
                    && let Ok(Some((Tok::Word, g))) = self.next()
                    && is_int(&self.b[g])
                    && let Ok(Some((Tok::Word, k))) = self.next()
                    && &self.b[k.clone()] == b"R"
                {
                    return Ok(r.start..k.end);
                }
                self.pos = save;
                Ok(r)
            }
            Tok::Name | Tok::Str => Ok(r),
        }
    }

    /// The entries of a dictionary whose `<<` starts at the current position: key → value span.
    fn dict(&mut self) -> Result<BTreeMap<&'a [u8], Range<usize>>, String> {
        match self.next()? {
            Some((Tok::DictOpen, _)) => {}
            other => return Err(format!("expected a dictionary, found {other:?}")),
        }
        let mut entries = BTreeMap::new();
        loop {
            match self.next()? {
                Some((Tok::DictClose, _)) => return Ok(entries),
                Some((Tok::Name, k)) => {
                    let v = self.value()?;
                    entries.insert(&self.b[k.start + 1..k.end], v);
                }
                other => return Err(format!("expected a key, found {other:?}")),
            }
        }
    }
}

fn expect(lx: &mut Lexer, keyword: &[u8]) -> Result<(), String> {
    let w = lx.word()?;
    if w == keyword {
        Ok(())
    } else {
        Err(format!("expected {:?}, found {:?}", String::from_utf8_lossy(keyword), String::from_utf8_lossy(w)))
    }
}

/// Where the last `startxref` points.
fn startxref(b: &[u8]) -> Result<usize, String> {
    const KEY: &[u8] = b"startxref";
    let tail = b.len().saturating_sub(1024);
    let at = b[tail..].windows(KEY.len()).rposition(|w| w == KEY).ok_or("no startxref")? + tail;
    let mut lx = Lexer { b, pos: at + KEY.len() };
    usize::try_from(lx.int()?).map_err(|e| e.to_string())
}

/// Parses Typst's output; `Err` says why the file is not of the expected shape.
pub(crate) fn parse(b: &[u8]) -> Result<Parsed, String> {
    let version = b.get(5..8).ok_or("too short")?;
    if !b.starts_with(b"%PDF-1.") || !matches!(version[2], b'5'..=b'7') {
        return Err("not a PDF 1.5-1.7 file (object streams need 1.5)".into());
    }
    let mut lx = Lexer { b, pos: startxref(b)? };
    expect(&mut lx, b"xref").map_err(|e| format!("{e} (only a classic xref table is read)"))?;
    let mut offsets = BTreeMap::new();
    let trailer = loop {
        let save = lx.pos;
        if lx.word()? == b"trailer" {
            break lx.dict()?;
        }
        lx.pos = save;
        let (first, count) = (lx.int()?, lx.int()?);
        for num in first..first + count {
            let (offset, generation) = (lx.int()?, lx.int()?);
            match lx.word()? {
                b"n" if generation == 0 => {
                    let num = u32::try_from(num).map_err(|e| e.to_string())?;
                    offsets.insert(num, usize::try_from(offset).map_err(|e| e.to_string())?);
                }
                b"n" => return Err(format!("object {num} has generation {generation}")),
                b"f" => {}
                w => return Err(format!("bad xref entry type {:?}", String::from_utf8_lossy(w))),
            }
        }
    };
    for refused in [&b"Prev"[..], b"Encrypt", b"XRefStm"] {
        if trailer.contains_key(refused) {
            return Err(format!("the trailer has /{}", String::from_utf8_lossy(refused)));
        }
    }
    let get =
        |k: &[u8]| trailer.get(k).cloned().ok_or_else(|| format!("the trailer has no /{}", String::from_utf8_lossy(k)));
    let size = Lexer { b, pos: get(b"Size")?.start }.int()?;
    let size = u32::try_from(size).map_err(|e| e.to_string())?;
    let header_end = *offsets.values().min().ok_or("no objects")?;

    let mut objects = BTreeMap::new();
    let mut lengths = Vec::new();
    for (&num, &offset) in &offsets {
        if num >= size {
            return Err(format!("object {num} is beyond /Size {size}"));
        }
        let mut lx = Lexer { b, pos: offset };
        if lx.int()? != u64::from(num) || lx.int()? != 0 {
            return Err(format!("the xref offset of object {num} does not point at it"));
        }
        expect(&mut lx, b"obj")?;
        let save = lx.pos;
        lx.skip_ws();
        let start = lx.pos;
        lx.pos = save;
        let body = start..lx.value()?.end;
        match lx.word()? {
            b"endobj" => objects.insert(num, Object { num, body, stream: None }),
            b"stream" => {
                let dict = Lexer { b, pos: body.start }.dict()?;
                let length = dict.get(&b"Length"[..]).ok_or_else(|| format!("stream {num} has no /Length"))?;
                lengths.push((num, length.clone()));
                objects.insert(num, Object { num, body, stream: Some(lx.pos..lx.pos) })
            }
            w => return Err(format!("object {num}: unexpected {:?}", String::from_utf8_lossy(w))),
        };
    }
    // Stream data, now that indirect lengths can be looked up.
    for (num, length) in lengths {
        let length = resolve_int(b, &objects, length)?;
        let obj = objects.get_mut(&num).expect("recorded above");
        let mut at = obj.stream.as_ref().expect("a stream").start;
        at += match b.get(at..at + 2) {
            Some(b"\r\n") => 2,
            Some([b'\n', _]) => 1,
            _ => return Err(format!("stream {num}: `stream` is not followed by an end of line")),
        };
        let data = at..at + length;
        let mut lx = Lexer { b, pos: data.end.min(b.len()) };
        expect(&mut lx, b"endstream").map_err(|e| format!("stream {num}: {e}"))?;
        expect(&mut lx, b"endobj").map_err(|e| format!("stream {num}: {e}"))?;
        obj.stream = Some(data);
    }
    Ok(Parsed {
        header: 0..header_end,
        objects,
        size,
        root: get(b"Root")?,
        info: trailer.get(&b"Info"[..]).cloned(),
        id: get(b"ID")?,
    })
}

/// An integer, direct or through a reference to an object holding one.
fn resolve_int(b: &[u8], objects: &BTreeMap<u32, Object>, at: Range<usize>) -> Result<usize, String> {
    let mut lx = Lexer { b, pos: at.start };
    let n = lx.int()?;
    let r = if lx.pos < at.end {
        let o = objects.get(&u32::try_from(n).map_err(|e| e.to_string())?).ok_or("a /Length refers to no object")?;
        Lexer { b, pos: o.body.start }.int()?
    } else {
        n
    };
    usize::try_from(r).ok().filter(|&r| r <= b.len()).ok_or_else(|| format!("bad stream length {r}"))
}

/// Whether `body` is a bare reference `n g R` (such an object stays outside object streams).
pub(crate) fn is_reference(b: &[u8], body: &Range<usize>) -> bool {
    let mut lx = Lexer { b, pos: body.start };
    matches!(lx.next(), Ok(Some((Tok::Word, _)))) && b[body.clone()].ends_with(b"R")
}
