//! The limits of what lkjip reads, each with its reason: checked before the work they guard.
//!
//! Each is generous for any real report (ten times the largest one imaginable; the reference
//! report of Pekalongan 2021 has 74 KB of YAML, 6 indicators, 11 programs, texts of at most
//! 2.7 KB, nesting 9 deep) and far below what exhausts a 2 GB office PC. `docs/yaml.md` lists
//! them; a test there keeps the two in step.

/// The YAML file. A page of narrative is about 3 KB; 4 MiB is well over a thousand pages,
/// and typesetting costs roughly 200 bytes of memory per byte of text (a 50 MB text needs 10 GB).
pub const MAX_YAML_BYTES: u64 = 4 * 1024 * 1024;

/// One text (any scalar): a narrative of 64 KiB is some twenty pages under one heading.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// One short text (a name, a unit, a caption: anything that is not narrative). Short texts
/// also become PDF strings (outline entries, alternative text, metadata), which PDF/A caps
/// at 32 767 bytes; 2 000 bytes stay far below that even in UTF-16 and in combination.
pub const MAX_SHORT_TEXT_BYTES: usize = 2_000;

/// Nesting of mappings and lists. A report is 9 deep (a deep organisation chart adds two
/// levels per level); serde_yaml refuses more than 128, and the checks must refuse first.
pub const MAX_DEPTH: usize = 100;

/// Aliases (`*name`). Reports hardly use them; each use copies what it names.
pub const MAX_ALIASES: usize = 1_000;

/// The document with every alias expanded (a billion-laughs or alias bomb expands a small
/// file into gigabytes): twice the largest file.
pub const MAX_EXPANDED_BYTES: u64 = 2 * MAX_YAML_BYTES;

/// Items of one list (indicators of a sasaran, activities of a program, laws, factors…).
pub const MAX_LIST_ITEMS: usize = 1_000;

/// Indicators in the whole report: each adds rows to several tables and a line to the PK.
pub const MAX_INDIKATOR: usize = 500;

/// Programs in the whole report.
pub const MAX_PROGRAM: usize = 200;

/// Activities (kegiatan) in the whole report.
pub const MAX_KEGIATAN: usize = 2_000;

/// Units of the organisation chart (`bagan`), drawn on one page.
pub const MAX_UNIT: usize = 200;

/// Images named in the report (logo and photos).
pub const MAX_IMAGES: usize = 200;

/// One image file: a phone photo is 3–8 MB.
pub const MAX_IMAGE_BYTES: u64 = 32 * 1024 * 1024;

/// Pixels of one image, read from its header before decoding: 50 megapixels (a 48 MP phone
/// camera) decode to 200 MB; a header claiming 65 500 × 65 500 would need 17 GB.
pub const MAX_IMAGE_PIXELS: u64 = 50_000_000;

/// Width or height of one image, in pixels.
pub const MAX_IMAGE_SIDE: u64 = 20_000;

/// Pages of the laid-out report: a large report has about 100. Typst holds the whole document
/// while it lays it out, about 0,5 MB a page of plain text and 1,5 MB a page of tables, so
/// 1 000 pages stay below a gigabyte or two. `check` refuses a report whose texts, rows and
/// images would make more (`model/limits.rs`: an estimate that errs high); `build`
/// counts the pages Typst laid out and refuses more before the PDF is written.
pub const MAX_PAGES: u64 = 1_000;

#[cfg(test)]
mod tests {
    /// docs/yaml.md lists every limit with its value: the two never drift apart.
    #[test]
    fn docs_list_every_limit_with_its_value() {
        let docs = include_str!("../../docs/yaml.md");
        let src = include_str!("limits.rs");
        let mut seen = 0;
        for line in src.lines() {
            let Some(rest) = line.strip_prefix("pub const ") else { continue };
            let name = rest.split(':').next().unwrap_or_default();
            let row = docs.lines().find(|l| l.starts_with(&format!("| `{name}` |"))).unwrap_or_else(|| {
                panic!("docs/yaml.md has no row for {name}");
            });
            let value: u64 = match name {
                "MAX_YAML_BYTES" => super::MAX_YAML_BYTES,
                "MAX_TEXT_BYTES" => super::MAX_TEXT_BYTES as u64,
                "MAX_SHORT_TEXT_BYTES" => super::MAX_SHORT_TEXT_BYTES as u64,
                "MAX_DEPTH" => super::MAX_DEPTH as u64,
                "MAX_ALIASES" => super::MAX_ALIASES as u64,
                "MAX_EXPANDED_BYTES" => super::MAX_EXPANDED_BYTES,
                "MAX_LIST_ITEMS" => super::MAX_LIST_ITEMS as u64,
                "MAX_INDIKATOR" => super::MAX_INDIKATOR as u64,
                "MAX_PROGRAM" => super::MAX_PROGRAM as u64,
                "MAX_KEGIATAN" => super::MAX_KEGIATAN as u64,
                "MAX_UNIT" => super::MAX_UNIT as u64,
                "MAX_IMAGES" => super::MAX_IMAGES as u64,
                "MAX_IMAGE_BYTES" => super::MAX_IMAGE_BYTES,
                "MAX_IMAGE_PIXELS" => super::MAX_IMAGE_PIXELS,
                "MAX_IMAGE_SIDE" => super::MAX_IMAGE_SIDE,
                "MAX_PAGES" => super::MAX_PAGES,
                other => panic!("the test does not know {other}: add it"),
            };
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let digits: String = cells[2].split(' ').next().unwrap_or_default().to_owned();
            let shown = match cells[2].split_once('(') {
                Some((_, bytes)) => bytes.split(' ').next().unwrap_or_default().to_owned(),
                None => digits,
            };
            assert_eq!(shown, value.to_string(), "docs/yaml.md shows {name} as {}", cells[2]);
            seen += 1;
        }
        assert_eq!(seen, 16);
    }
}
