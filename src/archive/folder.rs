//! The folder a release archives into: a foreign one is refused, a missing one created, and
//! after a first release that was refused or failed, what it left (anchor, lock, the folder it
//! created) is removed again, so that no empty archive is left behind.

use std::fs;
use std::path::Path;

use super::anchor::ARCHIVE_FILE;
use super::failure::{Failure, Io};
use super::fsio::{self, LOCK_FILE};
use super::ledger::LEDGER_FILE;

/// Refuses a folder that is neither an lkjip archive nor empty (creating it when missing), so
/// that a mistyped `--archive` never writes into, or removes anything from, someone's folder.
/// Returns whether it created the folder.
pub(super) fn open_for_release(dir: &Path) -> anyhow::Result<bool> {
    if !dir.exists() {
        fsio::ensure_dir(dir).map_err(|source| Failure::Preparing { dir: dir.to_path_buf(), source })?;
        return Ok(true);
    }
    // Listed before the archive's own files are looked for: another lkjip's first release into
    // the same empty folder may be under way, and it writes the anchor before anything else
    // that is not its lock or a temp entry, so whatever the listing saw, the anchor is there
    // by the time it is looked for (looked for first, it could appear between the two).
    let rd = fs::read_dir(dir).map_err(Failure::io(Io::Read, dir))?;
    let mut names = Vec::new();
    for e in rd {
        let name = e.map_err(Failure::io(Io::Read, dir))?.file_name();
        if name != LOCK_FILE && !name.to_str().is_some_and(fsio::is_own_temp) {
            names.push(name.to_string_lossy().into_owned());
        }
    }
    if names.is_empty() || dir.join(ARCHIVE_FILE).exists() || dir.join(LEDGER_FILE).exists() {
        return Ok(false);
    }
    names.sort();
    if names.len() > 3 {
        names.truncate(3);
        names.push("…".into());
    }
    Err(Failure::NotAnArchive { dir: dir.to_path_buf(), names }.into())
}

/// After a first release (no anchor, no ledger before it) that archived nothing: removes the
/// empty folders it made (a report's), then the anchor if it was written, and, when the
/// release `created` the archive folder, the lock and the folder itself. Only when nothing
/// else is left: otherwise the anchor stays, so that what remains audits as an empty archive.
/// Called under the lock: a release waiting for it then finds its folder gone and fails,
/// never writes into a half-removed one. Best effort.
pub(super) fn forget_fresh(dir: &Path, created: bool) {
    if dir.join(LEDGER_FILE).exists() {
        return;
    }
    let _ = fsio::remove_temps(dir);
    let Ok(rd) = fs::read_dir(dir) else { return };
    let mut others = false;
    for e in rd.flatten() {
        let name = e.file_name();
        let own = name == ARCHIVE_FILE || name == LOCK_FILE || name.to_str().is_some_and(fsio::is_own_temp);
        let gone = !own && e.path().is_dir() && fs::remove_dir(e.path()).is_ok();
        others |= !own && !gone;
    }
    if others {
        return;
    }
    let _ = fs::remove_file(dir.join(ARCHIVE_FILE));
    if created {
        let _ = fs::remove_file(dir.join(LOCK_FILE));
        let _ = fs::remove_dir(dir);
    }
}
