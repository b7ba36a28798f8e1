//! The errors the archive ends a command with, typed: which path, which label, which value,
//! how many ledger lines were recorded and found, which revision. No sentences for a person:
//! `messages::archive` words every variant in Indonesian and English (`words_of` words a whole
//! error chain); `Display` is a short English text for logs and tests. An I/O failure keeps its
//! `io::Error` as its source, a wrapper (`Damaged`, `Unchanged`, …) the error it wraps.

use std::path::PathBuf;

use serde::Serialize;

use super::Sha256;

/// What an I/O operation was doing to its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Io {
    Read,
    ReadArchive,
    Create,
    CreateDir,
    Write,
    Sync,
    SyncDir,
    Replace,
    /// Moving the new bag into place.
    MoveInto,
    MoveAside,
    Remove,
    RemoveLeftover,
    OpenLock,
    Lock,
}

/// What a value of a label should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Number,
    Year,
    Sha256,
}

/// What is wrong with one of the archive's small `Label: Value` files (`lkjip-archive.txt`,
/// `lkjip-commit.txt`, a bag's `bag-info.txt` read back into a ledger entry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "issue", rename_all = "snake_case")]
pub enum FileIssue {
    /// The file cannot be read (the system's words).
    Unreadable { detail: String },
    /// A label the file must have is not there.
    NoLabel { label: String },
    /// A label whose value is not of its kind.
    BadValue { label: String, value: String, expected: Kind },
    /// Not byte for byte the form lkjip writes (edited by hand?).
    NotLkjipForm,
}

/// Why an unrecorded bag (a crashed release's, found by the next one) cannot be taken in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "orphan", rename_all = "snake_case")]
pub enum OrphanIssue {
    /// Its commit marker cannot be read.
    Marker { issue: FileIssue },
    /// Its commit marker says it was recorded at `line`: the line was removed.
    Recorded { line: usize },
    /// It has no tag manifest.
    NoTagmanifest,
    /// Its bag-info cannot be read back into a ledger entry.
    BagInfo { issue: FileIssue },
    /// Its bag-info names another revision than its place.
    OtherRevision { found: String },
    /// Its `LKjIP-Supersedes` or `LKjIP-Note` do not fit its revision.
    DoesNotFit { revision: u32 },
}

/// Why a release request was refused before anything was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "issue", rename_all = "snake_case")]
pub enum RequestIssue {
    /// jenis, instansi or pemerintah empty, multi-line, or the slug too long.
    ReportId {
        slug: String,
    },
    /// jenis, instansi or pemerintah without a letter or digit.
    ReportIdEmpty {
        slug: String,
    },
    NoSources,
    SourceTwice {
        name: String,
    },
    SourceFileAndFolder {
        file: String,
        inside: String,
    },
    SourceName {
        name: String,
    },
    /// An extra bag-info label that is reserved, or not a single-line `Label: Value`.
    Label {
        label: String,
    },
    GeneratorMultiline,
    NoteMultiline,
}

/// Why asking a timestamp authority for a token failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "issue", rename_all = "snake_case")]
pub enum TsaIssue {
    /// Not an `http://` URL.
    OnlyHttp,
    /// The host does not resolve.
    NoResolve { host: String },
    /// The answer has no HTTP header.
    NoHeader,
    /// Not `200`: the status line.
    Http { status: String },
    /// A chunked answer.
    Chunked,
    /// The body is not an RFC 3161 response.
    NotRfc3161,
    /// The authority refused (PKIStatus).
    Refused { status: u8 },
    /// Granted, but no token.
    NoToken,
    /// The token does not carry this request's nonce.
    Nonce,
    /// The token does not answer this request: what in it is wrong.
    Token { shape: TokenShape },
    /// lkjip could not encode its own request (DER; never for a digest it computed).
    Request,
}

/// What is wrong inside a timestamp token lkjip received (RFC 3161 over CMS).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "shape", rename_all = "snake_case")]
pub enum TokenShape {
    /// Not a DER CMS ContentInfo.
    NotContentInfo,
    /// A ContentInfo of another type than SignedData (its OID).
    NotSignedData { content_type: String },
    /// The SignedData does not parse.
    SignedData,
    /// The SignedData holds something else than a TSTInfo (its OID).
    NotTstInfo { content_type: String },
    /// The TSTInfo is absent.
    NoTstInfo,
    /// The TSTInfo does not parse.
    TstInfo,
    /// The message imprint uses another hash than SHA-256 (its OID).
    NotSha256 { algorithm: String },
    /// The token stamps another digest than the one asked for.
    OtherDigest { found: String, expected: Sha256 },
}

/// An error of the archive, typed.
#[derive(Debug)]
pub enum Failure {
    /// `op` on `path` failed.
    Io {
        op: Io,
        path: PathBuf,
        source: std::io::Error,
    },
    /// The archive folder does not exist.
    NoArchive {
        dir: PathBuf,
    },
    /// `lkjip-archive.txt` or a commit marker is unreadable or not in lkjip's form.
    File {
        path: PathBuf,
        issue: FileIssue,
    },
    /// An archive that has a ledger but no `lkjip-archive.txt`.
    AnchorMissing {
        dir: PathBuf,
    },
    /// The ledger is shorter than `lkjip-archive.txt` records, or its line there hashes otherwise.
    LedgerShortened {
        dir: PathBuf,
        lines: usize,
        found: usize,
    },
    /// More than one line beyond the recorded head.
    LedgerAppended {
        dir: PathBuf,
        lines: usize,
        found: usize,
    },
    /// A recorded revision's bag is gone.
    BagMissing {
        dir: PathBuf,
        revision: String,
        bag: String,
    },
    /// The bag of the next revision has a commit marker: its ledger line was removed.
    LineLost {
        dir: PathBuf,
        bag: String,
        line: usize,
    },
    /// A bag's commit marker already records another line.
    MarkerConflict {
        bag: PathBuf,
        line: usize,
        sha256: Sha256,
        want_line: usize,
        want_sha256: Sha256,
    },
    /// An unrecorded bag that cannot be taken in.
    Orphan {
        bag: String,
        issue: OrphanIssue,
    },
    /// The release request is refused.
    Request(RequestIssue),
    /// A correction without `--note`.
    NoteMissing {
        slug: String,
        revision: u32,
    },
    /// The folder is neither an archive nor empty (its first names).
    NotAnArchive {
        dir: PathBuf,
        names: Vec<String>,
    },
    /// The bag's place is taken.
    BagExists {
        bag: PathBuf,
    },
    /// The ledger's last line is not an entry (a release cannot finish it).
    LastLineNotEntry,
    /// `reproduce`/`diff` revision not `N` or `REPORT@N`.
    RevisionSpec {
        spec: String,
    },
    NoRevisions {
        dir: PathBuf,
    },
    /// Several reports; the spec must name one.
    SeveralReports {
        revision: u32,
        reports: Vec<String>,
    },
    NotInArchive {
        revision: String,
        dir: PathBuf,
    },
    /// The archived sources lack the YAML the ledger names.
    ArchivedYamlMissing {
        dir: PathBuf,
        yaml: String,
    },
    /// The archived sources do not hash to the ledger's digest.
    ArchivedSources {
        dir: PathBuf,
        revision: String,
        expected: Sha256,
        found: Sha256,
    },
    /// A name in the archived sources that is not UTF-8.
    NameNotUtf8 {
        path: PathBuf,
    },
    /// `publikasi` into a folder that is not empty.
    NotEmpty {
        dir: PathBuf,
    },
    LedgerNotUtf8,
    /// `verify` of something that is not a regular file.
    NotAFile {
        path: PathBuf,
    },
    /// The file changed while it was read.
    Changed,
    /// A source file read again to be archived is no longer the one the release began with.
    SourceChanged {
        name: String,
        expected: Sha256,
        found: Sha256,
    },
    /// Asking the timestamp authority at `url` failed.
    Tsa {
        url: String,
        issue: TsaIssue,
    },
    /// The connection to the timestamp authority at `url` failed.
    TsaIo {
        url: String,
        source: std::io::Error,
    },
    /// Wrappers: what failed, around the error that made it fail (the source).
    Damaged {
        dir: PathBuf,
        source: anyhow::Error,
    },
    Rendering {
        slug: String,
        revision: u32,
        source: anyhow::Error,
    },
    Unchanged {
        slug: String,
        revision: u32,
        source: anyhow::Error,
    },
    NotDurable {
        slug: String,
        revision: u32,
        source: anyhow::Error,
    },
    Unadoptable {
        bag: String,
        source: anyhow::Error,
    },
    Preparing {
        dir: PathBuf,
        source: anyhow::Error,
    },
}

impl Failure {
    /// An I/O failure of `op` on `path`, for `map_err`.
    pub(crate) fn io(op: Io, path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Failure {
        let path = path.into();
        move |source| Failure::Io { op, path, source }
    }
}

impl std::fmt::Display for Io {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Io::Read => "reading",
            Io::ReadArchive => "reading archive",
            Io::Create => "creating",
            Io::CreateDir => "creating directory",
            Io::Write => "writing",
            Io::Sync => "syncing",
            Io::SyncDir => "syncing directory",
            Io::Replace => "replacing",
            Io::MoveInto => "moving the new bag into",
            Io::MoveAside => "moving aside",
            Io::Remove => "removing",
            Io::RemoveLeftover => "removing leftover",
            Io::OpenLock => "opening lock file",
            Io::Lock => "locking",
        })
    }
}

impl std::fmt::Display for FileIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileIssue::Unreadable { detail } => write!(f, "cannot be read: {detail}"),
            FileIssue::NoLabel { label } => write!(f, "has no {label}"),
            FileIssue::BadValue { label, value, expected } => {
                let kind = match expected {
                    Kind::Number => "number",
                    Kind::Year => "year",
                    Kind::Sha256 => "SHA-256",
                };
                write!(f, "{label} {value:?} is not a {kind}")
            }
            FileIssue::NotLkjipForm => f.write_str("is not in the form lkjip writes (edited by hand?)"),
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use super::anchor::ARCHIVE_FILE;
        let hint = |d: &PathBuf| format!("run `lkjip verify --archive {}` for a full audit", d.display());
        match self {
            Failure::Io { op, path, .. } => write!(f, "{op} {}", path.display()),
            Failure::NoArchive { dir } => {
                write!(f, "there is no archive at {} (use --archive DIR or set $LKJIP_ARSIP)", dir.display())
            }
            Failure::File { path, issue } => write!(f, "{} {issue}", path.display()),
            Failure::AnchorMissing { dir } => {
                write!(f, "{ARCHIVE_FILE} is missing from {}; {}", dir.display(), hint(dir))
            }
            Failure::LedgerShortened { dir, lines, found } => write!(
                f,
                "the ledger of {} was shortened or replaced ({ARCHIVE_FILE} records {lines} lines, it has {found}); {}",
                dir.display(),
                hint(dir)
            ),
            Failure::LedgerAppended { dir, lines, found } => write!(
                f,
                "the ledger of {} has {found} lines, {ARCHIVE_FILE} records {lines}; {}",
                dir.display(),
                hint(dir)
            ),
            Failure::BagMissing { dir, revision, bag } => {
                write!(f, "the bag of {revision} ({bag}) is missing from the archive {}; {}", dir.display(), hint(dir))
            }
            Failure::LineLost { dir, bag, line } => write!(
                f,
                "the ledger of {} lost the line of {bag} (its bag records it was line {line}); {}",
                dir.display(),
                hint(dir)
            ),
            Failure::MarkerConflict { bag, line, sha256, want_line, want_sha256 } => write!(
                f,
                "{}/{} already records ledger line {line} ({sha256}), not line {want_line} ({want_sha256})",
                bag.display(),
                super::commit::MARKER_FILE
            ),
            Failure::Orphan { bag, issue } => write!(f, "{bag}: {issue:?}"),
            Failure::Request(issue) => write!(f, "the release request is refused: {issue:?}"),
            Failure::NoteMissing { slug, revision } => write!(
                f,
                "revision {revision} of {slug} corrects revision {}: a note saying what was corrected is required (--note)",
                revision - 1
            ),
            Failure::NotAnArchive { dir, names } => write!(
                f,
                "{} is not an lkjip archive (it has no {ARCHIVE_FILE} and no {}) and it is not empty ({}): nothing was released and nothing in it was touched; name an archive or an empty folder with --archive",
                dir.display(),
                super::LEDGER_FILE,
                names.join(", ")
            ),
            Failure::BagExists { bag } => {
                write!(f, "{} already exists; refusing to overwrite an archived bag", bag.display())
            }
            Failure::LastLineNotEntry => f.write_str("the ledger's last line is not an entry"),
            Failure::RevisionSpec { spec } => write!(f, "revision {spec:?} is not `N` or `REPORT@N`"),
            Failure::NoRevisions { dir } => write!(f, "the archive {} holds no revisions", dir.display()),
            Failure::SeveralReports { revision, reports } => write!(
                f,
                "the archive holds several reports; say which as REPORT@{revision}, one of: {}",
                reports.join(", ")
            ),
            Failure::NotInArchive { revision, dir } => {
                write!(f, "{revision} is not in the archive {}", dir.display())
            }
            Failure::ArchivedYamlMissing { dir, yaml } => {
                write!(f, "{}: the archived YAML {yaml} is missing", dir.display())
            }
            Failure::ArchivedSources { dir, revision, expected, found } => write!(
                f,
                "{}: the archived sources of {revision} do not match the ledger (SHA-256 {found}, expected {expected}); run `lkjip verify --archive`",
                dir.display()
            ),
            Failure::NameNotUtf8 { path } => write!(f, "{}: name is not UTF-8", path.display()),
            Failure::NotEmpty { dir } => {
                write!(f, "{} is not empty; publish into a new or empty folder", dir.display())
            }
            Failure::LedgerNotUtf8 => f.write_str("the ledger is not UTF-8"),
            Failure::NotAFile { path } => write!(f, "{} is not a regular file", path.display()),
            Failure::Changed => f.write_str("the file changed while it was read"),
            Failure::SourceChanged { name, .. } => write!(f, "{name} changed while it was being released"),
            Failure::Damaged { dir, .. } => {
                write!(f, "the archive {} is damaged; run `lkjip verify --archive {0}`", dir.display())
            }
            Failure::Rendering { slug, revision, .. } => write!(f, "rendering revision {revision} of {slug}"),
            Failure::Unchanged { slug, revision, .. } => {
                write!(f, "archiving revision {revision} of {slug} failed; the archive is unchanged")
            }
            Failure::NotDurable { slug, revision, .. } => {
                write!(f, "revision {revision} of {slug} was recorded, but the archive could not be made durable")
            }
            Failure::Unadoptable { bag, .. } => {
                write!(f, "{bag} is a bag the ledger does not record; inspect it and move it out of the archive")
            }
            Failure::Preparing { dir, .. } => write!(f, "preparing archive {}", dir.display()),
            Failure::Tsa { url, issue } => write!(f, "asking the timestamp authority {url}: {issue:?}"),
            Failure::TsaIo { url, .. } => write!(f, "asking the timestamp authority {url}"),
        }
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Failure::Io { source, .. } | Failure::TsaIo { source, .. } => Some(source),
            Failure::Damaged { source, .. }
            | Failure::Rendering { source, .. }
            | Failure::Unchanged { source, .. }
            | Failure::NotDurable { source, .. }
            | Failure::Unadoptable { source, .. }
            | Failure::Preparing { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}
