//! The Typst layouts: embedded in the binary, or read from a customised copy (`--layout DIR`).

use std::fs;
use std::path::Path;

use anyhow::{Context, bail};

/// The entry point every layout set must have.
pub const MAIN: &str = "laporan.typ";

/// The embedded layouts, by file name; `MAIN` imports the others.
const EMBEDDED: &[(&str, &str)] = &[
    ("laporan.typ", include_str!("../../layouts/laporan.typ")),
    ("gaya.typ", include_str!("../../layouts/gaya.typ")),
    ("komponen.typ", include_str!("../../layouts/komponen.typ")),
    ("tabel.typ", include_str!("../../layouts/tabel.typ")),
    ("grafik.typ", include_str!("../../layouts/grafik.typ")),
];

/// A set of layout files (file name → Typst source), all at the virtual root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layouts {
    files: Vec<(String, String)>,
}

impl Layouts {
    /// The layouts compiled into this binary.
    pub fn embedded() -> Self {
        let mut files: Vec<(String, String)> = EMBEDDED.iter().map(|(n, s)| (n.to_string(), s.to_string())).collect();
        files.sort();
        Self { files }
    }

    /// A customised copy: every `*.typ` file directly in `dir` (sub-folders are ignored).
    /// `laporan.typ` must be among them.
    pub fn from_dir(dir: &Path) -> anyhow::Result<Self> {
        let mut files = Vec::new();
        let entries = fs::read_dir(dir).with_context(|| format!("cannot read layout folder {}", dir.display()))?;
        for entry in entries {
            let entry = entry.with_context(|| format!("cannot read layout folder {}", dir.display()))?;
            let path = entry.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
            if !name.ends_with(".typ") || !path.is_file() {
                continue;
            }
            let text = fs::read_to_string(&path).with_context(|| format!("cannot read layout {}", path.display()))?;
            files.push((name.to_string(), text));
        }
        files.sort();
        if !files.iter().any(|(n, _)| n == MAIN) {
            bail!("layout folder {} has no {MAIN}", dir.display());
        }
        Ok(Self { files })
    }

    /// Write every file into `dir`, which must not exist or be empty (nothing is overwritten).
    pub fn write_to(&self, dir: &Path) -> anyhow::Result<()> {
        if dir.exists() {
            let mut entries = fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
            if entries.next().is_some() {
                bail!("{} is not empty; choose a new folder", dir.display());
            }
        }
        fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for (name, text) in &self.files {
            let path = dir.join(name);
            #[expect(clippy::disallowed_methods, reason = "into a new or empty folder; nothing is replaced")]
            fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(())
    }

    /// The files, sorted by name.
    pub fn files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(n, s)| (n.as_str(), s.as_str()))
    }
}
