//! Entry point: parse the command line, dispatch, print the error chain, map to an exit code.

use std::process::ExitCode;

use clap::Parser;
use lkjip::cli::Cli;
use lkjip::commands::{self, Verdict};
use lkjip::diag::Severity;
use lkjip::messages::{Lang, severity};

fn main() -> ExitCode {
    lkjip::memory::tune_allocator();
    let cli = Cli::parse();
    let lang = Lang::choose(cli.lang, |k| std::env::var(k).ok());
    match commands::run(cli) {
        Ok(Verdict::Yes) => ExitCode::from(0),
        Ok(Verdict::No) => ExitCode::from(1),
        Err(err) => {
            let chain: Vec<String> = err.chain().map(|c| c.to_string()).collect();
            eprintln!("{}: {}", severity(Severity::Error, lang), chain.join(": "));
            ExitCode::from(2)
        }
    }
}
