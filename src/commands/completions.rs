//! `lkjip completions SHELL`: a completion script generated from the clap definitions, its
//! descriptions in the reader's language.

use super::Verdict;
use crate::cli::CompletionsArgs;
use crate::messages::Lang;

pub fn run(args: &CompletionsArgs, lang: Lang) -> anyhow::Result<Verdict> {
    clap_complete::generate(args.shell, &mut crate::cli::command(lang), "lkjip", &mut std::io::stdout());
    Ok(Verdict::Yes)
}
