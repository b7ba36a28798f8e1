//! `lkjip completions SHELL`: a completion script generated from the clap definitions.

use clap::CommandFactory;

use super::Verdict;
use crate::cli::{Cli, CompletionsArgs};

pub fn run(args: &CompletionsArgs) -> anyhow::Result<Verdict> {
    clap_complete::generate(args.shell, &mut Cli::command(), "lkjip", &mut std::io::stdout());
    Ok(Verdict::Yes)
}
