//! One module per command; `run` dispatches. Commands are where the layers meet.

pub mod assemble;
pub mod build;
pub mod check;
pub mod diff;
pub mod layouts;
pub mod log;
pub mod prepare;
pub mod release;
pub mod reproduce;
pub mod verify;

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
        Command::Build(args) => build::run(&args),
        Command::Layouts(args) => layouts::run(&args),
        Command::Release(args) => release::run(&args),
        Command::Verify(args) => verify::run(&args),
        Command::Log(args) => log::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Reproduce(args) => reproduce::run(&args),
    }
}
