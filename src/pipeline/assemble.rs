//! From a checked report to everything a render needs: Typst data, images, source, ident.
//! Shared by `build`, `release`, `watch` and `reproduce`.

use std::collections::BTreeMap;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::prepare::{Checked, Prepared, prepare};
use crate::diag::{Problem, Problems, Severity};
use crate::messages::Msg;
use crate::model::walk;
use crate::present;
use crate::render::{self, Mode, RenderInput, TypstData};
use crate::show::{self, Ui};

/// What a render of one report reads, owned.
pub struct Assembled {
    pub data: TypstData,
    pub file_name: String,
    pub yaml: Vec<u8>,
    /// The images as the PDF embeds them (resampled, re-encoded, without metadata).
    pub assets: BTreeMap<String, Vec<u8>>,
    /// The images as found in the report's folder, untouched: what the archive keeps.
    pub originals: BTreeMap<String, Vec<u8>>,
    pub ident: String,
    pub date: (i32, u8, u8),
}

impl Assembled {
    pub fn input(&self, mode: Mode) -> RenderInput<'_> {
        RenderInput {
            data: &self.data,
            source_yaml: (&self.file_name, &self.yaml),
            assets: self.assets.clone(),
            mode,
            ident: self.ident.clone(),
            date: self.date,
        }
    }
}

/// Check what only rendering can judge (characters the fonts lack, images that cannot be
/// read) by YAML field, then build the render's inputs. `Err(problems)` names fields.
pub fn assemble(p: &Prepared) -> anyhow::Result<Result<Assembled, Problems>> {
    let file = p.source.path.display().to_string();
    let mut problems = Vec::new();
    for (path, text) in walk::strings(&p.report.doc) {
        let missing = render::unsupported_chars(&text);
        if !missing.is_empty() {
            let list: Vec<String> = missing.iter().map(|c| format!("`{c}` (U+{:04X})", *c as u32)).collect();
            problems.push(
                Problem::said(Severity::Error, path, Msg::Glyphs { list: list.join(", ") })
                    .with_hint_said(Msg::ReplaceChars),
            );
        }
    }
    let dir = p.source.path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut originals = BTreeMap::new();
    let mut field = BTreeMap::new();
    for (path, name) in walk::files(&p.report.doc) {
        match super::build::load_assets(dir, [name.as_str()]) {
            Ok(a) => {
                originals.extend(a);
                field.entry(name).or_insert(path);
            }
            Err(e) => problems.push(Problem::error(path, format!("{e:#}"))),
        }
    }
    if !problems.is_empty() {
        return Ok(Err(Problems::new(file, problems, || p.source.positions())));
    }
    let data = present::typst_data(&p.report, &p.computed)?;
    pdf_strings(&p.report.doc, &data, &mut problems);
    let ppi = p.report.doc.dokumen.ppi.unwrap_or(render::resample::DEFAULT_PPI);
    let mut assets = BTreeMap::new();
    for (name, target) in render::resample::targets(&data, ppi) {
        let Some(original) = originals.get(&name) else { continue };
        match render::prepare_image(original, target) {
            Ok(placed) => drop(assets.insert(name, placed)),
            Err(e) => problems.push(Problem::error(field[&name].clone(), format!("image {name:?}: {e}"))),
        }
    }
    if !problems.is_empty() {
        return Ok(Err(Problems::new(file, problems, || p.source.positions())));
    }
    let yaml = p.source.text.clone().into_bytes();
    let mut h = Sha256::new();
    h.update(&yaml);
    for (name, bytes) in &originals {
        h.update(name.as_bytes());
        h.update(Sha256::digest(bytes));
    }
    let ident = format!("lkjip-{:x}", h.finalize());
    let t = p.report.tanggal;
    let file_name =
        p.source.path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_else(|| "lkjip.yaml".into());
    Ok(Ok(Assembled { data, file_name, yaml, assets, originals, ident, date: (t.tahun as i32, t.bulan, t.hari) }))
}

/// What the PDF export would refuse for PDF/A's string limit: a chart's alternative text that
/// lists every indicator, or every unit of the organisation chart.
fn pdf_strings(doc: &crate::input::types::Lkjip, data: &render::TypstData, problems: &mut Vec<Problem>) {
    use crate::input::msg::InputMsg;
    use render::pdf_limits::{MAX_PDF_STRING, bagan_alt_bytes, long_alt_texts};
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
}

/// Read, check and assemble a report for rendering: the report, or the problems that
/// stop it (as shown to a person, with their source lines) and their counts.
pub fn load_or_problems(path: &Path, ui: &Ui) -> anyhow::Result<Result<(Box<Prepared>, Assembled), Stopped>> {
    let shown = |problems: &Problems| Stopped {
        text: show::problems(problems, std::fs::read_to_string(path).ok().as_deref(), ui),
        errors: problems.count(Severity::Error),
        warnings: problems.count(Severity::Warning),
    };
    let prepared = match prepare(path)? {
        Checked::Valid(p) => p,
        Checked::Invalid(problems) => return Ok(Err(shown(&problems))),
    };
    if !prepared.warnings.problems.is_empty() {
        eprint!("{}", shown(&prepared.warnings).text);
    }
    Ok(match assemble(&prepared)? {
        Ok(a) => Ok((prepared, a)),
        Err(problems) => Err(shown(&problems)),
    })
}

/// Problems that stop a render, ready to print.
pub struct Stopped {
    pub text: String,
    pub errors: usize,
    pub warnings: usize,
}

/// [`load_or_problems`] for one-shot commands: problems are printed with `nothing` saying
/// what was therefore not done, and `None` returned.
pub fn load(path: &Path, nothing: &str, ui: &Ui) -> anyhow::Result<Option<(Box<Prepared>, Assembled)>> {
    Ok(match load_or_problems(path, ui)? {
        Ok(ready) => Some(ready),
        Err(stopped) => {
            eprint!("{}", stopped.text);
            eprintln!("{nothing}: {} has errors", path.display());
            None
        }
    })
}
