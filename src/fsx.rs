//! Writing files the way lkjip writes every file it makes: whole or not at all. One helper, so
//! that there is one recipe (temp file beside the target, write, fsync, rename, fsync the folder).
//! The archive keeps its own fault-injected steps in `archive::fsio`.

use std::fs;
use std::io::Write;
use std::path::Path;

/// The folder a path lies in (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// The step of an atomic write that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Creating the temporary file beside the target.
    CreateTemp,
    /// Writing or syncing the temporary file.
    Write,
    /// Renaming it over the target.
    Rename,
    /// Syncing the folder after the rename.
    SyncDir,
}

/// Write `bytes` to `path` atomically: a temporary file beside it, synced, renamed over `path`,
/// then the folder synced. A reader sees the old file or the new one, never a part.
/// The file gets the permissions any new file would (0666 less the umask, usually 0644), not
/// the owner-only 0600 of a temporary file: what lkjip writes is made to be shared.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write_atomic_with(
        path,
        bytes,
        || Ok(()),
        |step, e| {
            let what = match step {
                Step::CreateTemp => format!("cannot create a temporary file in {}", parent_dir(path).display()),
                Step::Write => format!("cannot write {}", path.display()),
                Step::Rename => format!("cannot move {} into place", path.display()),
                Step::SyncDir => format!("cannot sync {}", parent_dir(path).display()),
            };
            anyhow::Error::new(e).context(what)
        },
    )
}

/// [`write_atomic`], asking `still_ok` once the new bytes are on disk, just before the rename
/// (an `Err` leaves `path` as it was and no temporary file behind), and naming a failed step
/// with `fail`: the one recipe for callers with errors of their own.
pub fn write_atomic_with<E>(
    path: &Path,
    bytes: &[u8],
    still_ok: impl FnOnce() -> Result<(), E>,
    fail: impl Fn(Step, std::io::Error) -> E,
) -> Result<(), E> {
    let dir = parent_dir(path);
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir).map_err(|e| fail(Step::CreateTemp, e))?;
    tmp.write_all(bytes).and_then(|()| tmp.as_file().sync_all()).map_err(|e| fail(Step::Write, e))?;
    still_ok()?;
    tmp.persist(path).map_err(|e| fail(Step::Rename, e.error))?;
    sync_dir(dir).map_err(|e| fail(Step::SyncDir, e))
}

/// Flush a folder's entries (a rename into it) to disk. A no-op where folders cannot be opened.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    fs::File::open(dir).and_then(|d| d.sync_all())?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}
