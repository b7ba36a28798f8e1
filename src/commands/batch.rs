//! `lkjip build A.yaml B.yaml …`: several reports in one process, on all cores, each with its own
//! problems; one report that fails does not stop the others, and a summary line ends the run.
//!
//! As many reports are in flight as the machine has cores (Typst lays out each one's pages in
//! parallel too); a report's lines are printed together when it is done, under its name, so
//! the output of reports built side by side never interleaves. Memory is bounded by the reports
//! in flight: each render evicts what no render in flight still uses
//! ([`render::render_in_batch`]). Each PDF is exactly the one `lkjip build FILE` writes.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::Verdict;
use crate::cli::BuildArgs;
use crate::messages::batch::BatchMsg;
use crate::pipeline::{self, Loaded};
use crate::render::{self, Layouts, Mode};
use crate::show::Ui;

/// How one report ended.
enum Outcome {
    Built,
    /// Its data has errors (exit 1 for the run).
    Invalid,
    /// It could not be built for another reason (exit 2 for the run).
    Failed,
}

pub fn run(args: &BuildArgs, ui: &Ui) -> anyhow::Result<Verdict> {
    let lang = ui.lang;
    if args.output.is_some() {
        anyhow::bail!(BatchMsg::OneReportOnly { option: "-o" }.text(lang));
    }
    if args.signature_box.is_some() {
        anyhow::bail!(BatchMsg::OneReportOnly { option: "--signature-box" }.text(lang));
    }
    let files: Vec<PathBuf> = std::iter::once(&args.file).chain(&args.more).cloned().collect();
    let mut outputs: BTreeMap<PathBuf, &Path> = BTreeMap::new();
    for file in &files {
        let output = file.with_extension("pdf");
        let key = std::path::absolute(&output).unwrap_or_else(|_| output.clone());
        if let Some(first) = outputs.insert(key, file) {
            anyhow::bail!(
                BatchMsg::SameOutput {
                    output: output.display().to_string(),
                    first: first.display().to_string(),
                    second: file.display().to_string(),
                }
                .text(lang)
            );
        }
    }
    let layouts = match &args.layout {
        Some(dir) => Layouts::from_dir(dir)?,
        None => Layouts::embedded(),
    };
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(files.len());
    let next = AtomicUsize::new(0);
    let outcomes: Mutex<Vec<Option<Outcome>>> = Mutex::new(files.iter().map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let (outcome, text) = one_guarded(file, &layouts, ui);
                    if !text.is_empty() {
                        let heading = BatchMsg::Report { file: file.display().to_string() }.text(lang);
                        let mut err = std::io::stderr().lock();
                        let _ = write!(err, "{heading}\n{text}");
                    }
                    if let Ok(mut all) = outcomes.lock() {
                        all[i] = Some(outcome);
                    }
                }
            });
        }
    });
    let outcomes = outcomes.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
    let names = |want: fn(&Outcome) -> bool| -> Vec<String> {
        files
            .iter()
            .zip(&outcomes)
            .filter(|(_, o)| o.as_ref().is_none_or(want))
            .map(|(f, _)| f.display().to_string())
            .collect()
    };
    let invalid = names(|o| matches!(o, Outcome::Invalid));
    let failed = names(|o| matches!(o, Outcome::Failed));
    let built = files.len() - invalid.len() - failed.len();
    let (no, broken) = (!invalid.is_empty(), !failed.is_empty());
    let summary = BatchMsg::Summary { total: files.len(), built, invalid, failed }.text(lang);
    if broken {
        anyhow::bail!(summary);
    }
    if no || !ui.quiet() {
        eprintln!("{summary}");
    }
    Ok(if no { Verdict::No } else { Verdict::Yes })
}

/// [`one`], with a panic inside (a bug, never the data's fault) turned into a failed report, so
/// the other reports go on.
fn one_guarded(file: &Path, layouts: &Layouts, ui: &Ui) -> (Outcome, String) {
    let mut text = String::new();
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| one(file, layouts, ui, &mut text)));
    let why = match run {
        Ok(Ok(outcome)) => return (outcome, text),
        Ok(Err(e)) => crate::messages::fatal::words_of(&e, ui.lang),
        Err(panic) => panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default(),
    };
    let _ = writeln!(text, "{}", BatchMsg::Crashed { file: file.display().to_string(), why }.text(ui.lang));
    (Outcome::Failed, text)
}

/// Build one report as `lkjip build FILE` does, writing what it says into `out`.
fn one(file: &Path, layouts: &Layouts, ui: &Ui, out: &mut String) -> anyhow::Result<Outcome> {
    let output = file.with_extension("pdf");
    pipeline::output::check_output(&output, file)?;
    let mut ready = match pipeline::load(file)? {
        Loaded::Ready(ready) => ready,
        Loaded::Stopped(stopped) => {
            out.push_str(&super::stopped_text(&stopped, ui));
            return Ok(Outcome::Invalid);
        }
    };
    // the warnings quote the text that was checked, never a second read
    out.push_str(&super::warnings_text(&ready.warnings, Some(&ready.source.text), ui));
    drop(std::mem::take(&mut ready.assembled.originals));
    let rendered = render::render_in_batch(layouts, &ready.input(Mode::Draft))?;
    drop(ready);
    pipeline::output::write_pdf(&output, &rendered.pdf)?;
    for w in &rendered.warnings {
        let _ = writeln!(out, "{w}");
    }
    if !ui.quiet() {
        let wrote = BatchMsg::Wrote { output: output.display().to_string(), pages: rendered.pages };
        let _ = writeln!(out, "{}", wrote.text(ui.lang));
    }
    Ok(Outcome::Built)
}
