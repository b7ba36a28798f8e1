//! The archive's own file `lkjip-archive.txt`: the archive format version (so a newer lkjip's
//! archive is named as such, not as damaged) and the ledger head the last complete release
//! left (so a ledger shortened at its end, with or without its bags, is noticed).

use std::fs;
use std::path::Path;

use super::Sha256;
use super::failure::{Failure, FileIssue, Io, Kind};
use super::fsio::{self, Step, World};

/// The file's name inside the archive directory.
pub const ARCHIVE_FILE: &str = "lkjip-archive.txt";
/// The archive format this lkjip writes and reads.
pub const FORMAT: u32 = 1;

/// What `lkjip-archive.txt` records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    pub format: u32,
    /// How many lines the ledger had when the last release completed.
    pub lines: usize,
    /// SHA-256 of that last line (64 zeros for an empty ledger).
    pub head: Sha256,
}

/// An archive this lkjip cannot read: written by a newer one.
#[derive(Debug)]
pub struct NewerFormat(pub u32);
impl std::fmt::Display for NewerFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "this archive was written by a newer lkjip (archive format {}; this lkjip {} reads format {FORMAT}): use a newer lkjip",
            self.0,
            env!("CARGO_PKG_VERSION")
        )
    }
}
impl std::error::Error for NewerFormat {}

impl Anchor {
    pub fn text(&self) -> String {
        format!("LKjIP-Archive-Format: {}\nLedger-Lines: {}\nLedger-Head: {}\n", self.format, self.lines, self.head)
    }
}

/// Reads `lkjip-archive.txt`: `Ok(None)` when it is missing, a [`Failure`] when it is unreadable
/// or malformed, a [`NewerFormat`] when written by a newer lkjip.
pub fn read(dir: &Path) -> anyhow::Result<Option<Anchor>> {
    let path = dir.join(ARCHIVE_FILE);
    let text = match fs::read(&path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Failure::io(Io::Read, path)(e).into()),
    };
    let bad = |issue| Failure::File { path: path.clone(), issue };
    let format: u32 = value(&text, "LKjIP-Archive-Format", Kind::Number).map_err(bad)?;
    if format > FORMAT {
        return Err(NewerFormat(format).into());
    }
    let lines = value(&text, "Ledger-Lines", Kind::Number).map_err(bad)?;
    let head = value(&text, "Ledger-Head", Kind::Sha256).map_err(bad)?;
    let a = Anchor { format, lines, head };
    if a.text() != text {
        return Err(bad(FileIssue::NotLkjipForm).into());
    }
    Ok(Some(a))
}

/// The value of `label` in a `Label: Value` text, parsed as a `kind`.
pub(crate) fn value<T: std::str::FromStr>(text: &str, label: &str, kind: Kind) -> Result<T, FileIssue> {
    let v = text
        .lines()
        .find_map(|l| l.strip_prefix(label).and_then(|v| v.strip_prefix(": ")))
        .ok_or_else(|| FileIssue::NoLabel { label: label.to_owned() })?;
    v.parse().map_err(|_| FileIssue::BadValue { label: label.to_owned(), value: v.to_owned(), expected: kind })
}

/// Replaces `lkjip-archive.txt` atomically (temp file, fsync, rename, directory fsync).
pub fn write(dir: &Path, lines: usize, head: Sha256, world: &dyn World) -> anyhow::Result<()> {
    let tmp = fsio::temp_path(dir, "anchor");
    fsio::write_new(&tmp, Anchor { format: FORMAT, lines, head }.text().as_bytes())?;
    let path = dir.join(ARCHIVE_FILE);
    if let Err(e) = fs::rename(&tmp, &path) {
        let _ = fs::remove_file(&tmp);
        return Err(Failure::io(Io::Replace, path)(e).into());
    }
    fsio::sync_dir(dir)?;
    fsio::checkpoint(world, Step::HeadRecorded)
}

/// How the ledger stands against the anchor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeadState {
    /// The ledger ends where the last release left it.
    Agrees,
    /// One line more than recorded, the rest agreeing: a release died after committing its
    /// line, before finishing (the next release finishes it).
    Unfinished,
    /// The ledger is shorter than recorded, or its line `lines` is not the recorded head.
    Shortened { lines: usize, head: Sha256, found: usize },
    /// More than one line beyond the recorded head: lines added without lkjip's release.
    Appended { lines: usize, found: usize },
}

/// Compares the ledger's line hashes with the anchor.
pub fn head_state(anchor: &Anchor, line_hashes: &[Sha256]) -> HeadState {
    let found = line_hashes.len();
    let at = |n: usize| if n == 0 { Some(Sha256::ZERO) } else { line_hashes.get(n - 1).copied() };
    if at(anchor.lines) != Some(anchor.head) {
        return HeadState::Shortened { lines: anchor.lines, head: anchor.head, found };
    }
    match found - anchor.lines {
        0 => HeadState::Agrees,
        1 => HeadState::Unfinished,
        _ => HeadState::Appended { lines: anchor.lines, found },
    }
}
