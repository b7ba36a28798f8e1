//! `lkjip log`: each report's revisions (date, note, hashes, current or superseded). Needs no model.
//! Times are shown in the system's time zone (`TZ`, else `/etc/localtime`, read by jiff without
//! libc's `localtime`, so any thread may ask), hashes short unless `-v`; JSON keeps the ledger's
//! values whole (UTC, 64 hex digits).

use super::Verdict;
use crate::archive;
use crate::cli::{Format, LogArgs};
use crate::messages::archive as words;

pub fn run(args: &LogArgs, ui: &crate::show::Ui) -> anyhow::Result<Verdict> {
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let histories = archive::log(&dir)?;
    let lang = ui.lang;
    match args.format {
        Format::Text if histories.is_empty() => println!("{}", words::empty_log(&dir.display().to_string(), lang)),
        Format::Text => {
            let view = words::LogView { zone: jiff::tz::TimeZone::system(), full: ui.verbose() };
            print!("{}", words::log(&histories, &view, lang))
        }
        Format::Json => println!("{}", serde_json::to_string(&histories)?),
    }
    Ok(Verdict::Yes)
}
