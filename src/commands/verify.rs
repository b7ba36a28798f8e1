//! `lkjip verify [PDF]`: identify one PDF against the archive (and judge what was appended to
//! an archived original, with its signatures), or audit the whole archive.

use anyhow::Context;

use super::Verdict;
use crate::archive::{self, Identification, MAX_APPENDED_BYTES};
use crate::cli::{Format, VerifyArgs};
use crate::messages::archive as msgs;
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
            let head_hash: Option<archive::Sha256> =
                args.head.as_deref().map(str::parse).transpose().context("--head")?;
            let head = head_hash.map(|h| archive::head_line(&dir, h)).transpose()?;
            match args.format {
                Format::Text => {
                    for p in &audit.problems {
                        println!("{}", msgs::problem_line(p, ui.lang));
                    }
                    for n in &audit.notices {
                        println!("{}", msgs::notice_line(n, ui.lang));
                    }
                    if let Some(h) = &head_hash {
                        println!("{}", msgs::head_found(h, head.flatten(), ui.lang));
                    }
                    // the timestamp of the head the user names, else of the newest line
                    let line = match head {
                        Some(found) => found,
                        None => Some(audit.revisions),
                    };
                    if let Some((n, t)) = line.and_then(|n| audit.timestamps.get_key_value(&n)) {
                        println!("{}", msgs::timestamped(*n, t, ui.lang));
                    }
                    println!("{}", msgs::summary(&dir, audit.problems.len(), audit.revisions, ui.lang));
                }
                Format::Json => println!(
                    "{}",
                    serde_json::json!({"archive": dir, "clean": audit.is_clean(), "revisions": audit.revisions, "head": audit.head, "problems": worded(&audit.problems, |p| msgs::problem(p, ui.lang))?, "notices": worded(&audit.notices, |n| msgs::notice(n, ui.lang))?, "head_line": head, "timestamps": audit.timestamps})
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
    } else if a.signatures.iter().any(|s| s.revoked()) {
        "certificate_revoked"
    } else if a.signatures.is_empty() {
        "unsigned_update"
    } else {
        "signed_copy"
    }
}

/// Typed findings as JSON objects, each with its `message` in the chosen language.
fn worded<T: serde::Serialize>(items: &[T], say: impl Fn(&T) -> String) -> anyhow::Result<Vec<serde_json::Value>> {
    items
        .iter()
        .map(|i| {
            let mut v = serde_json::to_value(i)?;
            if !v.is_object() {
                v = serde_json::json!({ "finding": v });
            }
            v["message"] = serde_json::json!(say(i));
            Ok(v)
        })
        .collect()
}
