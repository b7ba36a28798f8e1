//! Durable filesystem steps (create-new + fsync, directory fsync, rename, lock) and the test hook
//! that can fail or "crash" a release after any step.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

use super::failure::{Failure, Io};

/// The points of a release after which a fault can be injected, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The temporary bag directory exists (empty).
    TempDirCreated,
    /// The PDF and source files are written and fsynced.
    PayloadWritten,
    /// bagit.txt, bag-info.txt and the manifests are written and fsynced.
    TagFilesWritten,
    /// The bag's directories are fsynced.
    BagSynced,
    /// The bag is renamed into its final place (`<slug>/r<N>`); no ledger entry yet.
    BagRenamed,
    /// The parent directories of the bag are fsynced.
    BagParentSynced,
    /// The new ledger is written to a temp file and fsynced.
    LedgerTempWritten,
    /// The new ledger replaced the old one (the revision is committed).
    LedgerRenamed,
    /// The bag's commit marker (and timestamp token) are written and fsynced.
    MarkerWritten,
    /// `lkjip-archive.txt` records the new ledger head (the release is complete).
    HeadRecorded,
}

impl Step {
    /// Every step, in the order a release passes them.
    pub const ALL: [Step; 10] = [
        Step::TempDirCreated,
        Step::PayloadWritten,
        Step::TagFilesWritten,
        Step::BagSynced,
        Step::BagRenamed,
        Step::BagParentSynced,
        Step::LedgerTempWritten,
        Step::LedgerRenamed,
        Step::MarkerWritten,
        Step::HeadRecorded,
    ];
}

/// What an injected fault does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// An ordinary I/O error: the release cleans up what it can and returns the error.
    Error,
    /// The process dies here: the release returns at once, leaving everything as it is.
    Crash,
}

/// The clock and the fault points of a release. Production uses [`RealWorld`]; tests inject.
pub trait World {
    /// The release time written to the ledger.
    #[expect(clippy::disallowed_methods, reason = "the release time of the ledger is the sanctioned clock")]
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
    /// Called after each [`Step`]; `Some` injects a fault there.
    fn after(&self, _step: Step) -> Option<Fault> {
        None
    }
}

/// The real clock, no faults.
pub struct RealWorld;
impl World for RealWorld {}

/// The error a simulated crash returns (so the release knows not to clean up).
#[derive(Debug)]
pub struct SimulatedCrash(pub Step);
impl std::fmt::Display for SimulatedCrash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "simulated crash after {:?}", self.0)
    }
}
impl std::error::Error for SimulatedCrash {}

/// Asks the world about `step`; turns a fault into an error.
pub fn checkpoint(world: &dyn World, step: Step) -> anyhow::Result<()> {
    match world.after(step) {
        None => Ok(()),
        // test machinery, never met by a person: its words may stay English
        Some(Fault::Error) => Err(anyhow::anyhow!("injected i/o error after {step:?}")),
        Some(Fault::Crash) => Err(SimulatedCrash(step).into()),
    }
}

/// Creates `path` (which must not exist), writes `bytes`, fsyncs. Never overwrites.
pub fn write_new(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut f = OpenOptions::new().write(true).create_new(true).open(path).map_err(Failure::io(Io::Create, path))?;
    f.write_all(bytes).map_err(Failure::io(Io::Write, path))?;
    f.sync_all().map_err(Failure::io(Io::Sync, path))?;
    Ok(())
}

/// fsyncs a directory, so that entries created or renamed in it are durable.
pub fn sync_dir(dir: &Path) -> anyhow::Result<()> {
    Ok(File::open(dir).and_then(|d| d.sync_all()).map_err(Failure::io(Io::SyncDir, dir))?)
}

/// Creates `dir` if missing and fsyncs its parent when it did.
pub fn ensure_dir(dir: &Path) -> anyhow::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    fs::create_dir_all(dir).map_err(Failure::io(Io::CreateDir, dir))?;
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        sync_dir(parent)?;
    }
    Ok(())
}

/// Prefix of every temporary entry in the archive directory.
pub const TEMP_PREFIX: &str = ".tmp-";
/// What a temporary entry holds; part of its name.
const TEMP_KINDS: [&str; 4] = ["bag", "ledger", "trash", "anchor"];

/// Whether `name` is a temporary name that [`temp_path`] makes:
/// `.tmp-<kind>-<pid>-<nanos>-<n>`, kind one of lkjip's own, the rest decimal digits.
/// Only such entries are ever removed; anything else is left for a person to judge.
pub fn is_own_temp(name: &str) -> bool {
    let Some(rest) = name.strip_prefix(TEMP_PREFIX) else { return false };
    let Some((kind, nums)) = rest.split_once('-') else { return false };
    let parts: Vec<&str> = nums.split('-').collect();
    TEMP_KINDS.contains(&kind)
        && parts.len() == 3
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 40 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A fresh temporary name in `dir`, unique across processes and threads.
pub fn temp_path(dir: &Path, what: &str) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    #[expect(clippy::disallowed_methods, reason = "temp names only need to be unique, never reach a file's bytes")]
    let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    dir.join(format!("{TEMP_PREFIX}{what}-{}-{nanos}-{n}", std::process::id()))
}

/// Removes a directory tree by first renaming it to a temporary name (so a crash midway
/// leaves only a temp entry, never a half-deleted bag in a real place).
pub fn remove_tree(archive: &Path, path: &Path) -> anyhow::Result<()> {
    let trash = temp_path(archive, "trash");
    fs::rename(path, &trash).map_err(Failure::io(Io::MoveAside, path))?;
    sync_dir(path.parent().unwrap_or(archive))?;
    Ok(fs::remove_dir_all(&trash).map_err(Failure::io(Io::Remove, &trash))?)
}

/// Removes leftover temporary entries of interrupted releases (only names [`is_own_temp`]
/// accepts). Call only under the lock, in a directory known to be an archive.
pub fn remove_temps(archive: &Path) -> anyhow::Result<()> {
    for entry in fs::read_dir(archive).map_err(Failure::io(Io::Read, archive))? {
        let entry = entry.map_err(Failure::io(Io::Read, archive))?;
        if entry.file_name().to_str().is_some_and(is_own_temp) {
            let p = entry.path();
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            let r = if is_dir { fs::remove_dir_all(&p) } else { fs::remove_file(&p) };
            r.map_err(Failure::io(Io::RemoveLeftover, &p))?;
        }
    }
    Ok(())
}

/// The archive's lock file name.
pub const LOCK_FILE: &str = ".lock";

/// Takes the archive's exclusive lock (blocking); released when the returned file is dropped.
pub fn lock_archive(archive: &Path) -> anyhow::Result<File> {
    let path = archive.join(LOCK_FILE);
    let f = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(Failure::io(Io::OpenLock, &path))?;
    f.lock().map_err(Failure::io(Io::Lock, &path))?;
    Ok(f)
}
