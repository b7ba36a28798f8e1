//! The steps every command starts with: read, parse, check, compute, check the narrative.

use std::path::Path;

use crate::compute::report::{Computed, compute};
use crate::diag::{Problem, Problems};
use crate::input::{self, Source};
use crate::model::{self, Report};

/// A report that passed every check, with its figures and the warnings found.
pub struct Prepared {
    pub source: Source,
    pub report: Report,
    pub computed: Computed,
    pub warnings: Problems,
}

pub enum Checked {
    Valid(Box<Prepared>),
    Invalid(Problems),
}

/// Read and check a report file. `Err` only when the file cannot be read at all.
pub fn prepare(path: &Path) -> anyhow::Result<Checked> {
    let source = match input::read(path)? {
        Ok(source) => source,
        Err(problems) => return Ok(Checked::Invalid(problems)),
    };
    let file = path.display().to_string();
    let doc = match source.parse() {
        Ok(doc) => doc,
        Err(problems) => return Ok(Checked::Invalid(problems)),
    };
    let (report, mut problems) = model::check(doc);
    let Some(report) = report else {
        return Ok(Checked::Invalid(Problems::new(file, problems, || source.positions())));
    };
    let computed = match compute(&report) {
        Ok(c) => c,
        Err(overflows) => {
            problems.extend(overflows);
            return Ok(Checked::Invalid(Problems::new(file, problems, || source.positions())));
        }
    };
    problems.extend(crate::present::figures::check(&report, &computed));
    for i in &computed.indikator {
        if i.capaian.is_some() && i.kategori.is_none() {
            let r = &report.indikator[report.indikator_index(&i.id).expect("computed from the report")];
            problems.push(Problem::said(crate::diag::Severity::Warning, &r.path, crate::messages::Msg::NoBand));
        }
    }
    let problems = Problems::new(file, problems, || source.positions());
    if problems.has_errors() {
        return Ok(Checked::Invalid(problems));
    }
    Ok(Checked::Valid(Box::new(Prepared { source, report, computed, warnings: problems })))
}
