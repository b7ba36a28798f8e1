//! `lkjip ekspor FILE -o OUT.xlsx`: the computed tables as a workbook; with `--templat`, the
//! template of raw values (which works on an unfinished YAML too). Written atomically.

use std::path::Path;

use super::Verdict;
use crate::cli::EksporArgs;
use crate::diag::Severity;
use crate::messages::Msg;
use crate::messages::workbook::WorkbookMsg as M;
use crate::pipeline::{self, Checked};
use crate::show::{self, Ui};
use crate::workbook::{ekspor, templat};

/// An xlsx (a zip file) starts with these bytes.
const ZIP: &[u8] = b"PK\x03\x04";

/// Refuse an output that is the YAML itself, a folder, or an existing file that is not a workbook.
pub fn check_output(output: &Path, source: &Path) -> Result<(), M> {
    let refuse = || M::KeluaranBukanXlsx { file: output.display().to_string() };
    if let (Ok(o), Ok(s)) = (output.canonicalize(), source.canonicalize())
        && o == s
    {
        return Err(refuse());
    }
    if output.is_dir() {
        return Err(refuse());
    }
    match std::fs::read(output) {
        Ok(bytes) if !bytes.starts_with(ZIP) => Err(refuse()),
        _ => Ok(()),
    }
}

pub fn run(args: &EksporArgs, ui: &Ui) -> anyhow::Result<Verdict> {
    let say = |m: M| eprintln!("{}: {}", crate::messages::severity(Severity::Error, ui.lang), m.text(ui.lang));
    check_output(&args.output, &args.file).map_err(|m| anyhow::anyhow!(m.text(ui.lang)))?;
    let file = args.file.display().to_string();
    let (bytes, done) = if args.templat {
        let source = match crate::pipeline::read(&args.file)? {
            Ok(s) => s,
            Err(problems) => {
                eprint!("{}", show::problems(&problems, None, ui));
                return Ok(Verdict::No);
            }
        };
        let Some(bytes) = templat::templat(&source.text) else {
            say(M::BukanYaml { file });
            return Ok(Verdict::No);
        };
        let tree = crate::workbook::yaml::Tree::index(&source.text).unwrap_or_default();
        let b = crate::workbook::bahan::Bahan::dari(&tree);
        let baris = b.indikator.len() + b.program.len() + b.kegiatan.len() + b.sub_kegiatan.len() + b.keuangan.len();
        (bytes, M::TemplatDitulis { file: args.output.display().to_string(), baris, yaml: file })
    } else {
        let p = match pipeline::check(&args.file)? {
            Checked::Valid(p) => p,
            Checked::Invalid(stopped) => {
                eprint!("{}", super::stopped_text(&stopped, ui));
                let errors = stopped.problems.count(Severity::Error);
                let warnings = stopped.problems.count(Severity::Warning);
                println!("{}", Msg::SummaryInvalid { file, errors, warnings }.text(ui.lang));
                return Ok(Verdict::No);
            }
        };
        let lembar = ekspor::LEMBAR.len();
        (ekspor::ekspor(&p.report, &p.computed), M::EksporDitulis { file: args.output.display().to_string(), lembar })
    };
    let bytes = bytes.map_err(|e| crate::messages::fatal::Stop::Workbook { detail: e.to_string() })?;
    crate::workbook::write_atomically(&args.output, &bytes, || Ok(())).map_err(|m| anyhow::anyhow!(m.text(ui.lang)))?;
    if !ui.quiet() {
        eprintln!("{}", done.text(ui.lang));
    }
    Ok(Verdict::Yes)
}
