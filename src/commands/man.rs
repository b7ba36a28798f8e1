//! `lkjip man`: the manual page (roff), generated from the clap definitions in the reader's
//! language (section headings included).

use std::io::Write;

use anyhow::Context;

use super::Verdict;
use crate::messages::Lang;
use crate::messages::fatal::Stop;

/// The manual page in `lang`.
pub fn page(lang: Lang) -> anyhow::Result<String> {
    let mut page = Vec::new();
    clap_mangen::Man::new(crate::cli::command(lang)).render(&mut page).with_context(|| Stop::ManualPage.text(lang))?;
    let mut page = String::from_utf8(page).map_err(|_| Stop::ManualPage)?;
    for (en, id) in crate::messages::cli::man_sections(lang) {
        page = page.replace(&format!("\n.SH {en}\n"), &format!("\n.SH {id}\n"));
    }
    Ok(page)
}

pub fn run(lang: Lang) -> anyhow::Result<Verdict> {
    std::io::stdout().write_all(page(lang)?.as_bytes()).with_context(|| Stop::WriteManual.text(lang))?;
    Ok(Verdict::Yes)
}
