//! `lkjip check FILE`: every problem at once, and with `--format json` the computed report.

use std::time::Instant;

use serde::Serialize;

use super::Verdict;
use super::prepare::{Checked, prepare};
use crate::cli::{CheckArgs, Format};
use crate::compute::report::Computed;
use crate::diag::{Problems, Severity};
use crate::messages::Msg;
use crate::show::{self, Ui};

#[derive(Serialize)]
struct JsonOut<'a> {
    file: &'a str,
    valid: bool,
    problems: &'a [crate::diag::Problem],
    report: Option<&'a Computed>,
}

pub fn run(args: &CheckArgs, ui: &Ui) -> anyhow::Result<Verdict> {
    let started = Instant::now();
    let mut checked = prepare(&args.file)?;
    // exactly as strict as build: what build checks before laying out pages (the fonts'
    // glyphs, every image read and decoded, PDF/A's string limit) is checked here too
    if let Checked::Valid(p) = &checked
        && let Err(stopped) = super::assemble::assemble(p)?
    {
        let mut all = p.warnings.problems.clone();
        all.extend(stopped.problems);
        checked = Checked::Invalid(Problems::new(stopped.file, all, || p.source.positions()));
    }
    let (problems, computed): (&Problems, Option<&Computed>) = match &checked {
        Checked::Valid(p) => (&p.warnings, Some(&p.computed)),
        Checked::Invalid(problems) => (problems, None),
    };
    match args.format {
        Format::Json => {
            let out = JsonOut {
                file: &problems.file,
                valid: computed.is_some(),
                problems: &problems.problems,
                report: computed,
            };
            println!("{}", serde_json::to_string_pretty(&out)?);
        }
        Format::Text => {
            // read again for the source lines (prepare has read it once, so this succeeds)
            let text = std::fs::read_to_string(&args.file).ok();
            eprint!("{}", show::problems(problems, text.as_deref(), ui));
            let (errors, warnings) = (problems.count(Severity::Error), problems.count(Severity::Warning));
            let file = args.file.display().to_string();
            let summary = match computed {
                Some(c) => {
                    let r = &c.ringkasan;
                    Msg::SummaryOk {
                        file,
                        warnings,
                        sasaran: r.jumlah_sasaran,
                        indikator: r.jumlah_indikator,
                        above: r.melebihi,
                        at: r.tercapai,
                        below: r.tidak_tercapai,
                    }
                }
                None => Msg::SummaryInvalid { file, errors, warnings },
            };
            if !ui.quiet() || computed.is_none() {
                println!("{}", summary.text(ui.lang));
            }
            if ui.verbose() {
                eprintln!("{:.2} s", started.elapsed().as_secs_f64());
            }
        }
    }
    Ok(if computed.is_some() { Verdict::Yes } else { Verdict::No })
}
