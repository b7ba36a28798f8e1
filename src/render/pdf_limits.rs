//! PDF/A's implementation limits on what the document writes from the report's data: a PDF
//! string (the alternative text of a chart, which lists every indicator) has at most 32 767
//! bytes. Checked on the Typst data before any layout, so `check` finds what the PDF export
//! would refuse ("a PDF string is longer than 32767 characters", with no field).

use super::data::TypstData;

/// PDF/A's longest string, in bytes (ISO 19005, after PDF 1.7 Annex C).
pub const MAX_PDF_STRING: usize = 32_767;

/// The most bytes `s` takes as a PDF text string: UTF-16BE with its byte-order mark (the
/// export uses one byte a character when it can; this bound never says less).
pub fn pdf_string_bytes(s: &str) -> usize {
    s.encode_utf16().count().saturating_mul(2).saturating_add(2)
}

/// The alternative text the layouts give the organisation chart (laporan's `grafik.typ`:
/// "Bagan struktur organisasi: " and every unit's name, joined by "; ").
pub fn bagan_alt_bytes(names: &[&str]) -> usize {
    pdf_string_bytes(&format!("Bagan struktur organisasi: {}", names.join("; ")))
}

/// Every `alt` text of `data` longer than a PDF string may be: its place in the data and its
/// size in bytes.
pub fn long_alt_texts(data: &TypstData) -> Vec<(String, usize)> {
    fn go(v: &serde_json::Value, path: &str, out: &mut Vec<(String, usize)>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    let p = format!("{path}.{k}");
                    match (k.as_str(), x) {
                        ("alt", serde_json::Value::String(s)) if pdf_string_bytes(s) > MAX_PDF_STRING => {
                            out.push((p, pdf_string_bytes(s)))
                        }
                        _ => go(x, &p, out),
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| go(x, &format!("{path}[{i}]"), out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(v) = serde_json::to_value(data) {
        go(&v, "", &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_sizes_are_an_upper_bound() {
        assert_eq!(pdf_string_bytes("ab"), 6);
        assert_eq!(pdf_string_bytes("😀"), 6);
        assert!(bagan_alt_bytes(&["Kepala"; 3000]) > MAX_PDF_STRING);
        assert!(bagan_alt_bytes(&["Kepala Dinas"; 100]) < MAX_PDF_STRING);
    }
}
