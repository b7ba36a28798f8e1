//! `lkjip watch FILE`: the loop that rebuilds when the YAML or its images change.
//!
//! Changes are noticed by file-system notifications ([`crate::notice`]), with polling as the
//! backstop. The rebuild itself is a closure; the command wires in the renderer.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::diag::Severity;
use crate::messages::Msg;
use crate::notice::Notifier;
pub use crate::pipeline::files_of;
use crate::pipeline::{self, Loaded};
use crate::show::Ui;

/// What one rebuild found: nothing wrong, or problems to show (already as text).
pub enum Rebuilt {
    Ok,
    Problems { text: String, errors: usize, warnings: usize },
}

/// Build once, then rebuild after each change until `go_on(rebuilds so far)` says stop (asked
/// at least every 200 ms). Each rebuild prints one line through `say` (`ok in 0.42 s`, or the
/// problems then a count); a rebuild that cannot run at all is reported and the loop goes on.
/// After each line, whatever the outcome, `tidy` does the work nobody needs to wait for
/// (forgetting old memo entries).
///
/// `files()` is asked before and after each rebuild: when the rebuild learnt of other files
/// (the edit named a new photo), the loop builds once more at once, watching the new list from
/// before that build, so a change of a new file is never missed.
pub fn run_loop(
    files: impl Fn() -> Vec<PathBuf>,
    mut rebuild: impl FnMut() -> anyhow::Result<Rebuilt>,
    mut say: impl FnMut(&str),
    mut tidy: impl FnMut(),
    mut go_on: impl FnMut(usize) -> bool,
    mut notifier: Notifier,
    ui: &Ui,
) {
    let mut rebuilds = 0;
    let mut dirty = true;
    while go_on(rebuilds) {
        if dirty {
            // take the files' stamps before building: a change made while building (or right
            // after its line is printed) then triggers the next rebuild instead of being lost
            let watched = files();
            notifier.watch(watched.clone());
            let started = Instant::now();
            let line = match rebuild() {
                Ok(Rebuilt::Ok) => {
                    Msg::RebuiltOk { secs: format!("{:.2}", started.elapsed().as_secs_f64()) }.text(ui.lang)
                }
                Ok(Rebuilt::Problems { text, errors, warnings }) => {
                    format!("{text}{}", Msg::RebuiltWithProblems { errors, warnings }.text(ui.lang))
                }
                Err(e) => {
                    let words = crate::messages::fatal::words_of(&e, ui.lang);
                    format!("{}: {words}", crate::messages::severity(Severity::Error, ui.lang))
                }
            };
            say(&line);
            tidy();
            rebuilds += 1;
            dirty = files() != watched;
            continue;
        }
        dirty = notifier.wait(Duration::from_millis(200));
    }
}

/// `lkjip watch FILE`: render a preview of the draft PDF beside the YAML now and after every
/// change of the YAML or one of its images, one line per rebuild, until interrupted. The
/// preview has the draft's pages and text but is not the archival file (no PDF/A, no PDF/UA
/// tagging: [`crate::render::render_preview`]); `lkjip build` writes that.
pub fn run(args: &crate::cli::WatchArgs, ui: &Ui) -> anyhow::Result<super::Verdict> {
    use crate::render::{self, Layouts, Mode};
    let layouts = Layouts::embedded();
    let output = args.file.with_extension("pdf");
    pipeline::output::check_output(&output, &args.file)?;
    // the files the last load read, so the loop need not read and parse the YAML once more
    // (about 8 ms of a 110 ms rebuild of the reference); `None` after a load that stopped
    let known: std::cell::RefCell<Option<Vec<PathBuf>>> = std::cell::RefCell::new(None);
    let files = || known.borrow().clone().unwrap_or_else(|| files_of(&args.file));
    let rebuild = || -> anyhow::Result<Rebuilt> {
        let loaded = pipeline::load(&args.file);
        let named = match &loaded {
            Ok(Loaded::Ready(ready)) => Some(pipeline::files_named(&args.file, &ready.report.doc)),
            _ => None,
        };
        known.replace(named);
        match loaded? {
            Loaded::Stopped(s) => Ok(Rebuilt::Problems {
                text: super::stopped_text(&s, ui),
                errors: s.problems.count(Severity::Error),
                warnings: s.problems.count(Severity::Warning),
            }),
            Loaded::Ready(ready) => {
                eprint!("{}", super::warnings_text(&ready.warnings, Some(&ready.source.text), ui));
                let rendered = render::render_preview(&layouts, &ready.input(Mode::Draft))?;
                pipeline::output::write_pdf(&output, &rendered.pdf)?;
                Ok(Rebuilt::Ok)
            }
        }
    };
    if !ui.quiet() {
        eprintln!(
            "{}",
            crate::messages::output::Said::Watching {
                file: args.file.display().to_string(),
                output: output.display().to_string()
            }
            .text(ui.lang)
        );
    }
    let say = |line: &str| eprintln!("{line}");
    run_loop(files, rebuild, say, render::forget_unused, |_| true, Notifier::new(), ui);
    Ok(super::Verdict::Yes)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods, reason = "tests write their fixtures and set file times directly")]
    use std::path::Path;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};

    use super::*;

    fn touch(path: &Path, secs_later: u64) {
        let f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
        f.set_modified(std::time::SystemTime::now() + Duration::from_secs(secs_later)).unwrap();
    }

    #[test]
    fn the_loop_rebuilds_after_a_change_and_not_before() {
        let dir = tempfile::tempdir().unwrap();
        let yaml = dir.path().join("lkjip.yaml");
        std::fs::write(&yaml, "dokumen: {}\n").unwrap();
        let calls = Arc::new(AtomicUsize::new(0));
        let lines = Arc::new(Mutex::new(Vec::<String>::new()));
        let (c, l, y) = (calls.clone(), lines.clone(), yaml.clone());
        let tidied = lines.clone();
        let mut polls = 0;
        let worker = std::thread::spawn(move || {
            run_loop(
                || files_of(&y),
                || {
                    let n = c.fetch_add(1, Ordering::SeqCst);
                    Ok(if n == 0 {
                        Rebuilt::Ok
                    } else {
                        Rebuilt::Problems { text: "x: bad\n".into(), errors: 1, warnings: 0 }
                    })
                },
                |line| l.lock().unwrap().push(line.to_owned()),
                || tidied.lock().unwrap().push("(tidied)".to_owned()),
                |n| {
                    polls += 1;
                    n < 2 && polls < 2000
                },
                Notifier::new(),
                &Ui::default(),
            )
        });
        let wait_for = |n: usize| {
            let t = Instant::now();
            while calls.load(Ordering::SeqCst) < n && t.elapsed() < Duration::from_secs(5) {
                std::thread::sleep(Duration::from_millis(2));
            }
        };
        wait_for(1);
        std::thread::sleep(Duration::from_millis(30));
        assert_eq!(calls.load(Ordering::SeqCst), 1, "no change, no rebuild");
        touch(&yaml, 10);
        wait_for(2);
        worker.join().unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 2, "the change was noticed");
        let lines = lines.lock().unwrap();
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(lines[0].starts_with("ok in ") && lines[0].ends_with(" s"), "{lines:?}");
        // the tidying comes after each line, an error's too: nobody waits for it
        assert_eq!(lines[1], "(tidied)");
        assert_eq!(lines[2], "x: bad\n1 error, 0 warnings");
        assert_eq!(lines[3], "(tidied)");
    }

    #[test]
    fn a_rebuild_that_learns_of_a_new_file_is_followed_by_one_more() {
        let dir = tempfile::tempdir().unwrap();
        let yaml = dir.path().join("lkjip.yaml");
        let photo = dir.path().join("foto.png");
        std::fs::write(&yaml, "dokumen: {}\n").unwrap();
        std::fs::write(&photo, "x").unwrap();
        // the first rebuild "finds" the photo named in the YAML; nothing is edited afterwards
        let list = std::cell::RefCell::new(vec![yaml.clone()]);
        let calls = std::cell::Cell::new(0);
        let watched = std::cell::RefCell::new(Vec::new());
        let mut polls = 0;
        run_loop(
            || {
                let files = list.borrow().clone();
                watched.borrow_mut().push(files.len());
                files
            },
            || {
                calls.set(calls.get() + 1);
                list.replace(vec![yaml.clone(), photo.clone()]);
                Ok(Rebuilt::Ok)
            },
            |_| {},
            || {},
            |_| {
                polls += 1;
                polls < 4
            },
            Notifier::new(),
            &Ui::default(),
        );
        assert_eq!(calls.get(), 2, "one build more, for the new list, and then none");
        // before and after each build: the second build watched the photo from its start
        assert_eq!(*watched.borrow(), [1, 2, 2, 2]);
    }

    #[test]
    fn images_named_in_the_yaml_are_watched() {
        let root = env!("CARGO_MANIFEST_DIR");
        let text = std::fs::read_to_string(Path::new(root).join("tests/fixtures/kecil.yaml")).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let yaml = dir.path().join("lkjip.yaml");
        std::fs::write(
            &yaml,
            text.replacen("  tanggal: 2025-02-28\n", "  tanggal: 2025-02-28\n  logo: gambar/logo.png\n", 1),
        )
        .unwrap();
        assert_eq!(files_of(&yaml), [yaml.clone(), dir.path().join("gambar/logo.png")]);
        let files = files_of(Path::new("/nonexistent/lkjip.yaml"));
        assert_eq!(files, [PathBuf::from("/nonexistent/lkjip.yaml")]);
    }
}
