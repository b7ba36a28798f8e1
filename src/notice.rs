//! Noticing that a report's files changed, for `watch`: file-system notifications (inotify on
//! Linux, through the `notify` crate), with a slow poll of the files' stamps as a backstop and as
//! the whole mechanism where notifications are not available (some network shares, a full
//! inotify table).
//!
//! Folders are watched, not files: editors save by writing a new file and renaming it over the
//! old one, which a watch on the old file would miss. A notification only wakes the loop; what
//! counts as a change is always decided by the files' stamps (modification time and length), so
//! an event about another file of the folder (the PDF `watch` itself writes beside the YAML, an
//! editor's swap file) never triggers a rebuild. An empty file is waited for a moment (a save
//! caught between its truncate and its write), so a half-done save is not rebuilt as an error.
//!
//! A save is over when the file system says so: its writer closed the file, or a finished file
//! was renamed onto it. Then the change is reported at once; otherwise (a writer that keeps the
//! file open, polling) only after the files stayed quiet for the settling time.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant, SystemTime};

use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind, RenameMode};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

/// A file's stamp: its modification time and length, or nothing when it cannot be read.
pub type Stamp = Option<(SystemTime, u64)>;

/// The stamps of `files`, in order.
pub fn stamps(files: &[PathBuf]) -> Vec<Stamp> {
    files.iter().map(|f| std::fs::metadata(f).ok().and_then(|m| Some((m.modified().ok()?, m.len())))).collect()
}

/// How the notifier waits.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    /// With notifications: how long the files must stay quiet after an event before the change
    /// is reported (an editor saves in several steps). Without: the same after a changed stamp.
    pub settle: Duration,
    /// How often the stamps are compared when no notification came (the backstop with
    /// notifications, the whole mechanism without).
    pub poll: Duration,
}

impl Timing {
    /// With notifications: a change is reported when its save is over, else 20 ms after its last write.
    pub const NOTIFIED: Timing = Timing { settle: Duration::from_millis(20), poll: Duration::from_secs(1) };
    /// Polling only.
    pub const POLLED: Timing = Timing { settle: Duration::from_millis(100), poll: Duration::from_millis(300) };
}

/// What a notification says about a file, as far as the notifier cares.
#[derive(Debug)]
enum Note {
    /// A save of this file is over: its writer closed it, or a file was renamed onto it.
    Ended(PathBuf),
    /// Anything else about this file (a write, a creation, a removal).
    Touched(PathBuf),
    /// An error of the watcher: only a wake-up.
    Other,
}

impl Note {
    fn of(event: notify::Result<notify::Event>) -> Vec<Note> {
        let Ok(event) = event else { return vec![Note::Other] };
        match event.kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Modify(ModifyKind::Name(RenameMode::To)) => event.paths.into_iter().map(Note::Ended).collect(),
            // [from, to]: the old name is gone, the new one complete
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)) => {
                let mut paths = event.paths;
                let to = paths.pop();
                paths.into_iter().map(Note::Touched).chain(to.map(Note::Ended)).collect()
            }
            EventKind::Access(_) => Vec::new(), // a read or an open changes nothing
            _ => event.paths.into_iter().map(Note::Touched).collect(),
        }
    }
}

/// Waits for a change of a set of files.
pub struct Notifier {
    /// `None`: notifications are not available, the stamps are polled.
    watcher: Option<(RecommendedWatcher, Receiver<Note>)>,
    folders: BTreeSet<PathBuf>,
    files: Vec<PathBuf>,
    /// `files` as notifications name them (the folder's canonical path and the file's name).
    names: Vec<PathBuf>,
    /// The names whose last notification said their save was over.
    ended: BTreeSet<PathBuf>,
    seen: Vec<Stamp>,
    timing: Timing,
}

impl Notifier {
    /// A notifier using file-system notifications where it can, else polling.
    pub fn new() -> Notifier {
        let (tx, rx) = channel();
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            // a note only wakes the loop and tells when a save is over; the stamps decide
            for note in Note::of(event) {
                let _ = tx.send(note);
            }
        })
        .ok()
        .map(|w| (w, rx));
        let timing = if watcher.is_some() { Timing::NOTIFIED } else { Timing::POLLED };
        Notifier::with(watcher, timing)
    }

    /// A notifier that only polls, every `timing.poll`.
    pub fn polling(timing: Timing) -> Notifier {
        Notifier::with(None, timing)
    }

    fn with(watcher: Option<(RecommendedWatcher, Receiver<Note>)>, timing: Timing) -> Notifier {
        Notifier {
            watcher,
            folders: BTreeSet::new(),
            files: Vec::new(),
            names: Vec::new(),
            ended: BTreeSet::new(),
            seen: Vec::new(),
            timing,
        }
    }

    /// Whether file-system notifications are in use.
    pub fn notified(&self) -> bool {
        self.watcher.is_some()
    }

    /// From now on, watch `files`; their current stamps are the baseline a change is judged
    /// against. Call it right before a rebuild reads them, so a write during the rebuild is a
    /// change afterwards.
    pub fn watch(&mut self, files: Vec<PathBuf>) {
        self.seen = stamps(&files);
        if let Some((watcher, _)) = &mut self.watcher {
            let folders: BTreeSet<PathBuf> = files.iter().map(|f| folder_of(f)).collect();
            for gone in self.folders.difference(&folders) {
                let _ = watcher.unwatch(gone);
            }
            for new in folders.difference(&self.folders) {
                // a folder that cannot be watched (missing, no permission) is left to the poll
                let _ = watcher.watch(new, RecursiveMode::NonRecursive);
            }
            self.folders = folders;
        }
        self.names = files.iter().map(|f| folder_of(f).join(f.file_name().unwrap_or_default())).collect();
        self.ended.clear();
        self.files = files;
    }

    /// Takes a note in: which saves are over.
    fn take(&mut self, note: Note) {
        match note {
            Note::Ended(path) => {
                self.ended.insert(path);
            }
            Note::Touched(path) => {
                self.ended.remove(&path);
            }
            Note::Other => {}
        }
    }

    /// Whether `now` differs from the baseline and every file that changed is known to be
    /// saved completely (its last notification ended a save, and it is not empty).
    fn saved(&self, now: &[Stamp]) -> bool {
        let mut changed = now.iter().zip(&self.seen).zip(&self.names).filter(|((now, seen), _)| now != seen).peekable();
        changed.peek().is_some()
            && changed.all(|((now, _), name)| self.ended.contains(name) && !matches!(now, Some((_, 0))))
    }

    /// Blocks until a watched file's stamp differs from the baseline and then stays the same for
    /// `settle`, or until `give_up` has passed (then `false`).
    pub fn wait(&mut self, give_up: Duration) -> bool {
        let deadline = Instant::now() + give_up;
        loop {
            let now = Instant::now();
            if now >= deadline {
                return false;
            }
            let wake = self.timing.poll.min(deadline - now);
            self.sleep_or_take(wake);
            let now = stamps(&self.files);
            if now == self.seen {
                self.ended.clear(); // late notes of a save the baseline already holds
            } else if self.saved(&now) || self.settled() {
                return true;
            }
        }
    }

    /// Sleeps for `wake`, or with notifications until the next note comes; then takes in that
    /// note and every other one waiting.
    fn sleep_or_take(&mut self, wake: Duration) {
        let Some((_, rx)) = &self.watcher else {
            std::thread::sleep(wake);
            return;
        };
        let notes: Vec<Note> = match rx.recv_timeout(wake) {
            Ok(note) => std::iter::once(note).chain(rx.try_iter()).collect(),
            Err(RecvTimeoutError::Timeout) => Vec::new(),
            Err(RecvTimeoutError::Disconnected) => {
                std::thread::sleep(wake);
                Vec::new()
            }
        };
        notes.into_iter().for_each(|n| self.take(n));
    }

    /// Waits until the stamps stop changing for `settle` (an editor's save is several writes).
    /// An empty file is a save caught between its truncate and its write (an editor held by a
    /// busy machine): it is waited for up to [`HALF_SAVE`], then it is a change like any other
    /// (a file emptied on purpose gets its rebuild and its error).
    fn settled(&mut self) -> bool {
        let started = Instant::now();
        let mut last = stamps(&self.files);
        loop {
            // quiet for `settle`, or until the notes say the save is over
            let quiet = Instant::now() + self.timing.settle;
            while let Some(left) = quiet.checked_duration_since(Instant::now()).filter(|d| !d.is_zero()) {
                self.sleep_or_take(left);
                if self.saved(&stamps(&self.files)) {
                    return true;
                }
            }
            let again = stamps(&self.files);
            let half_saved = again.iter().any(|s| matches!(s, Some((_, 0)))) && started.elapsed() < HALF_SAVE;
            if again == last && !half_saved {
                return again != self.seen;
            }
            last = again;
        }
    }
}

/// How long an empty watched file is taken for a save still under way.
pub const HALF_SAVE: Duration = Duration::from_secs(1);

impl Default for Notifier {
    fn default() -> Self {
        Notifier::new()
    }
}

/// The folder a file lies in, as the notifications name it.
fn folder_of(file: &Path) -> PathBuf {
    let folder = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    folder.canonicalize().unwrap_or_else(|_| folder.to_owned())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods, reason = "tests write their fixtures directly")]
    use super::*;

    const LONG: Duration = Duration::from_secs(10);

    fn fixture() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let yaml = dir.path().join("lkjip.yaml");
        std::fs::write(&yaml, "a: 1\n").unwrap();
        (dir, yaml)
    }

    #[test]
    fn notifications_are_used_on_this_machine() {
        // inotify is available on every Linux this project supports; a silent fall back to
        // polling would make `watch` slow without anybody noticing
        assert!(Notifier::new().notified());
    }

    #[test]
    fn a_write_is_noticed_and_nothing_else_is() {
        for mut n in [Notifier::new(), Notifier::polling(Timing { settle: Duration::from_millis(5), ..Timing::POLLED })]
        {
            let (dir, yaml) = fixture();
            n.watch(vec![yaml.clone()]);
            assert!(!n.wait(Duration::from_millis(400)), "nothing changed yet");
            // another file of the same folder (the PDF watch writes) is no change
            std::fs::write(dir.path().join("lkjip.pdf"), "%PDF-").unwrap();
            assert!(!n.wait(Duration::from_millis(400)), "an unwatched file changed");
            let writer = {
                let yaml = yaml.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_millis(50));
                    std::fs::write(&yaml, "a: 22\n").unwrap();
                })
            };
            assert!(n.wait(LONG), "the write was not noticed (notified: {})", n.notified());
            writer.join().unwrap();
            // the baseline is what `watch` was last given: the same change is still a change
            // until the next rebuild takes new stamps
            n.watch(vec![yaml.clone()]);
            assert!(!n.wait(Duration::from_millis(400)), "no new change after the new baseline");
        }
    }

    #[test]
    fn a_finished_save_is_reported_at_once_an_open_one_after_the_quiet() {
        let (dir, yaml) = fixture();
        let mut n = Notifier::new();
        let settle = Duration::from_millis(1500);
        n.timing.settle = settle;
        // written and closed in place, and written beside and renamed over: both are over
        let tmp = dir.path().join(".lkjip.yaml.tmp");
        let saves: [&dyn Fn(); 2] = [&|| std::fs::write(&yaml, "a: 22\n").unwrap(), &|| {
            std::fs::write(&tmp, "a: 333\n").unwrap();
            std::fs::rename(&tmp, &yaml).unwrap();
        }];
        for save in saves {
            n.watch(vec![yaml.clone()]);
            let started = Instant::now();
            save();
            assert!(n.wait(LONG));
            assert!(started.elapsed() < settle, "a closed save waited {:?}", started.elapsed());
        }
        // a writer that keeps the file open: reported only after the files stayed quiet
        n.watch(vec![yaml.clone()]);
        let started = Instant::now();
        let mut open = std::fs::OpenOptions::new().append(true).open(&yaml).unwrap();
        std::io::Write::write_all(&mut open, b"b: 1\n").unwrap();
        assert!(n.wait(LONG));
        assert!(started.elapsed() >= settle, "an open save was reported after {:?}", started.elapsed());
        drop(open);
    }

    #[test]
    fn a_save_caught_between_its_truncate_and_its_write_is_waited_for() {
        let (_dir, yaml) = fixture();
        let mut n = Notifier::new();
        n.watch(vec![yaml.clone()]);
        // an in-place save whose writer is held for 150 ms (more than `settle`) after truncating
        let file = std::fs::File::create(&yaml).unwrap();
        let writer = {
            let yaml = yaml.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(150));
                std::fs::write(&yaml, "a: 4444\n").unwrap();
            })
        };
        drop(file);
        assert!(n.wait(LONG));
        let len = std::fs::metadata(&yaml).unwrap().len();
        writer.join().unwrap();
        assert_eq!(len, 8, "the change was reported before the save had written anything");
        // a file emptied on purpose is still a change, reported after the wait
        n.watch(vec![yaml.clone()]);
        let started = Instant::now();
        std::fs::write(&yaml, "").unwrap();
        assert!(n.wait(LONG), "an emptied file is a change");
        assert!(started.elapsed() >= HALF_SAVE, "reported before the half-save wait was over");
    }

    #[test]
    fn an_editor_replacing_the_file_is_noticed() {
        let (dir, yaml) = fixture();
        let mut n = Notifier::new();
        n.watch(vec![yaml.clone()]);
        let tmp = dir.path().join(".lkjip.yaml.swp");
        std::fs::write(&tmp, "a: 333\n").unwrap();
        std::fs::rename(&tmp, &yaml).unwrap();
        assert!(n.wait(LONG));
    }

    #[test]
    fn files_in_other_folders_and_missing_files_are_watched() {
        let (dir, yaml) = fixture();
        let foto = dir.path().join("foto");
        std::fs::create_dir(&foto).unwrap();
        let image = foto.join("a.png");
        let missing = dir.path().join("nowhere/b.png");
        let mut n = Notifier::new();
        n.watch(vec![yaml, image.clone(), missing.clone()]);
        std::fs::write(&image, "png").unwrap();
        assert!(n.wait(LONG), "a new image in a subfolder");
        n.watch(vec![image, missing.clone()]);
        // a missing file's folder cannot be watched: the poll backstop sees it appear
        std::fs::create_dir(missing.parent().unwrap()).unwrap();
        std::fs::write(&missing, "png").unwrap();
        assert!(n.wait(LONG), "a file that appears where none was");
    }
}
