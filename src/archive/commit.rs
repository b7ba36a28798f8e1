//! The commit marker: after a revision's ledger line is written, its bag gets
//! `lkjip-commit.txt` naming that line (number and SHA-256), and `lkjip-head.tst` (an RFC 3161
//! timestamp token of that SHA-256) when a timestamp authority was asked. Both sit beside the
//! BagIt tag files, outside the manifests (they are written after the bag is sealed): a bag
//! with a marker but no ledger line means the line was removed, not that a release crashed.

use std::fs;
use std::path::Path;

use super::Sha256;
use super::anchor::value;
use super::failure::{Failure, FileIssue, Io, Kind};
use super::fsio::{self, Step, World};

/// The marker's name inside a bag.
pub const MARKER_FILE: &str = "lkjip-commit.txt";
/// The timestamp token's name inside a bag (DER, RFC 3161 `TimeStampToken`).
pub const TOKEN_FILE: &str = "lkjip-head.tst";

/// What a bag's marker says: its ledger line's number and SHA-256.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    pub line: usize,
    pub sha256: Sha256,
}

impl Marker {
    fn text(&self) -> String {
        format!("LKjIP-Ledger-Line: {}\nLKjIP-Ledger-Line-SHA256: {}\n", self.line, self.sha256)
    }
}

/// The marker of the bag `bag`: `Ok(None)` when there is none, a [`Failure`] when it is
/// unreadable or malformed.
pub fn read(bag: &Path) -> anyhow::Result<Option<Marker>> {
    let path = bag.join(MARKER_FILE);
    let text = match fs::read(&path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Failure::io(Io::Read, path)(e).into()),
    };
    let bad = |issue| Failure::File { path: path.clone(), issue };
    let m = Marker {
        line: value(&text, "LKjIP-Ledger-Line", Kind::Number).map_err(bad)?,
        sha256: value(&text, "LKjIP-Ledger-Line-SHA256", Kind::Sha256).map_err(bad)?,
    };
    if m.text() != text {
        return Err(bad(FileIssue::NotLkjipForm).into());
    }
    Ok(Some(m))
}

/// Marks the bag `bag` as recorded at ledger line `line` (hashing to `sha256`): writes the
/// timestamp token first when there is one, then the marker, then fsyncs the bag directory.
/// A file already there from an interrupted try is kept when it says the same.
pub fn mark(bag: &Path, marker: Marker, token: Option<&[u8]>, world: &dyn World) -> anyhow::Result<()> {
    if let Some(t) = token {
        fsio::write_new(&bag.join(TOKEN_FILE), t)?;
    }
    match read(bag)? {
        Some(m) if m == marker => {}
        Some(m) => {
            let (line, sha256) = (m.line, m.sha256);
            let (want_line, want_sha256) = (marker.line, marker.sha256);
            return Err(Failure::MarkerConflict { bag: bag.to_path_buf(), line, sha256, want_line, want_sha256 }.into());
        }
        None => fsio::write_new(&bag.join(MARKER_FILE), marker.text().as_bytes())?,
    }
    fsio::sync_dir(bag)?;
    fsio::checkpoint(world, Step::MarkerWritten)
}
