//! The output file: which paths may be written (never the report's own YAML, never a file that
//! is not a PDF), rendering into one, and writing it whole (`fsx::write_atomic`).

use std::path::Path;

use super::failure::{Failure, system_error};
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
        return Err(Failure::OutputIsSource { output: output.to_path_buf() }.into());
    }
    if output.is_dir() {
        return Err(Failure::OutputIsFolder { output: output.to_path_buf() }.into());
    }
    let mut head = [0u8; 5];
    let unreadable = |source| Failure::CheckOutput { output: output.to_path_buf(), source };
    let n = match std::fs::File::open(output) {
        Ok(mut f) => std::io::Read::read(&mut f, &mut head).map_err(unreadable)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(unreadable(e).into()),
    };
    if &head[..n] != b"%PDF-" {
        return Err(Failure::NotAPdf { output: output.to_path_buf() }.into());
    }
    Ok(())
}

/// Write a PDF whole (see [`fsx::write_atomic`]).
pub fn write_pdf(output: &Path, pdf: &[u8]) -> anyhow::Result<()> {
    let failed = |e| Failure::WritePdf { output: output.to_path_buf(), source: system_error(e) };
    Ok(fsx::write_atomic(output, pdf).map_err(failed)?)
}

/// Render once and write the PDF. Returns what was rendered (its warnings, the signature box).
pub fn render_to_file(layouts: &Layouts, input: &RenderInput, output: &Path) -> anyhow::Result<Rendered> {
    let failed = |e: render::RenderError| Failure::Render { output: output.to_path_buf(), source: e.into() };
    let rendered = render::render_once(layouts, input).map_err(failed)?;
    write_pdf(output, &rendered.pdf)?;
    Ok(rendered)
}
