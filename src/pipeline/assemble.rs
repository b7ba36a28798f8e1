//! From a checked report to everything a render needs: Typst data, images, source, ident.

use crate::value::tanggal::Tanggal;
use std::collections::BTreeMap;
use std::path::Path;

use sha2::Digest;

use super::{Loaded, Prepared, Ready, Stopped, assets, checks};
use crate::archive::Sha256;
use crate::diag::{Problem, Problems};
use crate::present;
use crate::render::{self, Mode, RenderInput, TypstData};

/// What a render of one report reads, owned.
pub struct Assembled {
    pub data: TypstData,
    pub file_name: String,
    pub yaml: Vec<u8>,
    /// The images as the PDF embeds them (resampled, re-encoded, without metadata).
    pub assets: BTreeMap<String, Vec<u8>>,
    /// The images as found in the report's folder, untouched: what the archive keeps.
    pub originals: BTreeMap<String, Vec<u8>>,
    /// The SHA-256 and length of each of `originals`, computed once for the ident and kept for
    /// the archive's request (which then need not hash the photos again).
    pub original_digests: BTreeMap<String, (Sha256, u64)>,
    pub ident: String,
    pub date: Tanggal,
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

/// The folder a report's files are read from: its YAML's (`.` for a bare file name).
pub fn report_dir(yaml: &Path) -> &Path {
    yaml.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// Check what only rendering can judge (characters the fonts lack, images that cannot be
/// read or decoded) by YAML field, then build the render's inputs.
pub fn assemble(p: Prepared) -> anyhow::Result<Loaded> {
    let file = p.source.path.display().to_string();
    let stop = |p: Prepared, problems: Vec<Problem>| {
        let problems = Problems::new(file.clone(), problems, || p.source.positions());
        Ok(Loaded::Stopped(Box::new(Stopped { source: Some(p.source), problems, warnings: Some(p.warnings) })))
    };
    let mut problems = checks::glyphs(&p.report);
    let dir = report_dir(&p.source.path);
    let (originals, unreadable) = assets::originals(&p.report, dir);
    problems.extend(unreadable);
    if !problems.is_empty() {
        return stop(p, problems);
    }
    let data = present::typst_data(&p.report, &p.computed)?;
    let mut problems = checks::pdf_strings(&p.report.doc, &data);
    let ppi = p.report.doc.dokumen.ppi.unwrap_or(render::resample::DEFAULT_PPI);
    let (assets, undecodable) = assets::placed(&data, ppi, &originals);
    problems.extend(undecodable);
    if !problems.is_empty() {
        return stop(p, problems);
    }
    let yaml = p.source.text.clone().into_bytes();
    let original_digests: BTreeMap<String, (Sha256, u64)> =
        originals.files.iter().map(|(name, bytes)| (name.clone(), (Sha256::of(bytes), bytes.len() as u64))).collect();
    let mut h = sha2::Sha256::new();
    h.update(&yaml);
    for (name, (digest, _)) in &original_digests {
        h.update(name.as_bytes());
        h.update(digest.0);
    }
    let ident = format!("lkjip-{:x}", h.finalize());
    let t = p.report.tanggal;
    let file_name =
        p.source.path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_else(|| "lkjip.yaml".into());
    let assembled =
        Assembled { data, file_name, yaml, assets, originals: originals.files, original_digests, ident, date: t };
    let Prepared { source, report, computed, warnings } = p;
    Ok(Loaded::Ready(Box::new(Ready { source, report, computed, warnings, assembled })))
}
