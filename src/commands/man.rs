//! `lkjip man`: the manual page (roff), generated from the clap definitions.

use std::io::Write;

use anyhow::Context;
use clap::CommandFactory;

use super::Verdict;
use crate::cli::Cli;

pub fn run() -> anyhow::Result<Verdict> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page).context("cannot render the manual page")?;
    std::io::stdout().write_all(&page).context("cannot write the manual page")?;
    Ok(Verdict::Yes)
}
