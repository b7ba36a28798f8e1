//! The checks that join two stages: an achievement the scale has no band for (model + figures),
//! characters the embedded fonts lack (model + renderer), and strings longer than PDF/A allows
//! (Typst data + PDF export). Each names the YAML field.

use crate::compute::report::Computed;
use crate::diag::{Problem, Severity};
use crate::messages::Msg;
use crate::model::{Report, walk};
use crate::render;

/// A warning for each indicator whose achievement falls in no band of the scale.
pub fn no_band(report: &Report, computed: &Computed) -> Vec<Problem> {
    let mut problems = Vec::new();
    for i in &computed.indikator {
        if i.capaian.is_some() && i.kategori.is_none() {
            let r = &report.indikator[report.indikator_index(&i.id).expect("computed from the report")];
            problems.push(Problem::said(Severity::Warning, &r.path, Msg::NoBand));
        }
    }
    problems
}

/// An error for each text that has characters the embedded fonts cannot print.
pub fn glyphs(report: &Report) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (path, text) in walk::strings(&report.doc) {
        let missing = render::unsupported_chars(&text);
        if !missing.is_empty() {
            let list: Vec<String> = missing.iter().map(|c| format!("`{c}` (U+{:04X})", *c as u32)).collect();
            problems.push(
                Problem::said(Severity::Error, path, Msg::Glyphs { list: list.join(", ") })
                    .with_hint_said(Msg::ReplaceChars),
            );
        }
    }
    problems
}

/// What the PDF export would refuse for PDF/A's string limit: a chart's alternative text that
/// lists every indicator, or every unit of the organisation chart.
pub fn pdf_strings(doc: &crate::input::types::Lkjip, data: &render::TypstData) -> Vec<Problem> {
    use crate::messages::input::InputMsg;
    use render::pdf_limits::{MAX_PDF_STRING, bagan_alt_bytes, long_alt_texts};
    let mut problems = Vec::new();
    let too_long = |what: String, bytes: usize| Msg::Input(InputMsg::PdfString { what, bytes, limit: MAX_PDF_STRING });
    for (at, bytes) in long_alt_texts(data) {
        problems.push(Problem::said(Severity::Error, "perencanaan.tujuan", too_long(format!("`{at}`"), bytes)));
    }
    fn names<'a>(u: &'a crate::input::types::Unit, out: &mut Vec<&'a str>) {
        out.push(&u.nama);
        u.bawahan.iter().for_each(|b| names(b, out));
    }
    let mut all = Vec::new();
    names(&doc.pendahuluan.struktur_organisasi.bagan, &mut all);
    let bytes = bagan_alt_bytes(&all);
    if bytes > MAX_PDF_STRING {
        let path = "pendahuluan.struktur_organisasi.bagan";
        problems.push(Problem::said(Severity::Error, path, too_long("the organisation chart".into(), bytes)));
    }
    problems
}
