//! `lkjip build FILE`: the draft PDF beside the YAML (or at `-o`), and the signature box for
//! signers. The pipeline does the work; this parses, calls and shows.

use super::Verdict;
use crate::cli::BuildArgs;
use crate::messages::output::Said;
use crate::pipeline;
use crate::render::{self, Layouts};
use crate::show::{self, Ui};

/// `lkjip build FILE`: check, assemble and render a draft PDF (watermarked "DRAF").
pub fn run(args: &BuildArgs, ui: &Ui) -> anyhow::Result<Verdict> {
    if !args.more.is_empty() {
        return super::batch::run(args, ui);
    }
    let Some(mut ready) = super::load(&args.file, false, ui)? else {
        return Ok(Verdict::No);
    };
    // A draft needs only the resampled images; the originals go before Typst runs (peak memory).
    drop(std::mem::take(&mut ready.assembled.originals));
    let layouts = match &args.layout {
        Some(dir) => Layouts::from_dir(dir)?,
        None => Layouts::embedded(),
    };
    let output = args.output.clone().unwrap_or_else(|| args.file.with_extension("pdf"));
    pipeline::output::check_output(&output, &args.file)?;
    ui.progress(&Said::Rendering { draft: true }.text(ui.lang));
    let started = std::time::Instant::now();
    let rendered = pipeline::output::render_to_file(&layouts, &ready.input(render::Mode::Draft), &output);
    ui.progress_done();
    let rendered = rendered?;
    for w in &rendered.warnings {
        eprintln!("{w}");
    }
    if let Some(format) = args.signature_box {
        println!("{}", show::signature_box(&rendered.signature_box, format));
    }
    if ui.verbose() {
        let ms = started.elapsed().as_millis();
        eprintln!("{}", Said::RenderedIn { ms }.text(ui.lang));
    }
    if !ui.quiet() {
        eprintln!(
            "{}",
            crate::messages::output::Said::WroteDraft { file: output.display().to_string(), pages: rendered.pages }
                .text(ui.lang)
        );
    }
    Ok(Verdict::Yes)
}
