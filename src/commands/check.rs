//! `lkjip check FILE`: every problem at once, and with `--format json` the computed report.

use serde::Serialize;

use super::Verdict;
use super::prepare::{Checked, prepare};
use crate::cli::{CheckArgs, Format};
use crate::compute::report::Computed;
use crate::diag::{Problems, Severity};

#[derive(Serialize)]
struct JsonOut<'a> {
    file: &'a str,
    valid: bool,
    problems: &'a [crate::diag::Problem],
    report: Option<&'a Computed>,
}

pub fn run(args: &CheckArgs) -> anyhow::Result<Verdict> {
    let checked = prepare(&args.file)?;
    let (problems, computed): (&Problems, Option<&Computed>) = match &checked {
        Checked::Valid(p) => (&p.warnings, Some(&p.computed)),
        Checked::Invalid(problems) => (problems, None),
    };
    match args.format {
        Format::Json => {
            let out = JsonOut { file: &problems.file, valid: computed.is_some(), problems: &problems.problems, report: computed };
            println!("{}", serde_json::to_string_pretty(&out)?);
        }
        Format::Text => {
            eprint!("{problems}");
            let (e, w) = (problems.count(Severity::Error), problems.count(Severity::Warning));
            let file = args.file.display();
            match computed {
                Some(c) => {
                    let r = &c.ringkasan;
                    println!(
                        "{file}: ok ({w} warning{}): {} sasaran, {} indikator: {} above, {} at, {} below target",
                        if w == 1 { "" } else { "s" },
                        r.jumlah_sasaran,
                        r.jumlah_indikator,
                        r.melebihi,
                        r.tercapai,
                        r.tidak_tercapai
                    );
                }
                None => println!("{file}: {e} error{}, {w} warning{}", if e == 1 { "" } else { "s" }, if w == 1 { "" } else { "s" }),
            }
        }
    }
    Ok(if computed.is_some() { Verdict::Yes } else { Verdict::No })
}
