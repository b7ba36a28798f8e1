//! The report pipeline, the library's entry (as mdBook's `MDBook::load`): read the YAML once,
//! parse, check, compute, check what only rendering can judge, load the images and assemble
//! everything a render needs. Commands call [`load`] (or [`check`] for no render) and show
//! the outcome; tests and benches call the same functions.
//!
//! ```text
//! check(path)  → Checked::Valid(Prepared) | Checked::Invalid(Stopped)     read, parse, model, compute
//! load(path)   → Loaded::Ready(Ready)      | Loaded::Stopped(Stopped)     … plus glyphs, images, Typst data
//! ```
//!
//! `Err` means the pipeline could not run at all (the file cannot be read); problems in the data
//! are a [`Stopped`], which carries the source as it was read, so whatever shows the problems
//! quotes the very text that was parsed (never a second read).

pub mod assemble;
pub mod assets;
pub mod checks;
mod failure;
pub mod identity;
pub mod output;

use std::path::{Path, PathBuf};

use crate::compute::report::{Computed, compute};
use crate::diag::Problems;
use crate::input::{self, Source};
use crate::model::{self, Report, walk};
use crate::render::{Mode, RenderInput};

pub use assemble::{Assembled, report_dir};
pub use failure::Failure;

/// A report that passed every check, with its figures and the warnings found.
pub struct Prepared {
    pub source: Source,
    pub report: Report,
    pub computed: Computed,
    pub warnings: Problems,
}

/// What [`check`] found.
pub enum Checked {
    Valid(Box<Prepared>),
    Invalid(Box<Stopped>),
}

/// A report ready to render: the checked report and its figures, and the render's inputs.
pub struct Ready {
    pub source: Source,
    pub report: Report,
    pub computed: Computed,
    /// Warnings of the checks (nothing stops on them); shown before rendering.
    pub warnings: Problems,
    pub assembled: Assembled,
}

impl Ready {
    /// What Typst reads for one render in `mode`.
    pub fn input(&self, mode: Mode) -> RenderInput<'_> {
        self.assembled.input(mode)
    }
}

/// What [`load`] found.
pub enum Loaded {
    Ready(Box<Ready>),
    Stopped(Box<Stopped>),
}

/// Problems that stop the pipeline, with the source they were found in.
pub struct Stopped {
    /// The file as read (`None` when it could not even be taken as text).
    pub source: Option<Source>,
    pub problems: Problems,
    /// Warnings of an earlier stage that passed (shown before `problems`).
    pub warnings: Option<Problems>,
}

impl Stopped {
    fn new(source: Option<Source>, problems: Problems) -> Box<Stopped> {
        Box::new(Stopped { source, problems, warnings: None })
    }
    /// The warnings of the stages that passed and the problems, as one list in file order.
    pub fn merged(&self) -> Problems {
        let Some(warnings) = &self.warnings else { return self.problems.clone() };
        let mut all = warnings.problems.clone();
        all.extend(self.problems.problems.iter().cloned());
        match &self.source {
            Some(source) => Problems::new(self.problems.file.clone(), all, || source.positions()),
            None => Problems { file: self.problems.file.clone(), problems: all },
        }
    }
    /// The text the problems were found in, for quoting source lines.
    pub fn text(&self) -> Option<&str> {
        self.source.as_ref().map(|s| s.text.as_str())
    }
}

/// Read a report file ([`input::read`]), its error typed: a [`Failure::ReadReport`] naming
/// the path, with the system's error.
pub fn read(path: &Path) -> anyhow::Result<Result<Source, Problems>> {
    input::read(path).map_err(|e| match e.downcast::<std::io::Error>() {
        Ok(source) => Failure::ReadReport { path: path.to_path_buf(), source }.into(),
        Err(e) => e,
    })
}

/// Read and check a report file: parse, model checks, figures, narrative placeholders.
/// `Err` only when the file cannot be read at all.
pub fn check(path: &Path) -> anyhow::Result<Checked> {
    match read(path)? {
        Ok(source) => Ok(check_source(source)),
        Err(problems) => Ok(Checked::Invalid(Stopped::new(None, problems))),
    }
}

/// Check a report already read (an archived revision's YAML, [`Source::new`]); the same stages
/// as [`check`], which calls it. Pure: it reads nothing else.
pub fn check_source(source: Source) -> Checked {
    let file = source.path.display().to_string();
    let doc = match source.parse() {
        Ok(doc) => doc,
        Err(problems) => return Checked::Invalid(Stopped::new(Some(source), problems)),
    };
    let (report, mut problems) = model::check(doc);
    let Some(report) = report else {
        let problems = Problems::new(file, problems, || source.positions());
        return Checked::Invalid(Stopped::new(Some(source), problems));
    };
    let computed = match compute(&report) {
        Ok(c) => c,
        Err(overflows) => {
            problems.extend(overflows);
            let problems = Problems::new(file, problems, || source.positions());
            return Checked::Invalid(Stopped::new(Some(source), problems));
        }
    };
    problems.extend(crate::present::figures::check(&report, &computed));
    problems.extend(checks::no_band(&report, &computed));
    problems.extend(source.pasted());
    let problems = Problems::new(file, problems, || source.positions());
    if problems.has_errors() {
        return Checked::Invalid(Stopped::new(Some(source), problems));
    }
    Checked::Valid(Box::new(Prepared { source, report, computed, warnings: problems }))
}

/// Read, check and assemble a report for rendering. `Err` only when it cannot run at all.
pub fn load(path: &Path) -> anyhow::Result<Loaded> {
    match check(path)? {
        Checked::Valid(p) => assemble::assemble(*p),
        Checked::Invalid(stopped) => Ok(Loaded::Stopped(stopped)),
    }
}

/// The files a report depends on: the YAML and every image it names (read leniently: when
/// the YAML does not parse, only the YAML itself). `watch` watches these.
pub fn files_of(yaml: &Path) -> Vec<PathBuf> {
    match input::read(yaml) {
        Ok(Ok(source)) => match source.parse() {
            Ok(doc) => files_named(yaml, &doc),
            Err(_) => vec![yaml.to_owned()],
        },
        _ => vec![yaml.to_owned()],
    }
}

/// [`files_of`] for a report already read: the YAML and the images `doc` names.
pub fn files_named(yaml: &Path, doc: &crate::input::types::Lkjip) -> Vec<PathBuf> {
    let dir = yaml.parent().unwrap_or(Path::new("."));
    let mut files = vec![yaml.to_owned()];
    files.extend(walk::files(doc).into_iter().map(|(_, f)| dir.join(f)));
    files
}

#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod tests;
