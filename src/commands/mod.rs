//! One module per command; `run` dispatches. Commands are where the layers meet.

pub mod batch;
pub mod build;
pub mod check;
pub mod completions;
pub mod diff;
pub mod ekspor;
pub mod impor;
pub mod init;
pub mod layouts;
pub mod log;
pub mod man;
pub mod publikasi;
pub mod release;
mod release_batch;
pub mod reproduce;
pub mod schema;
pub mod verify;
pub mod watch;

use std::path::Path;

use crate::cli::{Cli, Command};
use crate::diag::Problems;
use crate::messages::Lang;
use crate::pipeline::{self, Loaded, Ready, Stopped};
use crate::show::{self, Ui, Verbosity};

/// The answer a command gives, apart from failing to run at all (an `Err`, exit 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Exit 0: valid, verified, done.
    Yes,
    /// Exit 1: the answer is no (invalid data, verification failed).
    No,
}

pub fn run(cli: Cli) -> anyhow::Result<Verdict> {
    let verbosity = if cli.quiet {
        Verbosity::Quiet
    } else if cli.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    let ui = Ui { lang: Lang::choose(cli.lang, |k| std::env::var(k).ok()), color: Ui::color_for_stderr(), verbosity };
    let done = match cli.command {
        Command::Check(args) => check::run(&args, &ui),
        Command::Build(args) => build::run(&args, &ui),
        Command::Watch(args) => watch::run(&args, &ui),
        Command::Layouts(args) => layouts::run(&args, ui.lang),
        Command::Release(args) => release::run(&args, &ui),
        Command::Verify(args) => verify::run(&args, &ui),
        Command::Publikasi(args) => publikasi::run(&args),
        Command::Log(args) => log::run(&args, &ui),
        Command::Diff(args) => diff::run(&args, ui.lang),
        Command::Reproduce(args) => reproduce::run(&args, ui.lang),
        Command::Init(args) => init::run(&args, &ui),
        Command::Schema => schema::run(),
        Command::Completions(args) => completions::run(&args, ui.lang),
        Command::Man => man::run(ui.lang),
        Command::Ekspor(args) => ekspor::run(&args, &ui),
        Command::Impor(args) => impor::run(&args, &ui),
    };
    done.map_err(|e| crate::messages::fatal::reword(e, ui.lang))
}

/// The problems that stopped a report, as shown to a person: the warnings of the stages that
/// passed, then the problems, each with its line of the source as it was read.
fn stopped_text(s: &Stopped, ui: &Ui) -> String {
    let mut text = s.warnings.as_ref().map(|w| warnings_text(w, s.text(), ui)).unwrap_or_default();
    text.push_str(&show::problems(&s.problems, s.text(), ui));
    text
}

fn warnings_text(w: &Problems, source: Option<&str>, ui: &Ui) -> String {
    if w.problems.is_empty() { String::new() } else { show::problems(w, source, ui) }
}

/// [`pipeline::load`] for a command that renders once: warnings are shown; when problems stop
/// the report they are shown, with what was therefore not done (no PDF, or with `release`
/// nothing released), and `None`
/// returned.
fn load(path: &Path, release: bool, ui: &Ui) -> anyhow::Result<Option<Box<Ready>>> {
    Ok(match pipeline::load(path)? {
        Loaded::Ready(ready) => {
            eprint!("{}", warnings_text(&ready.warnings, Some(&ready.source.text), ui));
            Some(ready)
        }
        Loaded::Stopped(stopped) => {
            eprint!("{}", stopped_text(&stopped, ui));
            let file = path.display().to_string();
            eprintln!("{}", crate::messages::fatal::Stop::HasErrors { file, release }.text(ui.lang));
            None
        }
    })
}
