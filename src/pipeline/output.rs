//! The output file: which paths may be written (never the report's own YAML, never a file that
//! is not a PDF), rendering into one, and writing it whole (`fsx::write_atomic`).

use std::path::Path;

use anyhow::Context;

use crate::fsx;
use crate::render::{self, Layouts, RenderInput, Rendered};

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

/// Write a PDF whole (see [`fsx::write_atomic`]).
pub fn write_pdf(output: &Path, pdf: &[u8]) -> anyhow::Result<()> {
    fsx::write_atomic(output, pdf).with_context(|| format!("cannot write the PDF {}", output.display()))
}

/// Render once and write the PDF. Returns what was rendered (its warnings, the signature box).
pub fn render_to_file(layouts: &Layouts, input: &RenderInput, output: &Path) -> anyhow::Result<Rendered> {
    let rendered =
        render::render_once(layouts, input).with_context(|| format!("cannot render {}", output.display()))?;
    write_pdf(output, &rendered.pdf)?;
    Ok(rendered)
}
