//! The ledger `ledger.jsonl`: one canonical JSON object per line, chained by `prev` (the SHA-256
//! of the previous line's bytes). Parsing collects every problem; committing replaces the file
//! atomically by the old bytes plus one line.

use std::fs;
use std::path::Path;

use super::failure::{Failure, Io};
use serde::{Deserialize, Serialize};

use super::findings::{LedgerIssue, Problem, Refusal, Refused};
use super::fsio::{self, Step, World};
use super::{Generator, Sha256};

/// The ledger's file name inside the archive directory.
pub const LEDGER_FILE: &str = "ledger.jsonl";

/// One line of the ledger: one released revision. Field order is the serialised order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LedgerEntry {
    /// SHA-256 of the previous line's bytes (without its newline); 64 zeros on the first line.
    pub prev: Sha256,
    /// The report's slug, e.g. `lkjip-2021-dinas-perdagangan-koperasi-dan-ukm-kota-pekalongan`.
    pub report: String,
    pub instansi: String,
    pub pemerintah: String,
    pub jenis: String,
    pub tahun: u16,
    /// 1, 2, … per report.
    pub revision: u32,
    /// The revision this one corrects (`revision - 1`), none for revision 1.
    pub supersedes: Option<u32>,
    /// Release time, RFC 3339 UTC.
    pub released: String,
    /// What was corrected (required from revision 2 on).
    pub note: Option<String>,
    /// The bag directory, relative to the archive: `<report>/r<revision>`.
    pub bag: String,
    /// The archived PDF, relative to the archive.
    pub pdf: String,
    pub pdf_sha256: Sha256,
    pub pdf_length: u64,
    /// Name of the YAML among the sources (under `<bag>/data/source/`).
    pub source_yaml: String,
    /// See [`super::hash::source_digest`].
    pub source_sha256: Sha256,
    /// SHA-256 of the bag's `tagmanifest-sha256.txt`, which binds every file of the bag.
    pub tagmanifest_sha256: Sha256,
    pub generator: Generator,
}

impl LedgerEntry {
    /// The canonical line (no newline): compact JSON in field order.
    pub fn to_line(&self) -> String {
        serde_json::to_string(self).expect("a ledger entry always serialises")
    }

    /// `<report>@<revision>`.
    pub fn id(&self) -> String {
        format!("{}@{}", self.report, self.revision)
    }
}

/// A ledger as read: its raw bytes, the entries that parsed, and every problem found.
#[derive(Debug, Default)]
pub struct ParsedLedger {
    pub bytes: Vec<u8>,
    /// Entries with the 1-based line number they came from.
    pub entries: Vec<(usize, LedgerEntry)>,
    /// SHA-256 of every line (without its LF), parsed or not; the last one is the head.
    pub line_hashes: Vec<Sha256>,
    pub problems: Vec<LedgerIssue>,
}

/// Reads and checks the ledger of `dir`; a missing ledger is an empty one.
pub fn read(dir: &Path) -> anyhow::Result<ParsedLedger> {
    let path = dir.join(LEDGER_FILE);
    match fs::read(&path) {
        Ok(bytes) => Ok(parse(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ParsedLedger::default()),
        Err(e) => Err(Failure::io(Io::Read, path)(e).into()),
    }
}

/// The line of the ledger of `dir` that hashes to `head` (1-based; 0 for the empty ledger's
/// head, 64 zeros), or `None` when no line does: the ledger no longer holds that head.
pub fn head_line(dir: &Path, head: Sha256) -> anyhow::Result<Option<usize>> {
    if head == Sha256::ZERO {
        return Ok(Some(0));
    }
    Ok(read(dir)?.line_hashes.iter().position(|h| *h == head).map(|i| i + 1))
}

/// Reads the ledger and refuses a damaged one, a missing archive directory (for release,
/// verify, log, load: a mistyped `--archive` must not read as "not in the archive"), an
/// archive of a newer lkjip, and the quick signs of a shortened ledger or a missing bag
/// (see [`super::audit::quick_check`]; the full audit is `audit`).
pub fn read_clean(dir: &Path) -> anyhow::Result<ParsedLedger> {
    if !dir.is_dir() {
        return Err(Failure::NoArchive { dir: dir.to_path_buf() }.into());
    }
    let anchor = super::anchor::read(dir).map_err(|e| match e.downcast_ref::<super::anchor::NewerFormat>() {
        Some(_) => e,
        None => Failure::Damaged { dir: dir.to_path_buf(), source: e }.into(),
    })?;
    let ledger = read(dir)?;
    if !ledger.problems.is_empty() {
        let problems = ledger.problems.iter().cloned().map(Problem::Ledger).collect();
        return Err(Refused { dir: dir.to_path_buf(), refusal: Refusal::LedgerDamaged, problems }.into());
    }
    super::audit::quick_check(dir, &ledger, anchor)?;
    Ok(ledger)
}

/// Parses ledger bytes: each line canonical JSON, the chain intact, revisions in sequence.
pub fn parse(bytes: Vec<u8>) -> ParsedLedger {
    let mut entries = Vec::new();
    let mut line_hashes = Vec::new();
    let mut problems = Vec::new();
    let mut prev = Sha256::ZERO;
    let mut last_rev: std::collections::HashMap<String, u32> = Default::default();
    let body = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
    if !bytes.is_empty() && !bytes.ends_with(b"\n") {
        problems.push(LedgerIssue::NoFinalNewline);
    }
    if !bytes.is_empty() {
        for (i, line) in body.split(|&b| b == b'\n').enumerate() {
            let n = i + 1;
            let expected_prev = prev;
            prev = Sha256::of(line);
            line_hashes.push(prev);
            let entry: LedgerEntry =
                match std::str::from_utf8(line).map_err(anyhow::Error::from).and_then(|s| Ok(serde_json::from_str(s)?))
                {
                    Ok(e) => e,
                    Err(e) => {
                        problems.push(LedgerIssue::NotAnEntry { line: n, detail: e.to_string() });
                        continue;
                    }
                };
            if entry.to_line().as_bytes() != line {
                problems.push(LedgerIssue::NotCanonical { line: n, revision: entry.id() });
            }
            if entry.prev != expected_prev {
                let (revision, prev, expected) = (entry.id(), entry.prev, expected_prev);
                problems.push(LedgerIssue::ChainBroken { line: n, revision, prev, expected });
            }
            let want = last_rev.get(&entry.report).map_or(1, |r| r + 1);
            if entry.revision != want {
                let (revision, report) = (entry.id(), entry.report.clone());
                problems.push(LedgerIssue::RevisionOutOfSequence { line: n, revision, expected: want, report });
            }
            let want_sup = (entry.revision > 1).then(|| entry.revision - 1);
            if entry.supersedes != want_sup {
                let (revision, found) = (entry.id(), entry.supersedes);
                problems.push(LedgerIssue::Supersedes { line: n, revision, found, expected: want_sup });
            }
            if entry.revision > 1 && entry.note.as_deref().is_none_or(|s| s.trim().is_empty()) {
                problems.push(LedgerIssue::NoNote { line: n, revision: entry.id() });
            }
            let want_bag = format!("{}/r{}", entry.report, entry.revision);
            if entry.bag != want_bag || !entry.pdf.starts_with(&format!("{want_bag}/data/")) {
                problems.push(LedgerIssue::BagPath { line: n, revision: entry.id(), expected: want_bag.clone() });
            }
            last_rev.insert(entry.report.clone(), entry.revision);
            entries.push((n, entry));
        }
    }
    ParsedLedger { bytes, entries, line_hashes, problems }
}

impl ParsedLedger {
    /// The hash the next line must carry as `prev`: the ledger head.
    pub fn tip(&self) -> Sha256 {
        self.line_hashes.last().copied().unwrap_or(Sha256::ZERO)
    }

    /// The newest entry of `report`.
    pub fn current(&self, report: &str) -> Option<&LedgerEntry> {
        self.entries.iter().rev().map(|(_, e)| e).find(|e| e.report == report)
    }

    /// The entry of `report` revision `revision`.
    pub fn find(&self, report: &str, revision: u32) -> Option<&LedgerEntry> {
        self.entries.iter().map(|(_, e)| e).find(|e| e.report == report && e.revision == revision)
    }
}

/// Commits `entry`: writes old bytes + its line to a temp file, fsyncs, renames it over the
/// ledger, fsyncs the directory. Readers see the old or the new ledger, never a torn one.
pub fn commit(dir: &Path, old: &[u8], entry: &LedgerEntry, world: &dyn World) -> anyhow::Result<()> {
    let mut bytes = Vec::with_capacity(old.len() + 1024);
    bytes.extend_from_slice(old);
    bytes.extend_from_slice(entry.to_line().as_bytes());
    bytes.push(b'\n');
    let tmp = fsio::temp_path(dir, "ledger");
    fsio::write_new(&tmp, &bytes)?;
    let cleanup = |e: anyhow::Error| {
        if e.downcast_ref::<fsio::SimulatedCrash>().is_none() {
            let _ = fs::remove_file(&tmp);
        }
        e
    };
    fsio::checkpoint(world, Step::LedgerTempWritten).map_err(cleanup)?;
    let path = dir.join(LEDGER_FILE);
    fs::rename(&tmp, &path).map_err(|e| cleanup(Failure::io(Io::Replace, &path)(e).into()))?;
    fsio::sync_dir(dir)?;
    fsio::checkpoint(world, Step::LedgerRenamed)
}
