//! `lkjip layouts DIR`: write the embedded Typst layouts to start a customised copy.

use crate::cli::LayoutsArgs;
use crate::messages::Lang;
use crate::messages::output::Said;
use crate::render::Layouts;

use super::Verdict;

pub fn run(args: &LayoutsArgs, lang: Lang) -> anyhow::Result<Verdict> {
    let layouts = Layouts::embedded();
    layouts.write_to(&args.dir)?;
    let names: Vec<&str> = layouts.files().map(|(n, _)| n).collect();
    let dir = args.dir.display().to_string();
    println!("{}", Said::LayoutsWritten { count: names.len(), dir: dir.clone(), names: names.join(", ") }.text(lang));
    println!("{}", Said::LayoutsUse { dir }.text(lang));
    Ok(Verdict::Yes)
}
