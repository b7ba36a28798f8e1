//! Entry point: parse the command line, dispatch, print the error chain, map to an exit code.

use std::process::ExitCode;

use clap::FromArgMatches;
use lkjip::cli::Cli;
use lkjip::commands::{self, Verdict};
use lkjip::diag::Severity;
use lkjip::messages::severity;

fn main() -> ExitCode {
    lkjip::memory::tune_allocator();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // the language is known before clap parses, so `--help` and its errors speak it too
    let lang = lkjip::cli::lang_of(&args, |k| std::env::var(k).ok());
    let cli = match lkjip::cli::command(lang).try_get_matches_from(&args).and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => cli,
        Err(e) => match lkjip::cli::localize::error_in(&e, lang) {
            Some(text) => {
                eprint!("{text}");
                return ExitCode::from(2);
            }
            None => e.exit(),
        },
    };
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
