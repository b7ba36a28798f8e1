//! One module per command; `run` dispatches. Commands are where the layers meet.

pub mod check;
pub mod completions;
pub mod init;
pub mod man;
pub mod prepare;
pub mod schema;
pub mod watch;

use crate::cli::{Cli, Command};
use crate::messages::Lang;
use crate::show::{Ui, Verbosity};

/// The answer a command gives, apart from failing to run at all (an `Err`, exit 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Exit 0: valid, verified, done.
    Yes,
    /// Exit 1: the answer is no (invalid data, verification failed).
    No,
}

pub fn run(cli: Cli) -> anyhow::Result<Verdict> {
    let verbosity = if cli.quiet { Verbosity::Quiet } else if cli.verbose { Verbosity::Verbose } else { Verbosity::Normal };
    let ui = Ui { lang: Lang::choose(cli.lang, |k| std::env::var(k).ok()), color: Ui::color_for_stderr(), verbosity };
    match cli.command {
        Command::Check(args) => check::run(&args, &ui),
        Command::Init(args) => init::run(&args, &ui),
        Command::Schema => schema::run(),
        Command::Completions(args) => completions::run(&args),
        Command::Man => man::run(),
        // The loop is in `watch`; the rebuild that renders is wired in with `build`.
        Command::Watch(_) => anyhow::bail!("watch needs the renderer, which is not built yet"),
        Command::Build(_)
        | Command::Layouts(_)
        | Command::Release(_)
        | Command::Verify(_)
        | Command::Log(_)
        | Command::Diff(_)
        | Command::Reproduce(_) => anyhow::bail!("this command is not built yet"),
    }
}
