//! Writing files the way lkjip writes every file it makes: whole or not at all. One helper, so
//! that there is one recipe (temp file beside the target, write, fsync, rename, fsync the folder).
//! The archive keeps its own fault-injected steps in `archive::fsio`.

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::Context;

/// The folder a path lies in (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Flush a folder's entries (a rename into it) to disk. A no-op where folders cannot be opened.
pub fn sync_dir(dir: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    fs::File::open(dir).and_then(|d| d.sync_all()).with_context(|| format!("cannot sync {}", dir.display()))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Write `bytes` to `path` atomically: a temporary file beside it, synced, renamed over `path`,
/// then the folder synced. A reader sees the old file or the new one, never a part.
/// The file gets the permissions any new file would (0666 less the umask, usually 0644), not
/// the owner-only 0600 of a temporary file: what lkjip writes is made to be shared.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = parent_dir(path);
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp =
        builder.tempfile_in(dir).with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    tmp.write_all(bytes).with_context(|| format!("cannot write {}", path.display()))?;
    tmp.as_file().sync_all().with_context(|| format!("cannot sync {}", path.display()))?;
    tmp.persist(path).map_err(|e| e.error).with_context(|| format!("cannot move {} into place", path.display()))?;
    sync_dir(dir)
}
