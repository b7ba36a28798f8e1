//! Which revision a report gets next: for every report folder (recovery and the audit), and a
//! guess for one request made without the archive's lock, so that several reports can be
//! rendered side by side before each is archived in turn (`release A B …`).

use std::fs;
use std::path::Path;

use super::failure::{Failure, Io};
use super::ledger::{self, ParsedLedger};
use super::{ReleaseRequest, source_digest_of};

/// For every report directory in the archive: its slug and the revision a release would add next.
pub(crate) fn next_revisions(dir: &Path, led: &ParsedLedger) -> anyhow::Result<Vec<(String, u32)>> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).map_err(Failure::io(Io::Read, dir))? {
        let e = e.map_err(Failure::io(Io::Read, dir))?;
        let name = e.file_name().to_string_lossy().into_owned();
        if e.path().is_dir() && !name.starts_with('.') {
            let next = led.current(&name).map_or(1, |c| c.revision + 1);
            out.push((name, next));
        }
    }
    Ok(out)
}

/// The revision [`super::release`] would most likely give `req` in the archive `dir`, read
/// without the lock: `None` when its sources equal the current revision's (nothing to render),
/// or when the ledger cannot be read or is damaged (the release itself will say why). Only a
/// guess: a release in between changes it, so whoever renders ahead with it must check the
/// revision the release then asks for.
pub fn expected_revision(dir: &Path, req: &ReleaseRequest) -> Option<u32> {
    if !dir.exists() {
        return Some(1);
    }
    let led = ledger::read(dir).ok().filter(|l| l.problems.is_empty())?;
    let digest = source_digest_of(req.sources.iter().map(|s| (s.name.as_str(), s.sha256)));
    match led.current(&req.report.slug()) {
        Some(cur) if cur.source_sha256 == digest => None,
        Some(cur) => Some(cur.revision + 1),
        None => Some(1),
    }
}
