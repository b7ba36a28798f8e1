//! The compact PDF: Typst's file rewritten with compressed object streams and a cross-reference
//! stream (PDF 1.5, allowed by PDF/A-2 and -3), about 0,4x the size.
//!
//! Half of Typst's file for a report is the PDF/UA structure tree, written as thousands of small
//! uncompressed objects, and a classic xref table of 20 bytes per object. Here every object that
//! may go into an object stream (not a stream, generation 0, not a bare reference) is packed,
//! [`PER_STREAM`] to a stream, in object-number order, deflated; streams are kept byte for byte;
//! the xref is a deflated stream with the PNG-Up predictor. Object numbers, bodies and stream
//! bytes stay exactly as Typst wrote them (no value is re-serialised), so structure tree, pages
//! and metadata are the same objects. The output has a newline before every `endstream` (PDF/A),
//! ends with `%%EOF\n`, and depends only on the input bytes: the same input, the same output.

mod parse;

use std::fmt::Write as _;
use std::io::Write as _;

/// How many objects go into one object stream. More compress better; a reader decompresses a
/// whole stream to reach one object of it. 200: 0,42x of Typst's size on the reference report.
pub const PER_STREAM: usize = 200;

/// The deflate level of object streams and the xref stream. miniz_oxide is used directly (not
/// through flate2, whose backend follows the features other crates enable): the same bytes in
/// the binary, the tests and the benchmarks.
const LEVEL: u8 = 6;

/// One row of the cross-reference stream: type, field 2, field 3.
type Row = (u8, u64, u64);

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, LEVEL)
}

/// Appends `num 0 obj <dict> stream … endstream endobj`, with a newline on both sides of the data.
fn put_stream(out: &mut Vec<u8>, num: u32, dict: &[u8], data: &[u8]) {
    writeln!(out, "{num} 0 obj").expect("to a Vec");
    out.extend_from_slice(dict);
    out.extend_from_slice(b"\nstream\n");
    out.extend_from_slice(data);
    out.extend_from_slice(b"\nendstream\nendobj\n");
}

/// The number of bytes needed to write `n` big-endian.
fn width(n: u64) -> usize {
    (1..8).find(|&w| n < 1 << (8 * w)).unwrap_or(8)
}

/// Rewrites Typst's PDF with object streams and an xref stream; `Err` says why the input is not
/// of the shape Typst writes (then nothing is written).
pub fn compact(pdf: &[u8]) -> Result<Vec<u8>, String> {
    let p = parse::parse(pdf)?;
    let mut out = Vec::with_capacity(pdf.len() / 2);
    out.extend_from_slice(&pdf[p.header.clone()]);
    let (packed, plain): (Vec<_>, Vec<_>) =
        p.objects.values().partition(|o| o.stream.is_none() && !parse::is_reference(pdf, &o.body));
    let streams = packed.len().div_ceil(PER_STREAM) as u32;
    let xref_num = p.size + streams;
    let mut rows: Vec<Row> = vec![(0, 0, 0); xref_num as usize + 1];
    rows[0] = (0, 0, 65535);

    for o in plain {
        rows[o.num as usize] = (1, out.len() as u64, 0);
        match &o.stream {
            Some(data) => put_stream(&mut out, o.num, &pdf[o.body.clone()], &pdf[data.clone()]),
            None => {
                writeln!(out, "{} 0 obj", o.num).expect("to a Vec");
                out.extend_from_slice(&pdf[o.body.clone()]);
                out.extend_from_slice(b"\nendobj\n");
            }
        }
    }
    for (k, chunk) in packed.chunks(PER_STREAM).enumerate() {
        let num = p.size + k as u32;
        let (mut head, mut bodies) = (String::new(), Vec::new());
        for (i, o) in chunk.iter().enumerate() {
            write!(head, "{} {} ", o.num, bodies.len()).expect("to a String");
            bodies.extend_from_slice(&pdf[o.body.clone()]);
            bodies.push(b'\n');
            rows[o.num as usize] = (2, u64::from(num), i as u64);
        }
        head.pop();
        head.push('\n');
        let mut data = head.into_bytes();
        let first = data.len();
        data.extend_from_slice(&bodies);
        let z = deflate(&data);
        let dict = format!("<</Type/ObjStm/N {}/First {first}/Filter/FlateDecode/Length {}>>", chunk.len(), z.len());
        rows[num as usize] = (1, out.len() as u64, 0);
        put_stream(&mut out, num, dict.as_bytes(), &z);
    }

    let xref_at = out.len() as u64;
    rows[xref_num as usize] = (1, xref_at, 0);
    let w2 = width(rows.iter().map(|r| r.1).max().unwrap_or(0));
    let w3 = width(rows.iter().map(|r| r.2).max().unwrap_or(0));
    let columns = 1 + w2 + w3;
    // PNG Up: each row is filter byte 2 and the byte-wise difference to the row above.
    let mut table = Vec::with_capacity(rows.len() * (columns + 1));
    let mut above = vec![0u8; columns];
    for &(t, f2, f3) in &rows {
        let mut row = vec![t];
        row.extend_from_slice(&f2.to_be_bytes()[8 - w2..]);
        row.extend_from_slice(&f3.to_be_bytes()[8 - w3..]);
        table.push(2);
        table.extend(row.iter().zip(&above).map(|(b, a)| b.wrapping_sub(*a)));
        above = row;
    }
    let z = deflate(&table);
    let mut dict = format!("<</Type/XRef/Size {}/W[1 {w2} {w3}]", xref_num + 1).into_bytes();
    dict.extend_from_slice(b"/Root ");
    dict.extend_from_slice(&pdf[p.root.clone()]);
    if let Some(info) = &p.info {
        dict.extend_from_slice(b"/Info ");
        dict.extend_from_slice(&pdf[info.clone()]);
    }
    dict.extend_from_slice(b"/ID");
    dict.extend_from_slice(&pdf[p.id.clone()]);
    write!(dict, "/Filter/FlateDecode/DecodeParms<</Columns {columns}/Predictor 12>>/Length {}>>", z.len())
        .expect("to a Vec");
    put_stream(&mut out, xref_num, &dict, &z);
    write!(out, "startxref\n{xref_at}\n%%EOF\n").expect("to a Vec");
    Ok(out)
}

#[cfg(test)]
mod tests;
