//! The compact writer, judged by an independent reader written here: every object of the input
//! must come back with the same bytes through the xref stream and the object streams.

use std::collections::BTreeMap;

use super::compact;

/// A classic PDF of `objects` (number → full `obj … endobj` text without the number line).
fn classic(objects: &[(u32, &[u8])], trailer_extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\x80\x80\x80\x80\n".to_vec();
    let mut offsets = BTreeMap::new();
    for (num, body) in objects {
        offsets.insert(*num, out.len());
        out.extend_from_slice(format!("{num} 0 obj\n").as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let size = objects.iter().map(|o| o.0).max().unwrap() + 1;
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {size}\n0000000000 65535 f\r\n").as_bytes());
    for n in 1..size {
        match offsets.get(&n) {
            Some(o) => out.extend_from_slice(format!("{o:010} 00000 n\r\n").as_bytes()),
            None => out.extend_from_slice(b"0000000000 00000 f\r\n"),
        }
    }
    out.extend_from_slice(
        format!("trailer\n<</Size {size}/Root 1 0 R/ID[(a)(b)]{trailer_extra}>>\nstartxref\n{xref}\n%%EOF").as_bytes(),
    );
    out
}

fn inflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::inflate::decompress_to_vec_zlib(data).unwrap()
}

fn num_after(s: &[u8], key: &str) -> usize {
    let k = s.windows(key.len()).position(|w| w == key.as_bytes()).unwrap_or_else(|| panic!("no {key}")) + key.len();
    let digits: Vec<u8> = s[k..].iter().copied().take_while(u8::is_ascii_digit).collect();
    String::from_utf8(digits).unwrap().parse().unwrap()
}

/// A stream object at `at`: its dictionary and data (by /Length, checked to end in `\nendstream`).
fn stream_at(pdf: &[u8], at: usize) -> (Vec<u8>, Vec<u8>) {
    let s = pdf[at..].windows(8).position(|w| w == b"\nstream\n").unwrap() + at;
    let dict = pdf[at..s].to_vec();
    let len = num_after(&dict, "/Length ");
    let data = pdf[s + 8..s + 8 + len].to_vec();
    assert!(pdf[s + 8 + len..].starts_with(b"\nendstream\nendobj\n"), "no newline before endstream");
    (dict, data)
}

/// Reads a compact file back: object number → body bytes (streams: dictionary + data).
fn read_back(pdf: &[u8]) -> BTreeMap<u32, Vec<u8>> {
    assert!(pdf.ends_with(b"%%EOF\n"));
    let sx = pdf.windows(9).rposition(|w| w == b"startxref").unwrap();
    let at = num_after(&pdf[sx..], "startxref\n");
    let (dict, data) = stream_at(pdf, at);
    assert!(dict.windows(10).any(|w| w == b"/Type/XRef"));
    let columns = num_after(&dict, "/Columns ");
    let w2 = num_after(&dict, "/W[1 ");
    let w3 = num_after(&dict, &format!("/W[1 {w2} "));
    assert_eq!(columns, 1 + w2 + w3);
    let raw = inflate(&data);
    let mut rows = Vec::new();
    let mut above = vec![0u8; columns];
    for chunk in raw.chunks(columns + 1) {
        assert_eq!(chunk[0], 2, "PNG Up rows");
        let row: Vec<u8> = chunk[1..].iter().zip(&above).map(|(d, a)| d.wrapping_add(*a)).collect();
        let field = |r: &[u8]| r.iter().fold(0u64, |n, b| n << 8 | u64::from(*b));
        rows.push((row[0], field(&row[1..1 + w2]), field(&row[1 + w2..])));
        above = row;
    }
    assert_eq!(rows.len(), num_after(&dict, "/Size "));
    let mut objects = BTreeMap::new();
    for (num, &(t, f2, f3)) in rows.iter().enumerate() {
        match t {
            0 => {}
            1 => {
                let at = f2 as usize;
                let head = format!("{num} 0 obj\n");
                assert!(pdf[at..].starts_with(head.as_bytes()), "object {num} is not at {at}");
                let body_at = at + head.len();
                let end = pdf[body_at..].windows(7).position(|w| w == b"\nendobj").unwrap() + body_at;
                objects.insert(num as u32, pdf[body_at..end].to_vec());
            }
            2 => {
                let (sdict, sdata) = stream_at(pdf, rows[f2 as usize].1 as usize);
                assert!(sdict.windows(12).any(|w| w == b"/Type/ObjStm"));
                let (n, first) = (num_after(&sdict, "/N "), num_after(&sdict, "/First "));
                let s = inflate(&sdata);
                let head = String::from_utf8(s[..first].to_vec()).unwrap();
                let pairs: Vec<usize> = head.split_ascii_whitespace().map(|x| x.parse().unwrap()).collect();
                assert_eq!(pairs.len(), 2 * n);
                let i = f3 as usize;
                assert_eq!(pairs[2 * i], num, "object stream index of {num}");
                let start = first + pairs[2 * i + 1];
                let end = if i + 1 < n { first + pairs[2 * i + 3] } else { s.len() };
                objects.insert(num as u32, s[start..end].strip_suffix(b"\n").unwrap().to_vec());
            }
            _ => panic!("bad xref row type {t}"),
        }
    }
    objects
}

const TRICKY: &[(u32, &[u8])] = &[
    (1, b"<</Type/Catalog/Pages 2 0 R/S (a string with endobj and \\) and (nested) parens)>>"),
    (2, b"<</Type/Pages/Count 0/Kids[]/Hex <656e646f626a>>>"),
    (3, b"<</Length 23>>\nstream\nendstream endobj inside\nendstream"),
    (4, b"<</Length 6 0 R/Filter/FlateDecode>>\nstream\r\nabc\nendstream"),
    (6, b"3"),
    (7, b"5 0 R"),
    (8, b"[1 2 0 R /N% a comment\n(x)]"),
];

#[test]
fn every_object_comes_back_with_its_bytes() {
    let input = classic(TRICKY, "/Info 2 0 R");
    let out = compact(&input).unwrap();
    let back = read_back(&out);
    assert_eq!(&back[&1], TRICKY[0].1);
    assert_eq!(&back[&2], TRICKY[1].1);
    assert_eq!(back[&3], b"<</Length 23>>\nstream\nendstream endobj inside\nendstream");
    // `stream\r\n` becomes `stream\n`; the data keeps its bytes.
    assert_eq!(back[&4], b"<</Length 6 0 R/Filter/FlateDecode>>\nstream\nabc\nendstream");
    assert_eq!(back[&6], b"3");
    assert_eq!(back[&7], b"5 0 R");
    assert_eq!(&back[&8], TRICKY[6].1);
    assert!(!back.contains_key(&5), "a free object stays free");
    let xref_dict = &out[out.windows(10).rposition(|w| w == b"/Type/XRef").unwrap()..];
    assert!(xref_dict.starts_with(b"/Type/XRef/Size 11/W[1 2 2]/Root 1 0 R/Info 2 0 R/ID[(a)(b)]"));
    assert!(out.starts_with(b"%PDF-1.7\n%\x80\x80\x80\x80\n"));
}

#[test]
fn a_bare_reference_and_streams_stay_outside_object_streams() {
    let out = compact(&classic(TRICKY, "")).unwrap();
    for plain in ["3 0 obj\n", "4 0 obj\n", "7 0 obj\n5 0 R\nendobj"] {
        assert!(out.windows(plain.len()).any(|w| w == plain.as_bytes()), "{plain:?} is not a plain object");
    }
    for packed in ["1 0 obj", "2 0 obj", "6 0 obj", "8 0 obj"] {
        assert!(!out.windows(packed.len()).any(|w| w == packed.as_bytes()), "{packed:?} is not packed");
    }
}

#[test]
fn many_objects_fill_several_object_streams() {
    let bodies: Vec<Vec<u8>> = (1..=450).map(|n| format!("<</N {n}/Next {} 0 R>>", n + 1).into_bytes()).collect();
    let objects: Vec<(u32, &[u8])> = bodies.iter().enumerate().map(|(i, b)| (i as u32 + 1, b.as_slice())).collect();
    let out = compact(&classic(&objects, "")).unwrap();
    let back = read_back(&out);
    for (num, body) in &objects {
        assert_eq!(&back[num], body);
    }
    let stm = out.windows(12).filter(|w| w == b"/Type/ObjStm").count();
    assert_eq!(stm, 450usize.div_ceil(super::PER_STREAM));
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let input = classic(TRICKY, "");
    assert_eq!(compact(&input).unwrap(), compact(&input).unwrap());
}

#[test]
fn what_typst_does_not_write_is_refused() {
    let ok = classic(TRICKY, "");
    assert!(compact(&ok).is_ok());
    for (extra, why) in [("/Prev 10", "/Prev"), ("/Encrypt 2 0 R", "/Encrypt")] {
        let e = compact(&classic(TRICKY, extra)).unwrap_err();
        assert!(e.contains(why), "{e}");
    }
    // Already compact: an xref stream is not read as a table.
    let e = compact(&compact(&ok).unwrap()).unwrap_err();
    assert!(e.contains("classic xref"), "{e}");
    let mut old = ok.clone();
    old[7] = b'4';
    assert!(compact(&old).unwrap_err().contains("1.5"));
    let mut generation = ok.clone();
    let at = generation.windows(7).position(|w| w == b"00000 n").unwrap();
    generation[at + 4] = b'1';
    assert!(compact(&generation).unwrap_err().contains("generation"));
    let mut short = ok.clone();
    let at = short.windows(10).position(|w| w == b"/Length 23").unwrap();
    short[at + 9] = b'9';
    assert!(compact(&short).unwrap_err().contains("endstream"));
}
