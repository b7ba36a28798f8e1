//! One module per command; `run` dispatches. Commands are where the layers meet.

pub mod check;
pub mod prepare;

use crate::cli::{Cli, Command};

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
        Command::Check(args) => check::run(&args),
        Command::Build(_)
        | Command::Layouts(_)
        | Command::Release(_)
        | Command::Verify(_)
        | Command::Log(_)
        | Command::Diff(_)
        | Command::Reproduce(_) => anyhow::bail!("this command is not built yet"),
    }
}

// Archive commands: thin wrappers over `crate::archive` (release and reproduce wait for the model).
pub mod diff;
pub mod log;
pub mod release;
pub mod reproduce;
pub mod verify;
