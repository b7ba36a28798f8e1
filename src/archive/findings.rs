//! What the archive's checks find, typed: which file, which bag, which ledger line, which label,
//! which hash was expected and which was found. No sentences: the words, in Indonesian and
//! English, are in `messages::archive`.

use serde::Serialize;

use super::Sha256;
use super::failure::{FileIssue, OrphanIssue};

/// Where a bag's record is: its ledger line, or none (a bag the ledger does not record yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct At {
    /// 1-based ledger line; 0 for an unrecorded bag.
    pub line: usize,
    /// `<report>@<revision>`.
    pub revision: String,
}

/// Something wrong with the archive: any one fails the audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// `lkjip-archive.txt` cannot be read or is not in lkjip's form.
    AnchorUnreadable { issue: FileIssue },
    /// `lkjip-archive.txt` is missing from an archive that has entries.
    AnchorMissing,
    /// The ledger itself (`ledger.jsonl`).
    Ledger(LedgerIssue),
    /// The ledger is shorter than the anchor records, or its line there hashes otherwise.
    LedgerShortened { lines: usize, head: Sha256, found: usize },
    /// More than one line beyond the anchor's head: lines added without lkjip's release.
    LedgerAppended { lines: usize, found: usize },
    /// An entry at the archive's top that no lkjip writes.
    UnexpectedEntry { name: String },
    /// A recorded bag's directory is gone.
    BagMissing { bag: String, at: At },
    /// The bag fails its BagIt check.
    Bag { bag: String, issue: BagIssue },
    /// The tag manifest does not hash to what the ledger line records.
    TagmanifestMismatch { bag: String, at: At, expected: Sha256, found: Option<Sha256> },
    /// The PDF differs from the recorded SHA-256 and length.
    PdfMismatch { pdf: String, at: At, expected: Sha256, expected_length: u64, found: Sha256, found_length: u64 },
    /// The recorded PDF is not in the bag.
    PdfMissing { pdf: String, at: At },
    /// The recorded YAML is not among the bag's sources.
    YamlMissing { bag: String, yaml: String, at: At },
    /// The sources' digest differs from the recorded one.
    SourceDigest { bag: String, at: At, expected: Sha256, found: Sha256 },
    /// A bag-info label disagrees with the ledger line.
    Label { bag: String, at: At, label: String, expected: String, found: Option<String> },
    /// The commit marker names another ledger line than the one holding this revision.
    MarkerMismatch { bag: String, marker_line: usize, marker_sha256: Sha256, line: usize, sha256: Sha256 },
    /// A finished release's bag lacks its commit marker.
    MarkerMissing { bag: String },
    /// The commit marker cannot be read or is malformed.
    MarkerUnreadable { bag: String, issue: FileIssue },
    /// The bag's RFC 3161 token of its ledger line does not verify.
    Token { bag: String, issue: TokenIssue },
    /// A bag with a commit marker but no ledger line: its line was removed.
    LineRemoved { bag: String, line: usize, sha256: Sha256 },
    /// A bag the ledger does not record, and not a complete one of the next revision.
    UnrecordedIncomplete { bag: String, problems: Vec<Problem>, issue: Option<OrphanIssue> },
    /// A bag the ledger does not record (not the next revision).
    Unrecorded { bag: String },
    /// An entry in a report folder that is not a bag.
    UnexpectedInReport { path: String },
}

/// A problem of the ledger file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "issue", rename_all = "snake_case")]
pub enum LedgerIssue {
    /// The last line has no final LF.
    NoFinalNewline,
    /// A line that is not a ledger entry (the parser's words, English).
    NotAnEntry { line: usize, detail: String },
    /// A line not in canonical form.
    NotCanonical { line: usize, revision: String },
    /// A line whose `prev` is not the previous line's SHA-256.
    ChainBroken { line: usize, revision: String, prev: Sha256, expected: Sha256 },
    /// A revision out of sequence.
    RevisionOutOfSequence { line: usize, revision: String, expected: u32, report: String },
    /// `supersedes` not `revision - 1`.
    Supersedes { line: usize, revision: String, found: Option<u32>, expected: Option<u32> },
    /// A correction without a note.
    NoNote { line: usize, revision: String },
    /// `bag` or `pdf` not under `<report>/r<N>/`.
    BagPath { line: usize, revision: String, expected: String },
}

/// A problem of one bag's BagIt structure; paths are relative to the bag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "issue", rename_all = "snake_case")]
pub enum BagIssue {
    /// A file that cannot be read (the system's words).
    Unreadable { file: String, detail: String },
    /// A directory that cannot be read.
    DirUnreadable { dir: String },
    /// Neither a file nor a directory (a link, a device).
    NotAFile { path: String },
    /// `bagit.txt` is not the BagIt 1.0 declaration.
    NotBagit { bytes: usize },
    /// A line of `bag-info.txt` that is not `Label: Value`.
    BagInfoLine { line: usize },
    /// A malformed manifest line.
    ManifestLine { manifest: String, line: usize },
    /// A file whose SHA-256 differs from its manifest's.
    HashMismatch { file: String, manifest: String, expected: Sha256, found: Sha256 },
    /// Listed in a manifest but cannot be read.
    ListedUnreadable { file: String, manifest: String, detail: String },
    /// Listed in the payload manifest but not there.
    ListedMissing { file: String, manifest: String },
    /// A payload file the manifest does not list.
    NotListed { file: String, manifest: String },
    /// The tag manifest does not list a tag file.
    TagFileNotListed { manifest: String, file: String },
    /// `Payload-Oxum` differs from the payload.
    Oxum { recorded: String, found: String },
    /// No `Payload-Oxum`.
    NoOxum,
    /// A file at the top of the bag that does not belong there.
    Unexpected { file: String },
}

/// Why a stored timestamp token does not verify.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "issue", rename_all = "snake_case")]
pub enum TokenIssue {
    /// The file cannot be read.
    Unreadable { detail: String },
    /// It stamps another digest than the line's SHA-256.
    OtherDigest { expected: Sha256, found: Option<String> },
    /// The TSA's signature over it does not verify: it was altered.
    SignatureBroken,
    /// Not a well-formed token: what in it is wrong.
    Malformed { fault: crate::pdfcheck::cms::CmsFault },
    /// A token signed in a way lkjip does not verify.
    Unsupported { what: crate::pdfcheck::cms::Unsupported },
    /// The token carries no certificate of the authority that signed it.
    NoCertificate,
    /// Issued too far from the release time the line records.
    TimeOff { gen_time: String, released: String },
}

/// A harmless leftover of an interrupted release; the next release completes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "notice", rename_all = "snake_case")]
pub enum Notice {
    /// A temporary entry of an interrupted release.
    Temp { name: String },
    /// The newest ledger line was written by a release that did not finish.
    Unfinished,
    /// A complete bag of the next revision, not yet in the ledger.
    UnrecordedComplete { bag: String },
}

/// A bag's problems carried as an error (an unrecorded bag that is not a complete one); the
/// audit takes them out typed, the words are `messages::archive`'s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BagProblems(pub Vec<Problem>);

impl std::fmt::Display for BagProblems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the bag fails its check ({} problems; `lkjip verify` names them)", self.0.len())
    }
}

impl std::error::Error for BagProblems {}

impl Problem {
    /// The file, bag or folder the problem is about (relative to the archive).
    pub fn subject(&self) -> String {
        match self {
            Problem::AnchorUnreadable { .. } | Problem::AnchorMissing => super::anchor::ARCHIVE_FILE.to_owned(),
            Problem::Ledger(_) | Problem::LedgerShortened { .. } | Problem::LedgerAppended { .. } => {
                super::LEDGER_FILE.to_owned()
            }
            Problem::UnexpectedEntry { name } => name.clone(),
            Problem::PdfMismatch { pdf, .. } | Problem::PdfMissing { pdf, .. } => pdf.clone(),
            Problem::UnexpectedInReport { path } => path.clone(),
            Problem::BagMissing { bag, .. }
            | Problem::Bag { bag, .. }
            | Problem::TagmanifestMismatch { bag, .. }
            | Problem::YamlMissing { bag, .. }
            | Problem::SourceDigest { bag, .. }
            | Problem::Label { bag, .. }
            | Problem::MarkerMismatch { bag, .. }
            | Problem::MarkerMissing { bag }
            | Problem::MarkerUnreadable { bag, .. }
            | Problem::Token { bag, .. }
            | Problem::LineRemoved { bag, .. }
            | Problem::UnrecordedIncomplete { bag, .. }
            | Problem::Unrecorded { bag } => bag.clone(),
        }
    }
}

/// What was refused because a check of the archive failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The ledger is damaged: nothing reads it.
    LedgerDamaged,
    /// `release` into an archive whose audit fails.
    Release,
    /// `publikasi` of an archive whose audit fails.
    Publish,
}

/// An operation refused because the archive `dir` has `problems` (at least one). Its text is a
/// short English summary naming the first problem's file; `messages::archive::refused` words
/// it in full for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub dir: std::path::PathBuf,
    pub refusal: Refusal,
    pub problems: Vec<Problem>,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.dir.display();
        let (n, first) = (self.problems.len(), self.problems.first().map_or_else(String::new, Problem::subject));
        match self.refusal {
            Refusal::LedgerDamaged => write!(
                f,
                "the ledger {} is damaged ({n} problems, the first in {first}); run `lkjip verify --archive {d}` for a full audit",
                self.dir.join(super::LEDGER_FILE).display()
            ),
            Refusal::Release => write!(
                f,
                "the archive {d} fails its audit ({n} problems, the first about {first}); nothing was released: run `lkjip verify --archive {d}` and repair it first"
            ),
            Refusal::Publish => write!(
                f,
                "the archive {d} fails its audit ({n} problems, the first about {first}); nothing was published: run `lkjip verify --archive {d}`"
            ),
        }
    }
}

impl std::error::Error for Refused {}
