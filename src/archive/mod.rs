//! The archive: every official revision of a report as a BagIt bag plus a hash-chained ledger.
//! It stores and checks bytes and never renders; the command layer passes a render closure.
//!
//! Layout of an archive directory (see `docs/archive.md` for the exact format):
//!
//! ```text
//! ledger.jsonl                      one canonical JSON line per revision, hash-chained
//! <slug>/r<N>/                      the bag of revision N (bagit.txt, bag-info.txt, manifests)
//! <slug>/r<N>/data/<slug>-r<N>.pdf  the released PDF
//! <slug>/r<N>/data/source/…         the YAML and every image it used
//! .lock                             taken by `release` (concurrent releases serialise)
//! .tmp-…                            leftovers of an interrupted release (ignored, cleaned next time)
//! ```
//!
//! The commit point of a release is the ledger line: a bag is built in a temp dir, fsynced,
//! renamed into place, and only then is the ledger (old bytes + one line) atomically replaced.
//! A bag without a ledger line is not archived; a complete one at the next revision (a crash
//! between the two steps) is recorded by the next release, from its bag-info (see `binding`).

mod anchor;
mod audit;
mod bag;
mod binding;
mod commit;
pub mod failure;
pub mod findings;
mod folder;
pub mod fsio;
mod hash;
mod history;
mod identify;
mod ledger;
mod next;
mod publish;
mod release;
mod request;
mod source;
mod time;
mod tsa;
pub use tsa::TokenInfo;

#[cfg(test)]
mod tests;

use crate::value::tanggal::Tanggal;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use anchor::{FORMAT, NewerFormat};
pub use audit::{Audit, audit};
pub use failure::{Failure, FileIssue, Io, Kind, OrphanIssue, RequestIssue, TokenShape, TsaIssue};
pub use findings::{At, BagIssue, LedgerIssue, Notice, Problem, Refusal, Refused, TokenIssue};
pub use fsio::{Fault, RealWorld, Step, World};
pub use hash::{Mismatch, ParseError, Sha256, source_digest, source_digest_of};
pub use history::{
    ArchivedRevision, ReportHistory, Reproduction, RevisionInfo, compare_reproduction, load_revision, log,
};
pub use identify::{Identification, Identified, MAX_APPENDED_BYTES, Status, identify, identify_file, identify_reader};
pub use ledger::{LEDGER_FILE, LedgerEntry, head_line};
pub use next::expected_revision;
pub use publish::{Published, publish};
pub use release::{release, release_in};
pub use source::{Reread, Source};

/// The environment variable naming the archive directory when `--archive` is not given.
pub const ARCHIVE_ENV: &str = "LKJIP_ARSIP";
/// The archive directory when neither `--archive` nor `$LKJIP_ARSIP` is given.
pub const DEFAULT_DIR: &str = "arsip";

/// The archive directory: `explicit` (`--archive`), else `$LKJIP_ARSIP` if set and non-empty, else `./arsip`.
pub fn resolve_dir(explicit: Option<&Path>) -> PathBuf {
    explicit
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os(ARCHIVE_ENV).filter(|v| !v.is_empty()).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from(DEFAULT_DIR))
}

/// Which report a revision belongs to: agency, government, kind and year (from the YAML).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportId {
    /// The agency, e.g. "Dinas Perdagangan, Koperasi dan UKM".
    pub instansi: String,
    /// The government, e.g. "Kota Pekalongan".
    pub pemerintah: String,
    /// The kind of report, e.g. "LKjIP".
    pub jenis: String,
    pub tahun: u16,
}

impl ReportId {
    /// `<jenis>-<tahun>-<instansi>-<pemerintah>` in lowercase ASCII letters, digits and `-`,
    /// e.g. `lkjip-2021-dinas-perdagangan-koperasi-dan-ukm-kota-pekalongan`. The report's
    /// identity in the archive (its directory and ledger `report` field).
    pub fn slug(&self) -> String {
        format!("{}-{}-{}-{}", slugify(&self.jenis), self.tahun, slugify(&self.instansi), slugify(&self.pemerintah))
    }
}

fn slugify(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            'à'..='å' | 'À'..='Å' => 'a',
            'è'..='ë' | 'È'..='Ë' => 'e',
            'ì'..='ï' | 'Ì'..='Ï' => 'i',
            'ò'..='ö' | 'Ò'..='Ö' => 'o',
            'ù'..='ü' | 'Ù'..='Ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// One source file of an archived revision, as read back from `data/source/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Relative path inside the report folder, `/`-separated, e.g. `lkjip.yaml`, `foto/pasar.jpg`.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The versions of the programs that produced a PDF.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Generator {
    pub lkjip: String,
    pub typst: String,
}

/// Everything `release` needs besides the archive directory and the render closure.
#[derive(Debug, Clone)]
pub struct ReleaseRequest {
    pub report: ReportId,
    /// The sources; the first is the YAML. Names must be unique and safe (see [`check_source_name`]).
    pub sources: Vec<Source>,
    /// What this revision corrects; required from revision 2 on.
    pub note: Option<String>,
    pub generator: Generator,
    /// `YYYY-MM-DD`, from the report (keeps the bag reproducible).
    pub bagging_date: Tanggal,
    /// Extra bag-info labels (e.g. `Contact-Name`); must not clash with the archive's own.
    pub bag_info: Vec<(String, String)>,
    /// A timestamp authority (`http://…`, RFC 3161) to stamp the new ledger head; its token
    /// is stored in the bag. None: no timestamp.
    pub tsa: Option<String>,
}

/// The outcome of `release`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Released {
    pub report: String,
    pub revision: u32,
    pub pdf_path: PathBuf,
    pub sha256: Sha256,
    pub len: u64,
    /// The ledger head after the release: SHA-256 of its last line. Kept outside the archive
    /// (written down, mailed), it lets `verify --head` prove the ledger was not shortened.
    pub head: Sha256,
    /// False when the sources equal the current revision's: nothing was written.
    pub created: bool,
}

/// Refuses names that are absolute, empty, contain `.`/`..` components, backslashes, or
/// `%`, CR, LF or other control characters (bagit.py cannot round-trip those).
pub fn check_source_name(name: &str) -> anyhow::Result<()> {
    let bad = name.is_empty()
        || name.starts_with('/')
        || name.contains('\\')
        || name.contains('%')
        || name.chars().any(char::is_control)
        || name.split('/').any(|c| c.is_empty() || c == "." || c == "..");
    if bad {
        return Err(Failure::Request(RequestIssue::SourceName { name: name.to_owned() }).into());
    }
    Ok(())
}
