//! `lkjip verify [PDF]`: identify one PDF against the archive (and judge what was appended to
//! an archived original, with its signatures), or audit the whole archive.

use anyhow::Context;

use super::Verdict;
use crate::archive::{self, Identification, MAX_APPENDED_BYTES};
use crate::cli::{Format, VerifyArgs};
use crate::messages::verify::sentence;
use crate::pdfcheck::{self, Analysis, Trust, TrustStore};
use crate::show::Ui;

pub fn run(args: &VerifyArgs, ui: &Ui) -> anyhow::Result<Verdict> {
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    match &args.pdf {
        Some(pdf) => {
            let trust = args.trust.as_deref().map(TrustStore::load).transpose()?;
            let found = archive::identify_file(&dir, pdf)?;
            let analysis = match &found.id {
                Identification::Appended { entry, appended, .. } => Some(if found.bytes.is_empty() {
                    Analysis::too_large(*appended, MAX_APPENDED_BYTES)
                } else {
                    pdfcheck::analyse(&found.bytes, entry.pdf_length as usize, trust.as_ref())
                }),
                _ => None,
            };
            let yes = match (&found.id, &analysis) {
                (Identification::Archived { .. }, _) => true,
                (Identification::Appended { .. }, Some(a)) => {
                    // with --trust the chain is required too
                    a.vouched()
                        && (trust.is_none() || a.signatures.iter().all(|s| matches!(s.trust, Trust::Trusted { .. })))
                }
                _ => false,
            };
            let said = sentence(&found.id, analysis.as_ref(), ui.lang);
            match args.format {
                Format::Text => println!("{said}"),
                Format::Json => {
                    let mut v = found.id.to_json();
                    if let Some(a) = &analysis {
                        v["kind"] = serde_json::json!(kind(a));
                        v["analysis"] = serde_json::to_value(a)?;
                    }
                    v["vouched"] = serde_json::json!(yes);
                    v["sentence"] = serde_json::json!(said);
                    println!("{v}");
                }
            }
            Ok(if yes { Verdict::Yes } else { Verdict::No })
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

/// The kind of an appended file, for JSON.
fn kind(a: &Analysis) -> &'static str {
    if a.altered() {
        "altered"
    } else if a.signatures.iter().any(|s| !s.intact()) {
        "signature_broken"
    } else if a.signatures.is_empty() {
        "unsigned_update"
    } else {
        "signed_copy"
    }
}
