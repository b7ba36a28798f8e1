//! `lkjip release FILE`: check the report, render its final PDF (no watermark, showing the
//! revision number the archive gives it) and archive it with its sources as the next
//! revision. The archive part lives in `archive::release`; this module builds the request
//! from the model and turns the answer into output.

use super::Verdict;
use crate::archive::{self, ReleaseRequest};
use crate::cli::{Format, ReleaseArgs};
use crate::messages::Lang;
use crate::messages::output::Said;

/// Releases `req` (its note taken from `--note`) into the archive named by `args` and prints
/// revision, path, SHA-256 and length.
pub fn finish(
    args: &ReleaseArgs,
    lang: Lang,
    mut req: ReleaseRequest,
    render: impl FnOnce(u32) -> anyhow::Result<Vec<u8>>,
) -> anyhow::Result<Verdict> {
    req.note = args.note.clone();
    req.tsa = args.tsa.clone();
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let r = archive::release(&dir, &req, render)?;
    match args.format {
        Format::Text => {
            let report = r.report.clone();
            let said = if r.created {
                Said::Released { revision: r.revision, report }
            } else {
                Said::Unchanged { revision: r.revision, report }
            };
            println!("{}", said.text(lang));
            let (pdf, sha256, head) = (r.pdf_path.display().to_string(), r.sha256.to_string(), r.head.to_string());
            let facts = Said::ReleaseFacts { revision: r.revision, pdf, sha256, length: r.len, head: head.clone() };
            println!("{}", facts.text(lang));
            println!("{}", Said::KeepHead { dir: dir.display().to_string(), head }.text(lang));
        }
        Format::Json => println!(
            "{}",
            serde_json::json!({"report": r.report, "revision": r.revision, "pdf": r.pdf_path, "sha256": r.sha256, "length": r.len, "head": r.head, "created": r.created})
        ),
    }
    Ok(Verdict::Yes)
}

/// `lkjip release FILE`: check, assemble, and archive a final render as the next revision.
pub fn run(args: &ReleaseArgs, ui: &crate::show::Ui) -> anyhow::Result<Verdict> {
    let Some(mut ready) = super::load(&args.file, true, ui)? else {
        return Ok(Verdict::No);
    };
    let assembled = &mut ready.assembled;
    // The bag keeps the images untouched (the PDF embeds them resampled); moved, not copied.
    let mut sources = vec![archive::SourceFile { name: assembled.file_name.clone(), bytes: assembled.yaml.clone() }];
    sources.extend(
        std::mem::take(&mut assembled.originals).into_iter().map(|(name, bytes)| archive::SourceFile { name, bytes }),
    );
    let t = ready.report.tanggal;
    let req = ReleaseRequest {
        report: crate::pipeline::identity::report_id(&ready.report),
        sources,
        note: args.note.clone(),
        generator: crate::pipeline::identity::generator(),
        bagging_date: t,
        bag_info: vec![("Contact-Name".to_owned(), ready.report.doc.penandatangan.nama.clone())],
        tsa: args.tsa.clone(),
    };
    let layouts = crate::render::Layouts::embedded();
    finish(args, ui.lang, req, |revision| {
        ui.progress(&Said::Rendering { draft: false }.text(ui.lang));
        let rendered = crate::render::render_once(&layouts, &ready.input(crate::render::Mode::Final { revision }));
        ui.progress_done();
        Ok(rendered?.pdf)
    })
}
