//! The fonts every PDF uses: Liberation Sans (4 faces) compiled into the binary, nothing else.
//!
//! No system fonts are scanned (the output must not depend on the host), and no typst-assets
//! fonts are loaded: every layout sets Liberation Sans, so user text is shown with exactly these
//! four faces, and [`unsupported_chars`] can tell beforehand what they cannot show.

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

static FACES: [&[u8]; 4] = [
    include_bytes!("../../fonts/LiberationSans-Regular.ttf"),
    include_bytes!("../../fonts/LiberationSans-Bold.ttf"),
    include_bytes!("../../fonts/LiberationSans-Italic.ttf"),
    include_bytes!("../../fonts/LiberationSans-BoldItalic.ttf"),
];

/// The parsed faces and their book, built once per process.
pub(crate) struct Fonts {
    pub book: LazyHash<FontBook>,
    pub fonts: Vec<Font>,
}

pub(crate) static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FACES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
    assert_eq!(fonts.len(), FACES.len(), "every embedded font file holds exactly one face");
    Fonts { book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
});

/// Characters of `text` that the embedded fonts cannot show, each once, in order of appearance.
///
/// The regular face decides (the other three cover the same repertoire). Line breaks and tabs
/// are layout, not glyphs, and are never reported. Under PDF/A such a character would be a hard
/// export error pointing into the layout, so the command layer reports it by YAML field first.
pub fn unsupported_chars(text: &str) -> Vec<char> {
    let coverage = &FONTS.fonts[0].info().coverage;
    let mut missing = Vec::new();
    for c in text.chars() {
        if matches!(c, '\n' | '\r' | '\t') || missing.contains(&c) {
            continue;
        }
        if !coverage.contains(c as u32) {
            missing.push(c);
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_text_and_symbols_are_covered() {
        assert!(unsupported_chars("Rp 12.644.738.000 — 71,18 % ≥ 100 % • Σ ÷ × “kutip” US$").is_empty());
    }

    #[test]
    fn emoji_and_cjk_are_reported_once() {
        assert_eq!(unsupported_chars("a😀b😀c漢"), vec!['😀', '漢']);
    }
}
