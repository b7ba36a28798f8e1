//! The errors a report's pipeline ends a command with (exit 2), typed: the path and what was
//! done to it, the system's error as the source. The words, in Indonesian and English, are
//! `messages::fatal`'s.

use std::path::PathBuf;

/// An error of the pipeline, typed.
#[derive(Debug)]
pub enum Failure {
    /// The report's YAML cannot be read at all.
    ReadReport { path: PathBuf, source: std::io::Error },
    /// `-o` names the report's own YAML.
    OutputIsSource { output: PathBuf },
    /// `-o` names a folder.
    OutputIsFolder { output: PathBuf },
    /// The existing output cannot be read to check that it is a PDF.
    CheckOutput { output: PathBuf, source: std::io::Error },
    /// The existing output is not a PDF: it is left alone.
    NotAPdf { output: PathBuf },
    /// The PDF cannot be written (the system's error as the source).
    WritePdf { output: PathBuf, source: anyhow::Error },
    /// Rendering failed (the renderer's error as the source).
    Render { output: PathBuf, source: anyhow::Error },
}

/// The system's error inside `e` when there is one (the contexts around it dropped: the
/// failure that wraps it names the path), else `e` itself.
pub(crate) fn system_error(e: anyhow::Error) -> anyhow::Error {
    e.downcast::<std::io::Error>().map_or_else(|e| e, anyhow::Error::from)
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::ReadReport { path, .. } => write!(f, "cannot read {}", path.display()),
            Failure::OutputIsSource { output } => write!(
                f,
                "the output {} is the report's own YAML; give the PDF another name (-o laporan.pdf)",
                output.display()
            ),
            Failure::OutputIsFolder { output } => write!(
                f,
                "the output {} is a folder; give a file name (-o {}/laporan.pdf)",
                output.display(),
                output.display()
            ),
            Failure::CheckOutput { output, .. } => {
                write!(f, "cannot read {} to check that it is a PDF", output.display())
            }
            Failure::NotAPdf { output } => {
                write!(f, "refusing to overwrite {}: it exists and is not a PDF", output.display())
            }
            Failure::WritePdf { output, .. } => write!(f, "cannot write the PDF {}", output.display()),
            Failure::Render { output, .. } => write!(f, "cannot render {}", output.display()),
        }
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Failure::ReadReport { source, .. } | Failure::CheckOutput { source, .. } => Some(source),
            Failure::WritePdf { source, .. } | Failure::Render { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}
