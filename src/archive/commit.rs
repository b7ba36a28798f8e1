//! The commit marker: after a revision's ledger line is written, its bag gets
//! `lkjip-commit.txt` naming that line (number and SHA-256), and `lkjip-head.tst` (an RFC 3161
//! timestamp token of that SHA-256) when a timestamp authority was asked. Both sit beside the
//! BagIt tag files, outside the manifests (they are written after the bag is sealed): a bag
//! with a marker but no ledger line means the line was removed, not that a release crashed.

use std::fs;
use std::path::Path;

use anyhow::Context;

use super::Sha256;
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

/// The marker of the bag `bag`: `Ok(None)` when there is none, an error when it is malformed.
pub fn read(bag: &Path) -> anyhow::Result<Option<Marker>> {
    let path = bag.join(MARKER_FILE);
    let text = match fs::read(&path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    let field = |label: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(label).and_then(|v| v.strip_prefix(": ")))
            .with_context(|| format!("{MARKER_FILE} has no {label}"))
    };
    let m = Marker {
        line: field("LKjIP-Ledger-Line")?.parse().context("LKjIP-Ledger-Line is not a number")?,
        sha256: field("LKjIP-Ledger-Line-SHA256")?.parse().context("LKjIP-Ledger-Line-SHA256")?,
    };
    if m.text() != text {
        anyhow::bail!("{MARKER_FILE} is not in the form lkjip writes");
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
        Some(m) => anyhow::bail!(
            "{}/{MARKER_FILE} already records ledger line {} ({}), not line {} ({})",
            bag.display(),
            m.line,
            m.sha256,
            marker.line,
            marker.sha256
        ),
        None => fsio::write_new(&bag.join(MARKER_FILE), marker.text().as_bytes())?,
    }
    fsio::sync_dir(bag)?;
    fsio::checkpoint(world, Step::MarkerWritten)
}
