//! `lkjip check FILE`: every problem at once, and with `--format json` the computed report.

use std::time::Instant;

use serde::Serialize;

use super::Verdict;
use crate::cli::{CheckArgs, Format};
use crate::compute::report::Computed;
use crate::diag::{Problems, Severity};
use crate::messages::Msg;
use crate::pipeline::{self, Loaded};
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
    // exactly as strict as build: what build checks before laying out pages (the fonts'
    // glyphs, every image read and decoded, PDF/A's string limit) is checked here too
    let loaded = pipeline::load(&args.file)?;
    let merged;
    let (problems, computed, text): (&Problems, Option<&Computed>, Option<&str>) = match &loaded {
        Loaded::Ready(r) => (&r.warnings, Some(&r.computed), Some(&r.source.text)),
        Loaded::Stopped(stopped) => {
            merged = stopped.merged();
            (&merged, None, stopped.text())
        }
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
            eprint!("{}", show::problems(problems, text, ui));
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
