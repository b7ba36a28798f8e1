//! The rendering half of `lkjip build`: images from the report's folder, render, atomic write,
//! and the signature box for signers. The model half (YAML → TypstData) is wired by `build`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Component, Path};

use anyhow::{Context, bail};

use crate::cli::Format;
use crate::input::limits::MAX_IMAGE_BYTES;
use crate::render::{self, Layouts, RenderInput, Rendered, SignatureBox};

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

/// Write `bytes` to `output` atomically: a temporary file beside it, synced, then renamed.
/// The file gets the permissions any new file would (0666 less the umask, usually 0644), not
/// the owner-only 0600 of a temporary file: a PDF is made to be shared.
pub fn write_atomically(output: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp =
        builder.tempfile_in(dir).with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    tmp.write_all(bytes).with_context(|| format!("cannot write {}", output.display()))?;
    tmp.as_file().sync_all().with_context(|| format!("cannot sync {}", output.display()))?;
    tmp.persist(output)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot move the PDF into place at {}", output.display()))?;
    Ok(())
}

/// The signature box as text (pyHanko field spec) or JSON.
pub fn signature_box_text(b: &SignatureBox, format: Format) -> String {
    match format {
        Format::Text => b.pyhanko_field(),
        Format::Json => serde_json::json!({
            "page": b.page, "x1": b.x1, "y1": b.y1, "x2": b.x2, "y2": b.y2,
            "field": b.field, "pyhanko_field": b.pyhanko_field(),
        })
        .to_string(),
    }
}

/// Render and write the PDF; print the signature box when asked. Returns what was rendered.
pub fn render_to_file(
    layouts: &Layouts,
    input: &RenderInput,
    output: &Path,
    signature_box: Option<Format>,
) -> anyhow::Result<Rendered> {
    let rendered =
        render::render_once(layouts, input).with_context(|| format!("cannot render {}", output.display()))?;
    write_atomically(output, &rendered.pdf)?;
    for w in &rendered.warnings {
        eprintln!("{w}");
    }
    if let Some(format) = signature_box {
        println!("{}", signature_box_text(&rendered.signature_box, format));
    }
    Ok(rendered)
}

/// Refuse an output path that would destroy something other than an earlier PDF: the report's
/// own YAML (`-o lkjip.yaml`), or any existing file that is not a PDF (an image, a document).
pub fn check_output(output: &Path, source: &Path) -> anyhow::Result<()> {
    let same = match (std::fs::canonicalize(output), std::fs::canonicalize(source)) {
        (Ok(o), Ok(s)) => o == s,
        _ => false,
    };
    if same {
        anyhow::bail!(
            "the output {} is the report's own YAML; give the PDF another name (-o laporan.pdf)",
            output.display()
        );
    }
    if output.is_dir() {
        anyhow::bail!(
            "the output {} is a folder; give a file name (-o {}/laporan.pdf)",
            output.display(),
            output.display()
        );
    }
    let mut head = [0u8; 5];
    let n = match std::fs::File::open(output) {
        Ok(mut f) => std::io::Read::read(&mut f, &mut head)
            .with_context(|| format!("cannot read {} to check that it is a PDF", output.display()))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {} to check that it is a PDF", output.display())),
    };
    if &head[..n] != b"%PDF-" {
        anyhow::bail!("refusing to overwrite {}: it exists and is not a PDF", output.display());
    }
    Ok(())
}

/// `lkjip build FILE`: check, assemble and render a draft PDF (watermarked "DRAF").
pub fn run(args: &crate::cli::BuildArgs, ui: &crate::show::Ui) -> anyhow::Result<super::Verdict> {
    use super::Verdict;
    if !args.more.is_empty() {
        return super::batch::run(args, ui);
    }
    let Some((_, mut assembled)) = super::assemble::load(&args.file, "no PDF was written", ui)? else {
        return Ok(Verdict::No);
    };
    // A draft needs only the resampled images; the originals go before Typst runs (peak memory).
    drop(std::mem::take(&mut assembled.originals));
    let layouts = match &args.layout {
        Some(dir) => Layouts::from_dir(dir)?,
        None => Layouts::embedded(),
    };
    let output = args.output.clone().unwrap_or_else(|| args.file.with_extension("pdf"));
    check_output(&output, &args.file)?;
    ui.progress(match ui.lang {
        crate::messages::Lang::Id => "menyusun PDF draf",
        crate::messages::Lang::En => "rendering the draft PDF",
    });
    let started = std::time::Instant::now();
    let rendered = render_to_file(&layouts, &assembled.input(render::Mode::Draft), &output, args.signature_box);
    ui.progress_done();
    let rendered = rendered?;
    if ui.verbose() {
        let ms = started.elapsed().as_millis();
        eprintln!(
            "{}",
            match ui.lang {
                crate::messages::Lang::Id => format!("dirender dalam {ms} ms"),
                crate::messages::Lang::En => format!("rendered in {ms} ms"),
            }
        );
    }
    if !ui.quiet() {
        eprintln!("wrote {} ({} pages, draft)", output.display(), rendered.pages);
    }
    Ok(Verdict::Yes)
}
