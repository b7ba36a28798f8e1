//! `lkjip reproduce REVISION`: re-render an archived revision from its archived sources and say
//! whether the bytes equal the archived PDF, and if not, what differs (e.g. another generator
//! version).

use super::Verdict;
use crate::archive::{self, ArchivedRevision, Generator};
use crate::cli::ReproduceArgs;

/// Loads the revision, renders it with `render`, compares, prints. Exit 0 only when identical.
pub fn finish(
    args: &ReproduceArgs,
    lang: crate::messages::Lang,
    generator: &Generator,
    render: impl FnOnce(&ArchivedRevision) -> anyhow::Result<Vec<u8>>,
) -> anyhow::Result<Verdict> {
    let dir = archive::resolve_dir(args.archive.archive.as_deref());
    let rev = archive::load_revision(&dir, &args.revision)?;
    let bytes = render(&rev)?;
    let r = archive::compare_reproduction(&rev, &bytes, generator)?;
    println!("{}", crate::messages::archive::reproduction(&r, lang));
    Ok(if r.identical { Verdict::Yes } else { Verdict::No })
}

/// `lkjip reproduce N`: lay the archived sources out in a temporary folder, check and render
/// them exactly as `release` did, and compare.
pub fn run(args: &ReproduceArgs, lang: crate::messages::Lang) -> anyhow::Result<Verdict> {
    use anyhow::Context;

    use crate::messages::fatal::Stop;
    finish(args, lang, &crate::pipeline::identity::generator(), |rev| {
        let dir = tempfile::tempdir().with_context(|| Stop::TempFolder.text(lang))?;
        for f in &rev.sources {
            let path = dir.path().join(&f.name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            #[expect(clippy::disallowed_methods, reason = "lays out sources in a throw-away temp folder")]
            std::fs::write(&path, &f.bytes).with_context(|| Stop::LayOut { name: f.name.clone() }.text(lang))?;
        }
        let yaml = dir.path().join(&rev.sources[0].name);
        let ready = match crate::pipeline::load(&yaml)? {
            crate::pipeline::Loaded::Ready(r) => r,
            // the checks passed when the assembly (glyphs, images) stopped it
            crate::pipeline::Loaded::Stopped(s) if s.warnings.is_some() => {
                anyhow::bail!(Stop::CannotRender { problems: s.problems.to_string() }.text(lang))
            }
            crate::pipeline::Loaded::Stopped(s) => {
                anyhow::bail!(Stop::NoLongerChecks { problems: s.problems.to_string() }.text(lang))
            }
        };
        let layouts = crate::render::Layouts::embedded();
        Ok(crate::render::render(&layouts, &ready.input(crate::render::Mode::Final { revision: rev.entry.revision }))?
            .pdf)
    })
}
