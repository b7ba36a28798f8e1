//! The Typst layouts: embedded in the binary, or read from a customised copy (`--layout DIR`).

use std::fs;
use std::path::Path;

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

/// Why a layout folder cannot be read or written: the facts; `messages::fatal` says them.
#[derive(Debug)]
pub enum LayoutError {
    /// The folder (or an entry of it) cannot be listed.
    CannotList {
        dir: String,
        io: std::io::Error,
    },
    CannotRead {
        path: String,
        io: std::io::Error,
    },
    /// The folder has no [`MAIN`].
    NoMain {
        dir: String,
    },
    /// `lkjip layouts DIR` into a folder that already has files.
    NotEmpty {
        dir: String,
    },
    CannotCreate {
        dir: String,
        io: std::io::Error,
    },
    CannotWrite {
        path: String,
        io: std::io::Error,
    },
}

impl std::fmt::Display for LayoutError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::CannotList { dir, .. } => write!(f, "cannot read layout folder {dir}"),
            Self::CannotRead { path, .. } => write!(f, "cannot read layout {path}"),
            Self::NoMain { dir } => write!(f, "layout folder {dir} has no {MAIN}"),
            Self::NotEmpty { dir } => write!(f, "{dir} is not empty; choose a new folder"),
            Self::CannotCreate { dir, .. } => write!(f, "cannot create {dir}"),
            Self::CannotWrite { path, .. } => write!(f, "cannot write {path}"),
        }
    }
}

impl std::error::Error for LayoutError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::CannotList { io, .. }
            | Self::CannotRead { io, .. }
            | Self::CannotCreate { io, .. }
            | Self::CannotWrite { io, .. } => Some(io),
            Self::NoMain { .. } | Self::NotEmpty { .. } => None,
        }
    }
}

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
    pub fn from_dir(dir: &Path) -> Result<Self, LayoutError> {
        let mut files = Vec::new();
        let list = |io| LayoutError::CannotList { dir: dir.display().to_string(), io };
        for entry in fs::read_dir(dir).map_err(list)? {
            let entry = entry.map_err(list)?;
            let path = entry.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
            if !name.ends_with(".typ") || !path.is_file() {
                continue;
            }
            let text = fs::read_to_string(&path)
                .map_err(|io| LayoutError::CannotRead { path: path.display().to_string(), io })?;
            files.push((name.to_string(), text));
        }
        files.sort();
        if !files.iter().any(|(n, _)| n == MAIN) {
            return Err(LayoutError::NoMain { dir: dir.display().to_string() });
        }
        Ok(Self { files })
    }

    /// Write every file into `dir`, which must not exist or be empty (nothing is overwritten).
    pub fn write_to(&self, dir: &Path) -> Result<(), LayoutError> {
        let shown = || dir.display().to_string();
        if dir.exists() {
            let mut entries = fs::read_dir(dir).map_err(|io| LayoutError::CannotList { dir: shown(), io })?;
            if entries.next().is_some() {
                return Err(LayoutError::NotEmpty { dir: shown() });
            }
        }
        fs::create_dir_all(dir).map_err(|io| LayoutError::CannotCreate { dir: shown(), io })?;
        for (name, text) in &self.files {
            let path = dir.join(name);
            #[expect(clippy::disallowed_methods, reason = "into a new or empty folder; nothing is replaced")]
            fs::write(&path, text).map_err(|io| LayoutError::CannotWrite { path: path.display().to_string(), io })?;
        }
        Ok(())
    }

    /// The files, sorted by name.
    pub fn files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(n, s)| (n.as_str(), s.as_str()))
    }
}
