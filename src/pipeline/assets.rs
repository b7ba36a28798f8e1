//! The images of a report: read from the report's folder only (path safety), kept untouched
//! for the archive, and prepared for the page (resampled for their printed size, re-encoded
//! without metadata) for the PDF. Problems name the YAML field that names the image.

use std::collections::BTreeMap;
use std::path::{Component, Path};

use crate::diag::{Problem, Severity};
use crate::input::limits::MAX_IMAGE_BYTES;
use crate::messages::Msg;
use crate::messages::gambar::{GambarMsg, ImageFault};
use crate::model::{Report, walk};
use crate::render::{self, TypstData};

/// Read the original images the report names (relative paths inside `report_dir`).
///
/// Refuses absolute paths, `..`, and anything that resolves (through symlinks) outside the
/// folder, and files that do not start like a PNG or JPEG. Errors name the path. Decoding is
/// left to `render::prepare_image`, which decodes one image at a time.
pub fn load_assets<'a>(
    report_dir: &Path,
    names: impl IntoIterator<Item = &'a str>,
) -> Result<BTreeMap<String, Vec<u8>>, GambarMsg> {
    let refuse = |name: &str, fault| GambarMsg { name: name.to_owned(), fault };
    let mut assets = BTreeMap::new();
    let mut root = None;
    for name in names {
        if assets.contains_key(name) {
            continue;
        }
        let root = match &root {
            Some(r) => r,
            None => {
                let r = report_dir.canonicalize().map_err(|e| {
                    refuse(
                        name,
                        ImageFault::FolderUnreadable { dir: report_dir.display().to_string(), io: (&e).into() },
                    )
                })?;
                root.insert(r)
            }
        };
        let rel = Path::new(name);
        if name.is_empty() || rel.components().any(|c| !matches!(c, Component::Normal(_))) {
            return Err(refuse(name, ImageFault::PathNotRelative));
        }
        let path = root
            .join(rel)
            .canonicalize()
            .map_err(|e| refuse(name, ImageFault::NotFound { dir: root.display().to_string(), io: (&e).into() }))?;
        if !path.starts_with(root.as_path()) {
            return Err(refuse(name, ImageFault::Outside));
        }
        // a regular file of bounded size: a FIFO would block, a device never end
        let bytes = match crate::input::read_regular(&path, MAX_IMAGE_BYTES) {
            Ok(Ok(bytes)) => bytes,
            Ok(Err(size)) => return Err(refuse(name, ImageFault::TooManyBytes { size, max: MAX_IMAGE_BYTES })),
            Err(e) => return Err(refuse(name, ImageFault::CannotRead { io: (&e).into() })),
        };
        render::looks_like_image(&bytes).map_err(|fault| refuse(name, fault))?;
        assets.insert(name.to_string(), bytes);
    }
    // No eviction here: the render that follows evicts (all of it for one-shot commands,
    // the stale part for `watch`, whose incremental rebuilds need the rest).
    Ok(assets)
}

/// One original read again, as [`load_assets`] reads it (the archive re-reads the photos it
/// did not keep in memory while the PDF rendered, and compares their digests).
pub fn reread(report_dir: &Path, name: &str) -> Result<Vec<u8>, GambarMsg> {
    let mut found = load_assets(report_dir, [name])?;
    Ok(found.remove(name).unwrap_or_default())
}

/// The originals of every image `report` names, read from `dir`, each with the first field
/// that names it; a problem for each that cannot be read.
pub struct Originals {
    pub files: BTreeMap<String, Vec<u8>>,
    pub field: BTreeMap<String, String>,
}

pub fn originals(report: &Report, dir: &Path) -> (Originals, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut found = Originals { files: BTreeMap::new(), field: BTreeMap::new() };
    for (path, name) in walk::files(&report.doc) {
        match load_assets(dir, [name.as_str()]) {
            Ok(a) => {
                found.files.extend(a);
                found.field.entry(name).or_insert(path);
            }
            Err(m) => problems.push(Problem::said(Severity::Error, path, Msg::Gambar(m))),
        }
    }
    (found, problems)
}

/// The images as the PDF embeds them: each original prepared for the largest size `data`
/// prints it at, at `ppi`.
pub fn placed(data: &TypstData, ppi: u32, originals: &Originals) -> (BTreeMap<String, Vec<u8>>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut assets = BTreeMap::new();
    for (name, target) in render::resample::targets(data, ppi) {
        let Some(original) = originals.files.get(&name) else { continue };
        match render::prepare_image(original, target) {
            Ok(placed) => drop(assets.insert(name, placed)),
            Err(fault) => {
                let field = originals.field[&name].clone();
                problems.push(Problem::said(Severity::Error, field, Msg::Gambar(GambarMsg { name, fault })));
            }
        }
    }
    (assets, problems)
}
