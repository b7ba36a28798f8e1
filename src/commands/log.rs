//! `lkjip log`: each report's revisions (date, note, hashes, current or superseded). Needs no model.

use super::Verdict;
use crate::archive;
use crate::cli::{Format, LogArgs};

pub fn run(args: &LogArgs) -> anyhow::Result<Verdict> {
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let histories = archive::log(&dir)?;
    match args.format {
        Format::Text if histories.is_empty() => {
            println!("the archive {} holds no revisions", dir.display())
        }
        Format::Text => print!("{}", archive::format_log(&histories)),
        Format::Json => println!("{}", serde_json::to_string(&histories)?),
    }
    Ok(Verdict::Yes)
}
