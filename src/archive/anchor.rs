//! The archive's own file `lkjip-archive.txt`: the archive format version (so a newer lkjip's
//! archive is named as such, not as damaged) and the ledger head the last complete release
//! left (so a ledger shortened at its end, with or without its bags, is noticed).

use std::fs;
use std::path::Path;

use anyhow::Context;

use super::Sha256;
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

/// Reads `lkjip-archive.txt`: `Ok(None)` when it is missing, an error when it is malformed or
/// (a [`NewerFormat`]) written by a newer lkjip.
pub fn read(dir: &Path) -> anyhow::Result<Option<Anchor>> {
    let path = dir.join(ARCHIVE_FILE);
    let text = match fs::read(&path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    let field = |label: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(label).and_then(|v| v.strip_prefix(": ")))
            .with_context(|| format!("{ARCHIVE_FILE} has no {label}"))
    };
    let format: u32 = field("LKjIP-Archive-Format")?.parse().with_context(|| format!("{ARCHIVE_FILE}: format"))?;
    if format > FORMAT {
        return Err(NewerFormat(format).into());
    }
    let lines = field("Ledger-Lines")?.parse().with_context(|| format!("{ARCHIVE_FILE}: Ledger-Lines"))?;
    let head = field("Ledger-Head")?.parse().with_context(|| format!("{ARCHIVE_FILE}: Ledger-Head"))?;
    let a = Anchor { format, lines, head };
    if a.text() != text {
        anyhow::bail!("{ARCHIVE_FILE} is not in the form lkjip writes (edited by hand?)");
    }
    Ok(Some(a))
}

/// Replaces `lkjip-archive.txt` atomically (temp file, fsync, rename, directory fsync).
pub fn write(dir: &Path, lines: usize, head: Sha256, world: &dyn World) -> anyhow::Result<()> {
    let tmp = fsio::temp_path(dir, "anchor");
    fsio::write_new(&tmp, Anchor { format: FORMAT, lines, head }.text().as_bytes())?;
    let path = dir.join(ARCHIVE_FILE);
    if let Err(e) = fs::rename(&tmp, &path) {
        let _ = fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("replacing {}", path.display()));
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
