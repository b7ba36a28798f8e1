//! Entry point: parse the command line, dispatch, print the error chain, map to an exit code.

use std::process::ExitCode;

use clap::FromArgMatches;
use lkjip::cli::Cli;
use lkjip::commands::{self, Verdict};
use lkjip::diag::Severity;
use lkjip::messages::severity;

/// A closed stdout (`lkjip check --format json FILE | head -1`) ends lkjip as it ends `cat`:
/// quietly, by SIGPIPE (status 141 in the shell). Rust starts programs with SIGPIPE ignored, so
/// that a write fails instead, and `println!` then panics (exit 101, a backtrace on stderr).
#[allow(unsafe_code, reason = "one libc call, see SAFETY below")]
fn default_sigpipe() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: signal() restores the default action of SIGPIPE, first thing in main, before any
    // other thread exists; no handler of ours is installed, so no Rust code runs in one.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() -> ExitCode {
    default_sigpipe();
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
