//! Cutting the appended part into incremental updates: each ends with `startxref N %%EOF`; a
//! second `%PDF-` header, or bytes after the last `%%EOF` that are not whitespace, are findings.

use super::findings::Change;

/// One appended incremental update: bytes `[start, end)` of the file (`end` after its `%%EOF`
/// and the line end following it), whose cross-reference section begins at `startxref`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    pub start: usize,
    pub end: usize,
    pub startxref: usize,
}

/// The updates after the original (`bytes[..original]`), at most `limit` of them; a problem
/// with the bytes stops the cut (`Err` holds the sections found before it and the problem).
pub fn split(bytes: &[u8], original: usize, limit: usize) -> Result<Vec<Section>, (Vec<Section>, Change)> {
    let mut out = Vec::new();
    if let Some(at) = find(&bytes[original..], b"%PDF-") {
        // cut before it so the updates before it are still judged; the header itself is the answer
        let cut = original + at;
        return match split(&bytes[..cut], original, limit) {
            Ok(s) | Err((s, _)) => Err((s, Change::SecondHeader { offset: cut as u64 })),
        };
    }
    let mut pos = original;
    loop {
        let rest = &bytes[pos..];
        let Some(eof) = find(rest, b"%%EOF") else {
            if rest.iter().all(|b| b.is_ascii_whitespace() || *b == 0) {
                return Ok(out);
            }
            return Err((out, Change::TrailingBytes { bytes: rest.len() as u64 }));
        };
        if out.len() == limit {
            return Err((out, Change::TooManyUpdates { limit }));
        }
        let mut end = pos + eof + 5;
        if bytes[end..].starts_with(b"\r\n") {
            end += 2;
        } else if bytes.get(end).is_some_and(|b| *b == b'\n' || *b == b'\r') {
            end += 1;
        }
        let Some(startxref) = startxref_before(&bytes[pos..pos + eof]) else {
            let why = super::findings::NotUpdate::NoStartxref;
            return Err((out, Change::NotAnUpdate { offset: pos as u64, why }));
        };
        out.push(Section { start: pos, end, startxref });
        pos = end;
    }
}

/// The number after the last `startxref` of `bytes` (only `%%EOF` and whitespace may follow).
pub fn startxref_before(bytes: &[u8]) -> Option<usize> {
    let at = rfind(bytes, b"startxref")?;
    let tail = std::str::from_utf8(&bytes[at + 9..]).ok()?;
    let tail = tail.trim_end().strip_suffix("%%EOF").unwrap_or(tail);
    tail.trim().parse().ok()
}

/// The `/Prev` of the cross-reference section at the start of `xref` (lopdf drops it): in the
/// `trailer` of a table, or in the dictionary of a cross-reference stream.
pub fn prev_of(xref: &[u8]) -> Option<usize> {
    let dict = if xref.starts_with(b"xref") {
        &xref[find(xref, b"trailer")?..]
    } else {
        &xref[..find(xref, b"stream").unwrap_or(xref.len())]
    };
    let at = find(dict, b"/Prev")? + 5;
    let digits: String = dict[at..]
        .iter()
        .map(|b| *b as char)
        .skip_while(|c| c.is_ascii_whitespace())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn updates_trailing_bytes_and_headers() {
        let orig = b"%PDF-1.7\nx\nstartxref\n3\n%%EOF\n".to_vec();
        assert_eq!(startxref_before(&orig), Some(3));
        let mut f = orig.clone();
        f.extend_from_slice(b"1 0 obj\n1\nendobj\nstartxref\n40\n%%EOF\n");
        let s = split(&f, orig.len(), 8).unwrap();
        assert_eq!(s, [Section { start: orig.len(), end: f.len(), startxref: 40 }]);
        let mut junk = f.clone();
        junk.extend_from_slice(b"hello world!");
        assert_eq!(split(&junk, orig.len(), 8), Err((s.clone(), Change::TrailingBytes { bytes: 12 })));
        let mut ws = f.clone();
        ws.extend_from_slice(b"\n\n ");
        assert_eq!(split(&ws, orig.len(), 8).unwrap(), s);
        let mut two = f.clone();
        two.extend_from_slice(&orig);
        assert_eq!(split(&two, orig.len(), 8), Err((s.clone(), Change::SecondHeader { offset: f.len() as u64 })));
        assert_eq!(split(&f, orig.len(), 0), Err((vec![], Change::TooManyUpdates { limit: 0 })));
        let mut bare = orig.clone();
        bare.extend_from_slice(b"%%EOF");
        assert!(matches!(split(&bare, orig.len(), 8), Err((_, Change::NotAnUpdate { .. }))));
    }
}
