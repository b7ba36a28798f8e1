//! Checks on the pages of a rendered PDF as a reader sees them: the page numbers printed in
//! Daftar Isi, Daftar Tabel and Daftar Gambar point at the pages that hold those headings,
//! tables and figures, and no page ends with a caption or label cut off from what it introduces.

use std::collections::BTreeMap;
use std::process::Command;

/// Typst sets U+2060 WORD JOINER before each page number of an outline entry.
const BEFORE_PAGE: char = '\u{2060}';

/// One page as pdftotext reads it: the page number its footer shows, and the rest of its text
/// (running header, footer and the draft watermark's letters left out), whitespace-normalised.
pub struct Page {
    pub label: Option<String>,
    pub body: String,
}

/// The pages of a PDF (pdftotext `-raw`: a line per baseline, in content order).
pub fn pages(pdf: &[u8]) -> Vec<Page> {
    let mut f = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    std::io::Write::write_all(&mut f, pdf).unwrap();
    let out =
        Command::new("pdftotext").args(["-raw", "-enc", "UTF-8"]).arg(f.path()).arg("-").output().unwrap_or_else(|e| {
            panic!("required tool `pdftotext` is not available ({e}); install poppler-utils, see .ci/run")
        });
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("pdftotext output is UTF-8");
    text.split('\u{c}').map(page).collect()
}

fn page(raw: &str) -> Page {
    let mut label = None;
    let mut body = Vec::new();
    for (i, line) in raw.lines().enumerate() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let footer = line.starts_with("Draf — bukan dokumen final") || (words.len() == 3 && words[0] == "Revisi");
        if footer {
            label = words.last().map(|w| w.to_string());
        } else if (i == 0 && line.starts_with("LKjIP Tahun")) || (words.len() == 1 && "DRAF".contains(words[0])) {
            // running header; a letter of the diagonal watermark
        } else {
            body.extend(words);
        }
    }
    Page { label, body: body.join(" ") }
}

/// Outline entries (title, printed page number), from the pages that hold outlines.
pub fn outline_entries(pages: &[Page]) -> Vec<(String, String)> {
    let outlines =
        pages.iter().filter(|p| p.body.contains(BEFORE_PAGE)).map(|p| p.body.as_str()).collect::<Vec<_>>().join(" ");
    let mut entries = Vec::new();
    let mut segments = outlines.split(BEFORE_PAGE);
    let mut previous = segments.next().unwrap_or("").to_string();
    for segment in segments {
        let (number, rest) = segment.trim_start().split_once(' ').unwrap_or((segment.trim(), ""));
        // The entry is what follows the previous number or the outline's title, without the dot
        // leaders.
        let mut title = previous.as_str();
        for heading in ["DAFTAR ISI ", "DAFTAR TABEL ", "DAFTAR GAMBAR "] {
            title = title.rsplit(heading).next().unwrap();
        }
        entries.push((title.trim_end_matches([' ', '.']).trim().to_string(), number.to_string()));
        previous = rest.to_string();
    }
    entries
}

/// Page number shown in the footer → page index; the numbers must be unique.
fn pages_by_label(pages: &[Page]) -> BTreeMap<&str, usize> {
    let mut by_label = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        if let Some(label) = &p.label {
            assert!(by_label.insert(label.as_str(), i).is_none(), "two pages show page number {label}");
        }
    }
    by_label
}

/// Assert every outline entry points at the page holding it; returns how many were checked.
pub fn assert_outlines_point_at_their_pages(pdf: &[u8]) -> usize {
    let pages = pages(pdf);
    let by_label = pages_by_label(&pages);
    let entries = outline_entries(&pages);
    assert!(entries.len() >= 10, "too few outline entries found: {entries:?}");
    for (title, number) in &entries {
        let &i = by_label
            .get(number.as_str())
            .unwrap_or_else(|| panic!("outline entry {title:?} names page {number}, which no page shows"));
        // The first words identify the entry ("BAB II Perencanaan", "Tabel 3.1 Capaian", "A. Latar").
        let key = title.split(' ').take(3).collect::<Vec<_>>().join(" ").to_uppercase();
        let body = pages[i].body.to_uppercase();
        assert!(
            body.contains(&key),
            "outline entry {title:?} names page {number}, but that page does not hold {key:?}:\n{}",
            pages[i].body
        );
    }
    entries.len()
}

/// Assert no page ends with something that introduces what follows: a table's caption (captions
/// sit above their tables), one of the layout's labels ("Faktor pendukung:", …), or any other
/// line ending in a colon ("… sebagai berikut :") unless the table it introduces starts the next
/// page. Returns how many tables were checked.
pub fn assert_no_lead_in_ends_a_page(pdf: &[u8]) -> usize {
    let pages = pages(pdf);
    let tables: Vec<String> =
        outline_entries(&pages).into_iter().map(|(t, _)| t).filter(|t| t.starts_with("Tabel ")).collect();
    assert!(!tables.is_empty(), "no tables in Daftar Tabel");
    const LABELS: [&str; 4] =
        ["Faktor pendukung:", "Faktor penghambat:", "Rekomendasi dan solusi perbaikan:", "didukung oleh program:"];
    for (i, p) in pages.iter().enumerate().filter(|(_, p)| !p.body.contains(BEFORE_PAGE)) {
        for t in &tables {
            assert!(!p.body.ends_with(t.as_str()), "the caption {t:?} ends page {:?}, away from its table", p.label);
        }
        for l in LABELS {
            assert!(!p.body.ends_with(l), "{l:?} ends page {:?}, away from what it introduces", p.label);
        }
        // A table on a landscape page of its own necessarily starts the next page.
        let table_follows = pages.get(i + 1).is_some_and(|n| tables.iter().any(|t| n.body.starts_with(t.as_str())));
        let tail: String = p.body.chars().rev().take(60).collect::<Vec<_>>().into_iter().rev().collect();
        assert!(
            !p.body.ends_with(':') || table_follows,
            "page {:?} ends with a lead-in, away from what it introduces: …{tail}",
            p.label
        );
        // "Dokumentasi Program dan Kegiatan Sasaran 3", then the photos.
        if let Some(i) = p.body.rfind("Dokumentasi Program dan Kegiatan") {
            let after = p.body[i..].split(' ').count() - 4;
            assert!(after > 2, "the photo heading ends page {:?}, away from its photos", p.label);
        }
    }
    tables.len()
}
