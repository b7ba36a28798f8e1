//! `lkjip layouts DIR`: write the embedded Typst layouts to start a customised copy.

use crate::cli::LayoutsArgs;
use crate::render::Layouts;

use super::Verdict;

pub fn run(args: &LayoutsArgs) -> anyhow::Result<Verdict> {
    let layouts = Layouts::embedded();
    layouts.write_to(&args.dir)?;
    let names: Vec<&str> = layouts.files().map(|(n, _)| n).collect();
    println!("wrote {} layout files to {}: {}", names.len(), args.dir.display(), names.join(", "));
    println!("render with them: lkjip build REPORT.yaml --layout {}", args.dir.display());
    Ok(Verdict::Yes)
}
