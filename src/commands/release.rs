//! `lkjip release FILE`: archive the final PDF as the next revision. The archive part lives in
//! `archive::release`; this module only turns its answer into output.
//!
//! COMMAND LAYER TODO (needs the model): load FILE, compute the `archive::ReleaseRequest`
//! (report id from the YAML, the YAML + every image it uses as sources, the report's date as
//! `bagging_date`, the generator versions; `finish` sets the note from `--note`) and a closure rendering the final PDF
//! (no watermark) that prints the given revision number; then call [`finish`].

use super::Verdict;
use crate::archive::{self, ReleaseRequest};
use crate::cli::{Format, ReleaseArgs};

/// Releases `req` (its note taken from `--note`) into the archive named by `args` and prints
/// revision, path, SHA-256 and length.
pub fn finish(
    args: &ReleaseArgs,
    mut req: ReleaseRequest,
    render: impl FnOnce(u32) -> anyhow::Result<Vec<u8>>,
) -> anyhow::Result<Verdict> {
    req.note = args.note.clone();
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let r = archive::release(&dir, &req, render)?;
    match args.format {
        Format::Text => {
            if r.created {
                println!("released revision {} of {}", r.revision, r.report);
            } else {
                println!(
                    "unchanged: the sources equal revision {} of {}; nothing was archived",
                    r.revision, r.report
                );
            }
            println!(
                "revision: {}\npdf:      {}\nsha256:   {}\nlength:   {} bytes",
                r.revision,
                r.pdf_path.display(),
                r.sha256,
                r.len
            );
        }
        Format::Json => println!(
            "{}",
            serde_json::json!({"report": r.report, "revision": r.revision, "pdf": r.pdf_path, "sha256": r.sha256, "length": r.len, "created": r.created})
        ),
    }
    Ok(Verdict::Yes)
}
