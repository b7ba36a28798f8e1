//! `lkjip release A.yaml B.yaml …`: several reports released into one archive in one run, each
//! as its next revision, exactly as `lkjip release A.yaml` alone would archive it; one report
//! that is not released does not stop the others, and a summary line ends the run.
//!
//! The checking and rendering run on all cores; the archiving does not: the reports are archived
//! one after the other, in the order given, each under the archive's lock as a single release
//! is, so the ledger reads as the same releases made one at a time in that order (an auditor
//! finds the order of the command line, not of whichever render finished first). A worker
//! renders a report with the revision the archive will most likely give it
//! ([`archive::expected_revision`], read without the lock); when the archive then asks for
//! another (someone released in between, or two files are the same report), that report is
//! rendered again, with the right number, before it is archived. Sources equal to the current
//! revision are not rendered at all.
//!
//! Everything said about a report (its warnings or errors, the question before a release despite
//! warnings, its facts) is said together under its name, by one thread, when its turn comes:
//! the questions come one at a time and nothing is printed between a question and its answer.
//! With `--format json`, stdout is one JSON array, one object per report in the order given:
//! `file` and `outcome` (`released`, `unchanged`, `invalid`, `refused`, `failed`), and for the
//! first two the fields of a single release's object. `-o` is refused (it names one output);
//! `--note`, `--ya` and `--tsa` apply to every report. Exit 0 when every report was released
//! or unchanged, 1 when some had errors in their data or were not agreed to, 2 when some could
//! not be released for another reason (then the summary is the error).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::Verdict;
use crate::archive::{self, ReleaseRequest};
use crate::cli::{Format, ReleaseArgs};
use crate::messages::batch::BatchMsg;
use crate::messages::fatal::{Stop, words_of};
use crate::pipeline::{self, Loaded, Ready};
use crate::render::{self, Layouts, Mode};
use crate::show::Ui;
use crate::value::severity::Severity;

/// One report, checked and (most likely) rendered, waiting for its turn in the archive.
enum Prepared {
    Ready {
        /// Its warnings, as shown to a person.
        text: String,
        warnings: usize,
        req: Box<ReleaseRequest>,
        ready: Box<Ready>,
        /// The revision it was rendered as, and the render.
        rendered: Option<(u32, anyhow::Result<Vec<u8>>)>,
    },
    /// Its data has errors: what they are, and that nothing was released.
    Invalid { text: String },
    /// It could not be read or rendered ahead for another reason.
    Failed { text: String },
}

/// How one report ended.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Released,
    Unchanged,
    Invalid,
    Refused,
    Failed,
}

impl Outcome {
    fn word(self) -> &'static str {
        match self {
            Outcome::Released => "released",
            Outcome::Unchanged => "unchanged",
            Outcome::Invalid => "invalid",
            Outcome::Refused => "refused",
            Outcome::Failed => "failed",
        }
    }
}

pub fn run(args: &ReleaseArgs, ui: &Ui) -> anyhow::Result<Verdict> {
    let lang = ui.lang;
    if args.output.is_some() {
        anyhow::bail!(BatchMsg::ReleaseOneOnly { option: "-o" }.text(lang));
    }
    let files: Vec<PathBuf> = std::iter::once(&args.file).chain(&args.more).cloned().collect();
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let layouts = Layouts::embedded();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(files.len());
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Prepared)>();
    let mut outcomes = Vec::with_capacity(files.len());
    let mut json = Vec::new();
    std::thread::scope(|scope| {
        let (files, layouts, next, dir) = (&files, &layouts, &next, &dir);
        for _ in 0..workers {
            let tx = tx.clone();
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    if tx.send((i, prepare_guarded(file, dir, layouts, ui))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        // archived in the order given, each as soon as it and those before it are ready
        let mut waiting = BTreeMap::new();
        for (i, file) in files.iter().enumerate() {
            let prepared = loop {
                if let Some(p) = waiting.remove(&i) {
                    break p;
                }
                match rx.recv() {
                    Ok((j, p)) => {
                        waiting.insert(j, p);
                    }
                    // a worker died outside its guard: never expected, still said
                    Err(_) => break Prepared::Failed { text: String::new() },
                }
            };
            let (outcome, value) = archive_in_turn(file, prepared, args, layouts, ui);
            if args.format == Format::Json {
                let mut v = value.unwrap_or_else(|| serde_json::json!({}));
                v["file"] = serde_json::json!(file);
                v["outcome"] = serde_json::json!(outcome.word());
                json.push(v);
            }
            outcomes.push(outcome);
        }
    });
    if args.format == Format::Json {
        println!("{}", serde_json::Value::Array(json));
    }
    let names = |want: Outcome| -> Vec<String> {
        files.iter().zip(&outcomes).filter(|(_, o)| **o == want).map(|(f, _)| f.display().to_string()).collect()
    };
    let count = |want: Outcome| outcomes.iter().filter(|o| **o == want).count();
    let (invalid, refused, failed) = (names(Outcome::Invalid), names(Outcome::Refused), names(Outcome::Failed));
    let (no, broken) = (!invalid.is_empty() || !refused.is_empty(), !failed.is_empty());
    let summary = BatchMsg::ReleaseSummary {
        total: files.len(),
        released: count(Outcome::Released),
        unchanged: count(Outcome::Unchanged),
        invalid,
        refused,
        failed,
    }
    .text(lang);
    if broken {
        anyhow::bail!(summary);
    }
    if no || !ui.quiet() {
        eprintln!("{summary}");
    }
    Ok(if no { Verdict::No } else { Verdict::Yes })
}

/// One report's turn: its heading and what its check said, then the archiving (the question
/// before a release despite warnings, when there is one, is asked here), then its facts.
/// Returns the outcome and, when archived or unchanged, the release's JSON object.
fn archive_in_turn(
    file: &Path,
    prepared: Prepared,
    args: &ReleaseArgs,
    layouts: &Layouts,
    ui: &Ui,
) -> (Outcome, Option<serde_json::Value>) {
    let lang = ui.lang;
    let (text, warnings, req, ready, rendered) = match prepared {
        Prepared::Ready { text, warnings, req, ready, rendered } => (text, warnings, req, ready, rendered),
        Prepared::Invalid { text } => return (heading(file, &text, lang, Outcome::Invalid), None),
        Prepared::Failed { text } => return (heading(file, &text, lang, Outcome::Failed), None),
    };
    heading(file, &text, lang, Outcome::Released);
    let released = super::release::archive_one(args, lang, warnings, *req, |revision| match rendered {
        Some((ahead, pdf)) if ahead == revision => pdf,
        _ => Ok(render::render_in_batch(layouts, &ready.input(Mode::Final { revision }))?.pdf),
    });
    match released {
        Ok(Some(r)) => {
            if args.format == Format::Text {
                super::release::say(args, lang, &r);
            }
            let outcome = if r.created { Outcome::Released } else { Outcome::Unchanged };
            (outcome, Some(super::release::json(&r, None)))
        }
        Ok(None) => (Outcome::Refused, None),
        Err(e) => {
            let why = words_of(&e, lang);
            eprintln!("{}", BatchMsg::NotReleased { file: file.display().to_string(), why }.text(lang));
            (Outcome::Failed, None)
        }
    }
}

/// Prints the report's heading and `text` on stderr; returns `outcome`.
fn heading(file: &Path, text: &str, lang: crate::messages::Lang, outcome: Outcome) -> Outcome {
    let heading = BatchMsg::Report { file: file.display().to_string() }.text(lang);
    eprint!("{heading}\n{text}");
    outcome
}

/// [`prepare`], with an error or a panic inside (a bug, never the data's fault) turned into
/// a failed report, so the other reports go on.
fn prepare_guarded(file: &Path, dir: &Path, layouts: &Layouts, ui: &Ui) -> Prepared {
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| prepare(file, dir, layouts, ui)));
    let why = match run {
        Ok(Ok(prepared)) => return prepared,
        Ok(Err(e)) => words_of(&e, ui.lang),
        Err(panic) => panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default(),
    };
    let said = BatchMsg::NotReleased { file: file.display().to_string(), why }.text(ui.lang);
    Prepared::Failed { text: format!("{said}\n") }
}

/// Checks one report as `lkjip release FILE` does and renders it ahead as the revision the
/// archive `dir` will most likely give it (not when its sources are unchanged).
fn prepare(file: &Path, dir: &Path, layouts: &Layouts, ui: &Ui) -> anyhow::Result<Prepared> {
    let mut ready = match pipeline::load(file)? {
        Loaded::Ready(ready) => ready,
        Loaded::Stopped(stopped) => {
            let mut text = super::stopped_text(&stopped, ui);
            let file = file.display().to_string();
            text.push_str(&Stop::HasErrors { file, release: true }.text(ui.lang));
            text.push('\n');
            return Ok(Prepared::Invalid { text });
        }
    };
    let text = super::warnings_text(&ready.warnings, Some(&ready.source.text), ui);
    let warnings = ready.warnings.count(Severity::Warning);
    let req = Box::new(super::release::request(&mut ready, ui.lang));
    let rendered = archive::expected_revision(dir, &req).map(|revision| {
        let pdf = render::render_in_batch(layouts, &ready.input(Mode::Final { revision })).map(|r| r.pdf);
        (revision, pdf.map_err(anyhow::Error::from))
    });
    Ok(Prepared::Ready { text, warnings, req, ready, rendered })
}
