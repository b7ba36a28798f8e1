//! The count and size limits of a parsed report ([`crate::input::limits`]), as problems
//! naming the field: checked before anything is computed or laid out.

use std::collections::HashSet;

use super::walk;
use crate::diag::{Problem, Severity};
use crate::input::limits::{
    MAX_IMAGES, MAX_INDIKATOR, MAX_KEGIATAN, MAX_PAGES, MAX_PROGRAM, MAX_SHORT_TEXT_BYTES, MAX_UNIT,
};
use crate::input::types::{Lkjip, Unit};
use crate::messages::Msg;
use crate::messages::input::InputMsg;
use crate::narrative::{self, Blok, Piece};

/// Characters a line of body text holds at the least (A4 or F4 at the layouts' size holds
/// about 90; tables' narrow columns fewer, which the lines per row below allow for).
const CHARS_PER_LINE: u64 = 60;
/// Lines of body text on a page, at the most (the layouts fit about 45, with headings fewer).
const LINES_PER_PAGE: u64 = 40;
/// Pages of a report with little in it: cover, statements, contents, the fixed tables.
const FIXED_PAGES: u64 = 25;
/// Lines one indicator takes in all the tables and charts that list it (PK, IKU, Tabel 3.x,
/// the comparisons, the trend and the analysis of its sasaran).
const LINES_PER_INDIKATOR: u64 = 14;
/// Lines one activity takes (its rows in the budget tables and in its sasaran's analysis).
const LINES_PER_KEGIATAN: u64 = 4;
/// Lines one image takes: a photo is printed 76 mm wide, two side by side.
const LINES_PER_IMAGE: u64 = 10;
/// Lines a block placeholder (`{{…}}`) places: a generated table or list.
const LINES_PER_SISIPAN: u64 = 10;

/// Lines narrative blocks take at the least: every paragraph and list item starts a line and
/// has the space of one after it.
fn block_lines(blocks: &[Blok<Piece>]) -> u64 {
    let chars = |isi: &[Piece]| -> u64 {
        isi.iter()
            .map(|p| match p {
                Piece::Text { teks, .. } => teks.chars().count(),
                Piece::Ref { key, .. } => key.len(),
            })
            .fold(0, usize::saturating_add) as u64
    };
    blocks
        .iter()
        .map(|b| match b {
            Blok::Paragraf { isi } => (chars(isi) / CHARS_PER_LINE).saturating_add(2),
            Blok::Daftar { butir } => butir.iter().map(|x| block_lines(&x.isi).max(1)).fold(0, u64::saturating_add),
            Blok::Sisipan { .. } => LINES_PER_SISIPAN,
        })
        .fold(0, u64::saturating_add)
}

/// Pages a number of lines fills.
fn pages_of(lines: u64) -> u64 {
    lines.div_ceil(LINES_PER_PAGE)
}

/// The pages the report will be laid out to, estimated high from what fills them, and the text
/// that makes the most of them (its path and its pages). Cheap: no layout.
pub(crate) fn pages(doc: &Lkjip, indikator: usize) -> (u64, Option<(String, u64)>) {
    let mut lines: u64 = 0;
    let mut largest: Option<(String, u64)> = None;
    let texts = walk::narratives(doc).into_iter().map(|(p, t)| (p, block_lines(&narrative::parse(&t))));
    let plain = walk::plain_texts(doc)
        .into_iter()
        .map(|(p, t)| (p, (t.chars().count() as u64 / CHARS_PER_LINE).saturating_add(1)));
    for (path, own) in texts.chain(plain) {
        lines = lines.saturating_add(own);
        if largest.as_ref().is_none_or(|(_, l)| own > *l) {
            largest = Some((path, own));
        }
    }
    let kegiatan = doc.program.iter().map(|p| p.kegiatan.len().saturating_add(1)).fold(0, usize::saturating_add);
    let counted =
        [(indikator, LINES_PER_INDIKATOR), (kegiatan, LINES_PER_KEGIATAN), (walk::files(doc).len(), LINES_PER_IMAGE)];
    for (n, each) in counted {
        lines = lines.saturating_add((n as u64).saturating_mul(each));
    }
    (FIXED_PAGES.saturating_add(pages_of(lines)), largest.map(|(p, l)| (p, pages_of(l))))
}

fn too_many(path: &str, what: &'static str, count: usize, limit: usize, problems: &mut Vec<Problem>) {
    if count > limit {
        problems.push(Problem::said(Severity::Error, path, Msg::Input(InputMsg::TooMany { what, count, limit })));
    }
}

/// Units of an organisation chart, the head included (its depth is bounded by the scan).
fn units(u: &Unit) -> usize {
    u.bawahan.iter().map(units).fold(1, usize::saturating_add)
}

/// Every count over its limit, and every short text (not narrative) over its length.
pub(super) fn check(doc: &Lkjip, indikator: usize, problems: &mut Vec<Problem>) {
    too_many("perencanaan.tujuan", "indicators", indikator, MAX_INDIKATOR, problems);
    too_many("program", "programs", doc.program.len(), MAX_PROGRAM, problems);
    // a sub kegiatan is an activity too
    let kegiatan = doc
        .program
        .iter()
        .flat_map(|p| &p.kegiatan)
        .map(|k| k.sub_kegiatan.len().saturating_add(1))
        .fold(0, usize::saturating_add);
    too_many("program", "activities", kegiatan, MAX_KEGIATAN, problems);
    let bagan = "pendahuluan.struktur_organisasi.bagan";
    too_many(bagan, "units", units(&doc.pendahuluan.struktur_organisasi.bagan), MAX_UNIT, problems);
    too_many("akuntabilitas.analisis_sasaran", "images", walk::files(doc).len(), MAX_IMAGES, problems);
    let narrative: HashSet<String> = walk::narratives(doc).into_iter().map(|(path, _)| path).collect();
    for (path, text) in walk::strings(doc) {
        if text.len() > MAX_SHORT_TEXT_BYTES && !narrative.contains(&path) {
            let msg = InputMsg::TextTooLong { bytes: text.len(), limit: MAX_SHORT_TEXT_BYTES };
            problems.push(Problem::said(Severity::Error, path, Msg::Input(msg)));
        }
    }
    let (estimate, largest) = pages(doc, indikator);
    if estimate > MAX_PAGES {
        let (path, own) = largest.unwrap_or_default();
        let msg = InputMsg::TooManyPages { pages: estimate, own, limit: MAX_PAGES };
        problems.push(Problem::said(Severity::Error, path, Msg::Input(msg)));
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::input::limits::MAX_PAGES;

    fn estimate(file: &str) -> (u64, Option<(String, u64)>) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let doc = crate::input::read(&path).unwrap().unwrap().parse().unwrap();
        let indikator = doc
            .perencanaan
            .tujuan
            .iter()
            .map(|t| t.indikator.len() + t.sasaran.iter().map(|s| s.indikator.len()).sum::<usize>())
            .sum();
        super::pages(&doc, indikator)
    }

    /// The estimate errs high, but not by much: the reference report is laid out to 48 pages.
    #[test]
    fn the_page_estimate_of_the_reference_is_above_its_pages_and_within_twice() {
        let (pages, largest) = estimate("data/pekalongan-2021/lkjip.yaml");
        assert!((48..=96).contains(&pages), "estimated {pages} pages");
        assert!(pages < MAX_PAGES / 10, "the reference must be far below the limit");
        assert!(largest.is_some_and(|(_, own)| own < 10));
    }
}
