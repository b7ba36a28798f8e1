//! The images of a report: read from the report's folder only (path safety), kept untouched
//! for the archive, and prepared for the page (resampled for their printed size, re-encoded
//! without metadata) for the PDF. Problems name the YAML field that names the image.

use std::collections::BTreeMap;
use std::path::{Component, Path};

use anyhow::{Context, bail};

use crate::diag::Problem;
use crate::input::limits::MAX_IMAGE_BYTES;
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
) -> anyhow::Result<BTreeMap<String, Vec<u8>>> {
    let root =
        report_dir.canonicalize().with_context(|| format!("cannot open the report folder {}", report_dir.display()))?;
    let mut assets = BTreeMap::new();
    for name in names {
        if assets.contains_key(name) {
            continue;
        }
        let rel = Path::new(name);
        if name.is_empty() || rel.components().any(|c| !matches!(c, Component::Normal(_))) {
            bail!("image path {name:?} must be relative to the report's folder, without \"..\"");
        }
        let path = root
            .join(rel)
            .canonicalize()
            .with_context(|| format!("cannot find image {name:?} in {}", root.display()))?;
        if !path.starts_with(&root) {
            bail!("image {name:?} lies outside the report's folder");
        }
        // a regular file of bounded size: a FIFO would block, a device never end
        let bytes = match crate::input::read_regular(&path, MAX_IMAGE_BYTES) {
            Ok(Ok(bytes)) => bytes,
            Ok(Err(size)) => {
                bail!("image {name:?} has {size} bytes; an image may have at most {MAX_IMAGE_BYTES}: make it smaller")
            }
            Err(e) => return Err(e).with_context(|| format!("cannot read image {name:?}")),
        };
        render::looks_like_image(&bytes).map_err(|e| anyhow::anyhow!("image {name:?}: {e}"))?;
        assets.insert(name.to_string(), bytes);
    }
    // No eviction here: the render that follows evicts (all of it for one-shot commands,
    // the stale part for `watch`, whose incremental rebuilds need the rest).
    Ok(assets)
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
            Err(e) => problems.push(Problem::error(path, format!("{e:#}"))),
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
            Err(e) => problems.push(Problem::error(originals.field[&name].clone(), format!("image {name:?}: {e}"))),
        }
    }
    (assets, problems)
}
