//! `lkjip log`: each report's revisions (date, note, hashes, current or superseded). Needs no model.

use super::Verdict;
use crate::archive;
use crate::cli::{Format, LogArgs};
use crate::messages::Lang;
use crate::messages::archive as words;

pub fn run(args: &LogArgs, lang: Lang) -> anyhow::Result<Verdict> {
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let histories = archive::log(&dir)?;
    match args.format {
        Format::Text if histories.is_empty() => println!("{}", words::empty_log(&dir.display().to_string(), lang)),
        Format::Text => print!("{}", words::log(&histories, lang)),
        Format::Json => println!("{}", serde_json::to_string(&histories)?),
    }
    Ok(Verdict::Yes)
}
