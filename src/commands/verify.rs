//! `lkjip verify [PDF]`: identify one PDF against the archive, or audit the whole archive.
//! Needs no model: everything is in `archive`.

use anyhow::Context;

use super::Verdict;
use crate::archive;
use crate::cli::{Format, VerifyArgs};

pub fn run(args: &VerifyArgs) -> anyhow::Result<Verdict> {
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    match &args.pdf {
        Some(pdf) => {
            let bytes = std::fs::read(pdf).with_context(|| format!("reading {}", pdf.display()))?;
            let id = archive::identify(&dir, &bytes)?;
            match args.format {
                Format::Text => println!("{}", id.sentence()),
                Format::Json => println!("{}", id.to_json()),
            }
            Ok(if id.is_known() { Verdict::Yes } else { Verdict::No })
        }
        None => {
            let audit = archive::audit(&dir)?;
            let head = match &args.head {
                Some(h) => Some(archive::head_line(&dir, h.parse().context("--head")?)?),
                None => None,
            };
            match args.format {
                Format::Text => {
                    for p in &audit.problems {
                        println!("problem: {p}");
                    }
                    for n in &audit.notices {
                        println!("notice: {n}");
                    }
                    match (&args.head, head) {
                        (Some(h), Some(Some(n))) => println!("head: the ledger contains {h} as its line {n}"),
                        (Some(h), Some(None)) => {
                            println!("problem: head {h} is not in the ledger: it was shortened or rewritten since")
                        }
                        _ => {}
                    }
                    if audit.is_clean() {
                        println!("the archive {} is intact: {} revisions checked", dir.display(), audit.revisions);
                    } else {
                        println!(
                            "the archive {} has {} problems ({} revisions checked)",
                            dir.display(),
                            audit.problems.len(),
                            audit.revisions
                        );
                    }
                }
                Format::Json => println!(
                    "{}",
                    serde_json::json!({"archive": dir, "clean": audit.is_clean(), "revisions": audit.revisions, "head": audit.head, "problems": audit.problems, "notices": audit.notices, "head_line": head})
                ),
            }
            Ok(if audit.is_clean() && head != Some(None) { Verdict::Yes } else { Verdict::No })
        }
    }
}
