//! `identify`: which archived revision a file is, judged by its bytes against the ledger: an
//! archived revision, an archived revision with bytes appended after it (the archived original
//! is an exact byte prefix; what the appended part does is judged by `pdfcheck`), or unknown.
//! Reads lazily and boundedly: never more than the longest archived PDF plus
//! [`MAX_APPENDED_BYTES`], whatever the file's size.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use serde_json::json;
use sha2::Digest;

use super::Sha256;
use super::failure::{Failure, Io};
use super::ledger::{self, LedgerEntry, ParsedLedger};

/// The most bytes after an archived original that are read to be analysed; a longer appended
/// part is not analysed (and so never vouched for).
pub const MAX_APPENDED_BYTES: u64 = 64 << 20;
/// Files up to this size that are not archived are hashed whole, to name them by their digest.
pub const MAX_HASHED_BYTES: u64 = 256 << 20;

/// Where a revision stands in its report's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Current,
    /// Corrected by revision `by` (released `released`, note `note`); `current` is the newest.
    Superseded {
        by: u32,
        released: String,
        note: Option<String>,
        current: u32,
    },
}

/// What a file is, as far as the ledger can tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identification {
    /// Byte for byte an archived revision.
    Archived { entry: LedgerEntry, status: Status },
    /// An archived revision followed by `appended` more bytes (e.g. a signature's incremental
    /// update, or an alteration). Nothing is claimed here about the appended part.
    Appended { entry: LedgerEntry, status: Status, appended: u64 },
    /// Not in the archive.
    /// `pdf`: whether it begins as a PDF does (`%PDF-`); a text file is not called a PDF.
    Unknown { sha256: Option<Sha256>, len: u64, pdf: bool },
}

/// A file identified, with the bytes read: the whole file when it is an archived revision with
/// at most [`MAX_APPENDED_BYTES`] appended (what the analysis needs), else empty.
#[derive(Debug)]
pub struct Identified {
    pub id: Identification,
    pub bytes: Vec<u8>,
}

/// Identifies `pdf` (in memory) against the ledger of `dir` (which must not be damaged).
pub fn identify(dir: &Path, pdf: &[u8]) -> anyhow::Result<Identification> {
    Ok(identify_reader(dir, pdf, pdf.len() as u64)?.id)
}

/// How every PDF begins.
const PDF_MAGIC: &[u8] = b"%PDF-";

/// Identifies the regular file at `path`; anything else (a device, a pipe, a folder) is refused,
/// so `/dev/zero` is never read.
pub fn identify_file(dir: &Path, path: &Path) -> anyhow::Result<Identified> {
    let file = std::fs::File::open(path).map_err(Failure::io(Io::Read, path))?;
    let meta = file.metadata().map_err(Failure::io(Io::Read, path))?;
    if !meta.is_file() {
        return Err(Failure::NotAFile { path: path.to_path_buf() }.into());
    }
    identify_reader(dir, file, meta.len())
}

/// Identifies the `len` bytes `source` holds. Reads one pass, only as far as the longest
/// archived PDF that fits (hashing every archived length on the way), then the appended part
/// if it is small enough to analyse.
pub fn identify_reader(dir: &Path, source: impl Read, len: u64) -> anyhow::Result<Identified> {
    let led = ledger::read_clean(dir)?;
    let mut by_len: BTreeMap<u64, Vec<&LedgerEntry>> = BTreeMap::new();
    for (_, e) in led.entries.iter().filter(|(_, e)| e.pdf_length <= len) {
        by_len.entry(e.pdf_length).or_default().push(e);
    }
    let mut source = source.take(len);
    let mut bytes = Vec::new();
    let mut hasher = sha2::Sha256::new();
    let mut found: Option<&LedgerEntry> = None;
    let mut whole = None;
    for (&l, es) in &by_len {
        read_to(&mut source, &mut bytes, l, &mut hasher)?;
        let digest = Sha256(hasher.clone().finalize().into());
        if let Some(e) = es.iter().find(|e| e.pdf_sha256 == digest) {
            found = Some(e);
        }
        if l == len {
            whole = Some(digest);
        }
    }
    let Some(e) = found else {
        // whether it is a PDF at all: its first bytes (read now if not yet, and hashed)
        let mut head: Vec<u8> = bytes.iter().take(PDF_MAGIC.len()).copied().collect();
        if head.len() < PDF_MAGIC.len() && whole.is_none() {
            let mut more = Vec::new();
            (&mut source).take((PDF_MAGIC.len() - head.len()) as u64).read_to_end(&mut more)?;
            hasher.update(&more);
            head.extend(more);
        }
        let pdf = head.starts_with(PDF_MAGIC);
        // name the file by its digest when that costs a bounded read
        if whole.is_none() && len <= MAX_HASHED_BYTES {
            let mut chunk = vec![0u8; 1 << 20];
            loop {
                let n = source.read(&mut chunk)?;
                if n == 0 {
                    break;
                }
                hasher.update(&chunk[..n]);
            }
            whole = Some(Sha256(hasher.finalize().into()));
        }
        return Ok(Identified { id: Identification::Unknown { sha256: whole, len, pdf }, bytes: Vec::new() });
    };
    let status = status(&led, e);
    if e.pdf_length == len {
        return Ok(Identified { id: Identification::Archived { entry: e.clone(), status }, bytes: Vec::new() });
    }
    let appended = len - e.pdf_length;
    if appended <= MAX_APPENDED_BYTES {
        source.read_to_end(&mut bytes)?;
        if bytes.len() as u64 != len {
            return Err(Failure::Changed.into());
        }
    } else {
        bytes = Vec::new();
    }
    Ok(Identified { id: Identification::Appended { entry: e.clone(), status, appended }, bytes })
}

/// Reads from `src` until `buf` holds `to` bytes, feeding the new bytes to `hasher`.
fn read_to(src: &mut impl Read, buf: &mut Vec<u8>, to: u64, hasher: &mut sha2::Sha256) -> anyhow::Result<()> {
    let start = buf.len();
    let want = (to as usize).saturating_sub(start);
    let got = src.by_ref().take(want as u64).read_to_end(buf)?;
    if got != want {
        return Err(Failure::Changed.into());
    }
    hasher.update(&buf[start..]);
    Ok(())
}

fn status(led: &ParsedLedger, e: &LedgerEntry) -> Status {
    let current = led.current(&e.report).map_or(e.revision, |c| c.revision);
    match led.find(&e.report, e.revision + 1) {
        None => Status::Current,
        Some(next) => {
            Status::Superseded { by: next.revision, released: next.released.clone(), note: next.note.clone(), current }
        }
    }
}

impl Status {
    /// Stable JSON for machines.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Status::Current => {
                json!({"current": true, "superseded_by": null, "superseded_note": null, "current_revision": null})
            }
            Status::Superseded { by, note, current, .. } => {
                json!({"current": false, "superseded_by": by, "superseded_note": note, "current_revision": current})
            }
        }
    }
}

impl Identification {
    /// True for an archived revision or an archived revision with bytes appended (whose
    /// appended part still needs judging).
    pub fn is_known(&self) -> bool {
        !matches!(self, Identification::Unknown { .. })
    }

    /// Stable JSON for machines (without the sentence and the analysis, which the caller adds).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Identification::Archived { entry, status } => {
                json!({"kind": "archived", "entry": entry, "status": status.to_json()})
            }
            Identification::Appended { entry, status, appended } => {
                json!({"kind": "appended", "entry": entry, "status": status.to_json(), "appended_bytes": appended})
            }
            Identification::Unknown { sha256, len, pdf } => {
                json!({"kind": "unknown", "sha256": sha256, "length": len, "pdf": pdf})
            }
        }
    }
}
