//! One module per command; `run` dispatches. Commands are where the layers meet.

use crate::cli::{Cli, Command};

pub mod build;
pub mod layouts;

/// The answer a command gives, apart from failing to run at all (an `Err`, exit 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Exit 0: valid, verified, done.
    Yes,
    /// Exit 1: the answer is no (invalid data, verification failed).
    No,
}

pub fn run(cli: Cli) -> anyhow::Result<Verdict> {
    match cli.command {
        Command::Layouts(args) => layouts::run(&args),
        Command::Check(_)
        | Command::Build(_)
        | Command::Release(_)
        | Command::Verify(_)
        | Command::Log(_)
        | Command::Diff(_)
        | Command::Reproduce(_) => anyhow::bail!("this command is not built yet"),
    }
}
