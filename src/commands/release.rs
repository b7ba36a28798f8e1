//! `lkjip release FILE`: check the report, render its final PDF (no watermark, showing the
//! revision number the archive gives it) and archive it with its sources as the next
//! revision. The archive part lives in `archive::release`; this module builds the request
//! from the model and turns the answer into output. Several reports (`release A B …`) are
//! `release_batch`, which uses the pieces here for each.

use super::Verdict;
use crate::archive::{self, ReleaseRequest, Released};
use crate::cli::{Format, ReleaseArgs};
use crate::messages::Lang;
use crate::messages::output::Said;
use crate::messages::release::{Asked, is_yes};

/// Releases `req` (its note taken from `--note`) into the archive named by `args` and prints
/// revision, path, SHA-256 and length, and where the final PDF is (with `-o`, copied there too).
/// With `warnings`, the revision is rendered only when `consent` agrees: the archive asks
/// once it knows the revision number and that something new is to be archived (not for sources
/// equal to the current revision, not before a missing note), and nothing is written before.
pub fn finish(
    args: &ReleaseArgs,
    lang: Lang,
    warnings: usize,
    req: ReleaseRequest,
    render: impl FnOnce(u32) -> anyhow::Result<Vec<u8>>,
) -> anyhow::Result<Verdict> {
    if let Some(out) = &args.output {
        crate::pipeline::output::check_output(out, &args.file)?;
    }
    let Some(r) = archive_one(args, lang, warnings, req, render)? else {
        return Ok(Verdict::No);
    };
    match args.format {
        Format::Text => say(args, lang, &r),
        Format::Json => println!("{}", json(&r, args.output.as_deref())),
    }
    if let Some(out) = &args.output {
        copy_final(&r.pdf_path, out)?;
        if args.format == Format::Text {
            println!("{}", Asked::CopiedTo { out: out.display().to_string() }.text(lang));
        }
    }
    Ok(Verdict::Yes)
}

/// The archiving of [`finish`] without its output: `None` when consent was refused (the
/// refusal is said on stderr, nothing was archived).
pub(super) fn archive_one(
    args: &ReleaseArgs,
    lang: Lang,
    warnings: usize,
    mut req: ReleaseRequest,
    render: impl FnOnce(u32) -> anyhow::Result<Vec<u8>>,
) -> anyhow::Result<Option<Released>> {
    req.note = args.note.clone();
    req.tsa = args.tsa.clone();
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let refused = std::cell::Cell::new(None);
    let released = archive::release(&dir, &req, |revision| match consent(warnings, revision, args.ya, lang) {
        Ok(()) => render(revision),
        Err(no) => {
            refused.set(Some(no));
            // only a marker: the refusal below is what the person reads
            Err(anyhow::anyhow!("not confirmed"))
        }
    });
    if let Some(no) = refused.into_inner() {
        eprintln!("{}", no.text(lang));
        return Ok(None);
    }
    released.map(Some)
}

/// The text lines of a release on stdout: what was released (or was already), its facts,
/// the head to keep, and where the final PDF is.
pub(super) fn say(args: &ReleaseArgs, lang: Lang, r: &Released) {
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let pdf = r.pdf_path.display().to_string();
    let report = r.report.clone();
    let said = if r.created {
        Said::Released { revision: r.revision, report }
    } else {
        Said::Unchanged { revision: r.revision, report }
    };
    println!("{}", said.text(lang));
    let (sha256, head) = (r.sha256.to_string(), r.head.to_string());
    let facts =
        Said::ReleaseFacts { revision: r.revision, pdf: pdf.clone(), sha256, length: r.len, head: head.clone() };
    println!("{}", facts.text(lang));
    println!("{}", Said::KeepHead { dir: dir.display().to_string(), head }.text(lang));
    println!("{}", Asked::FinalAt { revision: r.revision, pdf }.text(lang));
}

/// A release as `--format json` gives it (`copy`: where `-o` copied the final PDF).
pub(super) fn json(r: &Released, copy: Option<&std::path::Path>) -> serde_json::Value {
    serde_json::json!({"report": r.report, "revision": r.revision, "pdf": r.pdf_path, "sha256": r.sha256, "length": r.len, "head": r.head, "created": r.created, "copy": copy})
}

/// Whether revision `revision` may be released with `warnings` warnings: yes without any, or
/// with `--ya`; otherwise only a person's `y` on a terminal. Without a terminal (stdin or stderr
/// redirected: a script, CI, `echo y |`) it is no, never a wait: a confirmation must come from
/// a person who saw the warnings and the question, and text piped in was written before either
/// was shown.
fn consent(warnings: usize, revision: u32, ya: bool, lang: Lang) -> Result<(), Asked> {
    use std::io::{BufRead, IsTerminal, Write};
    if warnings == 0 || ya {
        return Ok(());
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Asked::NoTerminal { warnings, revision });
    }
    eprint!("{}", Asked::Confirm { warnings, revision }.text(lang));
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    match std::io::stdin().lock().read_line(&mut answer) {
        Ok(_) if is_yes(&answer) => Ok(()),
        _ => Err(Asked::Declined { revision }),
    }
}

/// `-o OUT`: the archived PDF's bytes (which the archive's audit checked against the ledger
/// before this release), written whole to `out` with the one atomic write.
fn copy_final(archived: &std::path::Path, out: &std::path::Path) -> anyhow::Result<()> {
    let bytes = std::fs::read(archived).map_err(archive::Failure::io(archive::Io::Read, archived))?;
    crate::pipeline::output::write_pdf(out, &bytes)
}

/// `lkjip release FILE`: check, assemble, and archive a final render as the next revision.
pub fn run(args: &ReleaseArgs, ui: &crate::show::Ui) -> anyhow::Result<Verdict> {
    if !args.more.is_empty() {
        return super::release_batch::run(args, ui);
    }
    let Some(mut ready) = super::load(&args.file, true, ui)? else {
        return Ok(Verdict::No);
    };
    let req = request(&mut ready, ui.lang);
    let layouts = crate::render::Layouts::embedded();
    let warnings = ready.warnings.count(crate::value::severity::Severity::Warning);
    finish(args, ui.lang, warnings, req, |revision| {
        ui.progress(&Said::Rendering { draft: false }.text(ui.lang));
        let rendered = crate::render::render_once(&layouts, &ready.input(crate::render::Mode::Final { revision }));
        ui.progress_done();
        Ok(rendered?.pdf)
    })
}

/// The archive's request for a checked report (note and authority are the command's): its
/// identity and sources. The images go untouched into the bag (the PDF embeds them resampled);
/// only their digests stay in memory while the final PDF renders: the bag reads them again
/// from the report's folder and refuses any that changed meanwhile.
pub(super) fn request(ready: &mut crate::pipeline::Ready, lang: crate::messages::Lang) -> ReleaseRequest {
    let dir = crate::pipeline::report_dir(&ready.source.path).to_path_buf();
    let assembled = &mut ready.assembled;
    let mut sources = vec![archive::Source::held(assembled.file_name.clone(), assembled.yaml.clone())];
    // the photos were hashed once already, for the PDF's ident; their bytes are not needed
    drop(std::mem::take(&mut assembled.originals));
    for (name, (sha256, len)) in std::mem::take(&mut assembled.original_digests) {
        let (dir, file) = (dir.clone(), name.clone());
        let read: archive::Reread = std::sync::Arc::new(move || {
            crate::pipeline::assets::reread(&dir, &file).map_err(|m| anyhow::anyhow!(m.text(lang)))
        });
        sources.push(archive::Source::reread(name, sha256, len, read));
    }
    ReleaseRequest {
        report: crate::pipeline::identity::report_id(&ready.report),
        sources,
        note: None,
        generator: crate::pipeline::identity::generator(),
        bagging_date: ready.report.tanggal,
        bag_info: vec![("Contact-Name".to_owned(), ready.report.doc.penandatangan.nama.clone())],
        tsa: None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::disallowed_methods, reason = "the test copies a report and edits its photos")]
    use super::*;

    /// The request of a real report keeps no photo in memory, and reads each again from the
    /// report's folder: the same bytes archive, a replaced photo is refused, a deleted one named.
    #[test]
    fn the_request_reads_the_photos_again_from_the_reports_folder_and_refuses_a_changed_one() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/pekalongan-2021");
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join("foto")).unwrap();
        for f in std::fs::read_dir(src.join("foto")).unwrap() {
            let f = f.unwrap().path();
            std::fs::copy(&f, tmp.path().join("foto").join(f.file_name().unwrap())).unwrap();
        }
        for f in ["lkjip.yaml", "logo-contoh.png"] {
            std::fs::copy(src.join(f), tmp.path().join(f)).unwrap();
        }
        let crate::pipeline::Loaded::Ready(mut ready) = crate::pipeline::load(&tmp.path().join("lkjip.yaml")).unwrap()
        else {
            panic!("the example does not load");
        };
        let req = request(&mut ready, crate::messages::Lang::En);
        assert!(ready.assembled.originals.is_empty(), "the originals were moved out, not kept");
        let photos: Vec<_> = req.sources[1..].iter().collect();
        assert!(photos.len() >= 6, "the logo and five photos: {photos:?}");
        for s in &photos {
            let on_disk = std::fs::read(tmp.path().join(&s.name)).unwrap();
            assert_eq!((s.sha256, s.len), (archive::Sha256::of(&on_disk), on_disk.len() as u64), "{}", s.name);
            assert_eq!(&*s.bytes().unwrap(), on_disk.as_slice(), "{}", s.name);
        }

        // another valid image under its name, then one gone
        let (changed, deleted) = (photos[1], photos[2]);
        std::fs::copy(tmp.path().join(&photos[0].name), tmp.path().join(&changed.name)).unwrap();
        let err = changed.bytes().unwrap_err();
        assert!(
            matches!(err.downcast_ref::<archive::Failure>(), Some(archive::Failure::SourceChanged { name, .. }) if *name == changed.name),
            "{err:#}"
        );
        std::fs::remove_file(tmp.path().join(&deleted.name)).unwrap();
        let err = format!("{:#}", deleted.bytes().unwrap_err());
        assert!(err.contains(&deleted.name), "{err}");
    }
}
