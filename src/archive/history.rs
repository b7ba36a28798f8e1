//! Reading the archive's history: `log` (each report's revisions), `load_revision` (an entry
//! with its archived sources, for `diff` and `reproduce`), and comparing a reproduction.

use std::fs;
use std::path::{Path, PathBuf};

use super::failure::{Failure, Io};
use serde::Serialize;

use super::ledger::{self, LedgerEntry};
use super::{Generator, Sha256, SourceFile, bag, source_digest};

/// One revision in a report's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RevisionInfo {
    pub entry: LedgerEntry,
    /// The revision that corrects this one, if any.
    pub superseded_by: Option<u32>,
}

/// All revisions of one report, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportHistory {
    pub report: String,
    pub revisions: Vec<RevisionInfo>,
}

/// Each report's revisions, in order of first release. The ledger must not be damaged.
pub fn log(dir: &Path) -> anyhow::Result<Vec<ReportHistory>> {
    let led = ledger::read_clean(dir)?;
    let mut out: Vec<ReportHistory> = Vec::new();
    for (_, e) in &led.entries {
        let superseded_by = led.find(&e.report, e.revision + 1).map(|n| n.revision);
        let info = RevisionInfo { entry: e.clone(), superseded_by };
        match out.iter_mut().find(|h| h.report == e.report) {
            Some(h) => h.revisions.push(info),
            None => out.push(ReportHistory { report: e.report.clone(), revisions: vec![info] }),
        }
    }
    Ok(out)
}

/// An archived revision: its ledger entry, its sources (the YAML first) and its PDF's path.
#[derive(Debug, Clone)]
pub struct ArchivedRevision {
    pub entry: LedgerEntry,
    pub sources: Vec<SourceFile>,
    pub pdf_path: PathBuf,
}

impl ArchivedRevision {
    /// The archived YAML's bytes.
    pub fn yaml(&self) -> &[u8] {
        &self.sources[0].bytes
    }
}

/// Loads revision `spec` (`N` when the archive holds one report, else `REPORT-SLUG@N`),
/// checking its sources against the ledger's digest.
pub fn load_revision(dir: &Path, spec: &str) -> anyhow::Result<ArchivedRevision> {
    let led = ledger::read_clean(dir)?;
    let (slug, rev) = match spec.rsplit_once('@') {
        Some((s, r)) => (Some(s.to_string()), r),
        None => (None, spec),
    };
    let rev: u32 = rev.trim_start_matches('r').parse().map_err(|_| Failure::RevisionSpec { spec: spec.to_owned() })?;
    let slug = match slug {
        Some(s) => s,
        None => {
            let mut reports: Vec<&str> = led.entries.iter().map(|(_, e)| e.report.as_str()).collect();
            reports.dedup();
            reports.sort();
            reports.dedup();
            match reports.as_slice() {
                [one] => one.to_string(),
                [] => return Err(Failure::NoRevisions { dir: dir.to_path_buf() }.into()),
                many => {
                    let reports = many.iter().map(|r| r.to_string()).collect();
                    return Err(Failure::SeveralReports { revision: rev, reports }.into());
                }
            }
        }
    };
    let not_in = || Failure::NotInArchive { revision: format!("{slug}@{rev}"), dir: dir.to_path_buf() };
    let entry = led.find(&slug, rev).ok_or_else(not_in)?.clone();
    let src_dir = dir.join(&entry.bag).join("data").join(bag::SOURCE_DIR);
    let mut sources = Vec::new();
    read_tree(&src_dir, "", &mut sources)?;
    sources.sort_by(|a, b| (a.name != entry.source_yaml, &a.name).cmp(&(b.name != entry.source_yaml, &b.name)));
    if sources.first().is_none_or(|s| s.name != entry.source_yaml) {
        return Err(Failure::ArchivedYamlMissing { dir: src_dir, yaml: entry.source_yaml }.into());
    }
    if let Err(m) =
        source_digest(sources.iter().map(|s| (s.name.as_str(), s.bytes.as_slice()))).verify(entry.source_sha256)
    {
        let (expected, found) = (m.expected, m.actual);
        return Err(Failure::ArchivedSources { dir: src_dir, revision: entry.id(), expected, found }.into());
    }
    Ok(ArchivedRevision { pdf_path: dir.join(&entry.pdf), entry, sources })
}

fn read_tree(root: &Path, rel: &str, out: &mut Vec<SourceFile>) -> anyhow::Result<()> {
    let dir = root.join(rel);
    for e in fs::read_dir(&dir).map_err(Failure::io(Io::Read, &dir))? {
        let e = e.map_err(Failure::io(Io::Read, &dir))?;
        let name = e.file_name().to_str().ok_or_else(|| Failure::NameNotUtf8 { path: e.path() })?.to_string();
        let sub = if rel.is_empty() { name } else { format!("{rel}/{name}") };
        if e.path().is_dir() {
            read_tree(root, &sub, out)?;
        } else {
            let bytes = fs::read(e.path()).map_err(Failure::io(Io::Read, e.path()))?;
            out.push(SourceFile { name: sub, bytes });
        }
    }
    Ok(())
}

/// Whether a re-rendered PDF equals the archived one, and if not, what differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reproduction {
    /// The revision reproduced (`slug@N`).
    pub revision: String,
    pub identical: bool,
    pub archived_sha256: Sha256,
    pub archived_length: u64,
    pub reproduced_sha256: Sha256,
    pub reproduced_length: u64,
    /// Offset of the first differing byte (or of the end of the shorter file).
    pub first_difference: Option<u64>,
    /// The archived revision's generator, when it differs from the one that reproduced it.
    pub archived_generator: Option<Generator>,
    /// The generator that reproduced it.
    pub generator: Generator,
    /// The archived PDF itself no longer has the SHA-256 its ledger line records.
    pub ledger_mismatch: bool,
}

/// Compares `reproduced` (rendered by `generator`) with the archived PDF of `rev`.
pub fn compare_reproduction(
    rev: &ArchivedRevision,
    reproduced: &[u8],
    generator: &Generator,
) -> anyhow::Result<Reproduction> {
    let archived = fs::read(&rev.pdf_path).map_err(Failure::io(Io::Read, &rev.pdf_path))?;
    let e = &rev.entry;
    let identical = archived == reproduced;
    let first_difference = (!identical).then(|| {
        archived.iter().zip(reproduced).position(|(a, b)| a != b).unwrap_or(archived.len().min(reproduced.len())) as u64
    });
    let other_gen = (e.generator != *generator).then(|| e.generator.clone());
    Ok(Reproduction {
        revision: e.id(),
        identical,
        archived_sha256: e.pdf_sha256,
        archived_length: e.pdf_length,
        reproduced_sha256: Sha256::of(reproduced),
        reproduced_length: reproduced.len() as u64,
        first_difference,
        archived_generator: other_gen,
        generator: generator.clone(),
        ledger_mismatch: Sha256::of(&archived) != e.pdf_sha256,
    })
}
