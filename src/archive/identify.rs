//! `identify`: what a PDF is, judged by its bytes against the ledger: an archived revision, a
//! signed copy of one (the archived original is an exact byte prefix), or unknown.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::json;

use super::Sha256;
use super::ledger::{self, LedgerEntry, ParsedLedger};

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

/// What a PDF is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identification {
    /// Byte for byte an archived revision.
    Archived { entry: LedgerEntry, status: Status },
    /// An archived revision followed by `appended` more bytes (an incremental update, e.g. a
    /// signature). Nothing is claimed about the appended part.
    /// `byte_range` is the last `/ByteRange [0 a b c]` in the appended part, if any; that
    /// signature covers the whole original of length L when `L <= a` (reported, not judged).
    SignedCopy { entry: LedgerEntry, status: Status, appended: u64, byte_range: Option<[u64; 4]> },
    /// Not in the archive.
    Unknown { sha256: Sha256, len: u64 },
}

/// Identifies `pdf` against the ledger of `dir` (which must not be damaged).
pub fn identify(dir: &Path, pdf: &[u8]) -> anyhow::Result<Identification> {
    let led = ledger::read_clean(dir)?;
    let len = pdf.len() as u64;
    let sha256 = Sha256::of(pdf);
    let entries = led.entries.iter().map(|(_, e)| e);
    if let Some(e) = entries.clone().find(|e| e.pdf_sha256 == sha256 && e.pdf_length == len) {
        return Ok(Identification::Archived { entry: e.clone(), status: status(&led, e) });
    }
    // Longest archived prefix first; hash each distinct prefix length once.
    let mut by_len: BTreeMap<u64, Vec<&LedgerEntry>> = BTreeMap::new();
    for e in entries.filter(|e| e.pdf_length < len) {
        by_len.entry(e.pdf_length).or_default().push(e);
    }
    for (l, es) in by_len.iter().rev() {
        let prefix = Sha256::of(&pdf[..*l as usize]);
        if let Some(e) = es.iter().find(|e| e.pdf_sha256 == prefix) {
            let byte_range = last_byte_range(&pdf[*l as usize..]);
            return Ok(Identification::SignedCopy {
                entry: (*e).clone(),
                status: status(&led, e),
                appended: len - l,
                byte_range,
            });
        }
    }
    Ok(Identification::Unknown { sha256, len })
}

/// Whether a signature's `/ByteRange [0 a b c]` covers the whole archived original (its first
/// range reaches at least `pdf_length`); `None` without a byte range.
fn covers_original(byte_range: &Option<[u64; 4]>, pdf_length: u64) -> Option<bool> {
    byte_range.map(|[_, a, ..]| a >= pdf_length)
}

/// The four numbers of the last `/ByteRange [0 a b c]` in `bytes`.
fn last_byte_range(bytes: &[u8]) -> Option<[u64; 4]> {
    const KEY: &[u8] = b"/ByteRange";
    let at = bytes.windows(KEY.len()).rposition(|w| w == KEY)?;
    let rest = &bytes[at + KEY.len()..];
    let rest = std::str::from_utf8(&rest[..rest.len().min(200)])
        .unwrap_or_else(|e| std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or(""));
    let inner = rest.trim_start().strip_prefix('[')?.split(']').next()?;
    let nums: Vec<u64> = inner.split_ascii_whitespace().map(str::parse).collect::<Result<_, _>>().ok()?;
    nums.try_into().ok()
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

fn describe(e: &LedgerEntry, status: &Status) -> String {
    let what = format!(
        "revision {} of {} {} of {}, {} ({}), released {}",
        e.revision, e.jenis, e.tahun, e.instansi, e.pemerintah, e.report, e.released
    );
    match status {
        Status::Current => format!("{what}; it is the current revision"),
        Status::Superseded { by, released, note, current } => {
            let why = note.as_deref().map_or(String::new(), |n| format!(" ({n})"));
            let newest = if current != by { format!("; the current revision is {current}") } else { String::new() };
            format!("{what}; it was superseded by revision {by} on {released}{why}{newest}")
        }
    }
}

impl Identification {
    /// True for an archived revision or a signed copy of one (exit 0).
    pub fn is_known(&self) -> bool {
        !matches!(self, Identification::Unknown { .. })
    }

    /// One sentence for a person.
    pub fn sentence(&self) -> String {
        match self {
            Identification::Archived { entry, status } => {
                format!("This PDF is {}.", describe(entry, status))
            }
            Identification::SignedCopy { entry, status, appended, byte_range } => {
                let coverage = match covers_original(byte_range, entry.pdf_length) {
                    Some(false) => "; its last /ByteRange does not cover the whole original",
                    _ => "",
                };
                format!(
                    "This PDF is a signed copy of revision {}: the archived original is an exact prefix of it and {appended} bytes were appended later (the signature itself is not checked{coverage}); the original is {}.",
                    entry.revision,
                    describe(entry, status)
                )
            }
            Identification::Unknown { sha256, len } => {
                format!(
                    "This PDF (SHA-256 {sha256}, {len} bytes) is not in the archive, neither as a released revision nor as a signed copy of one."
                )
            }
        }
    }

    /// Stable JSON for machines.
    pub fn to_json(&self) -> serde_json::Value {
        let status_json = |s: &Status| match s {
            Status::Current => {
                json!({"current": true, "superseded_by": null, "superseded_note": null, "current_revision": null})
            }
            Status::Superseded { by, note, current, .. } => {
                json!({"current": false, "superseded_by": by, "superseded_note": note, "current_revision": current})
            }
        };
        let mut v = match self {
            Identification::Archived { entry, status } => {
                json!({"kind": "archived", "entry": entry, "status": status_json(status)})
            }
            Identification::SignedCopy { entry, status, appended, byte_range } => {
                let covers = covers_original(byte_range, entry.pdf_length);
                json!({"kind": "signed_copy", "entry": entry, "status": status_json(status), "appended_bytes": appended, "byte_range": byte_range, "byte_range_covers_original": covers})
            }
            Identification::Unknown { sha256, len } => {
                json!({"kind": "unknown", "sha256": sha256, "length": len})
            }
        };
        v["sentence"] = json!(self.sentence());
        v
    }
}
