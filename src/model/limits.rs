//! The count and size limits of a parsed report ([`crate::input::limits`]), as problems
//! naming the field: checked before anything is computed or laid out.

use std::collections::HashSet;

use super::walk;
use crate::diag::{Problem, Severity};
use crate::input::limits::{MAX_IMAGES, MAX_INDIKATOR, MAX_KEGIATAN, MAX_PROGRAM, MAX_SHORT_TEXT_BYTES, MAX_UNIT};
use crate::input::msg::InputMsg;
use crate::input::types::{Lkjip, Unit};
use crate::messages::Msg;

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
    let kegiatan = doc.program.iter().map(|p| p.kegiatan.len()).fold(0, usize::saturating_add);
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
}
