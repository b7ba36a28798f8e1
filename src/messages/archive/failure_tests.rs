//! The words of every archive error (`archive::Failure` and its issues), in both languages:
//! each names its values, and the Indonesian has none of the English words (`messages::fatal`
//! tests a whole chain).

use std::path::PathBuf;

use super::*;
use crate::archive::{FileIssue, Io, Kind, OrphanIssue, RequestIssue, TokenShape, TsaIssue};

/// English words that never belong in an Indonesian sentence (a few of `tests/it/bahasa.rs`'s).
const ENGLISH: &[&str] =
    &["the", "is", "not", "file", "and", "of", "to", "cannot", "has", "was", "no", "an", "it", "its", "or", "line"];

fn english_in(s: &str) -> Vec<String> {
    let plain: String = s.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    plain
        .split_whitespace()
        .filter(|t| !t.contains('/') && !t.starts_with('-'))
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()).map(str::to_owned).collect::<Vec<_>>())
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

fn p(s: &str) -> PathBuf {
    PathBuf::from(s)
}

fn sha(b: &[u8]) -> Sha256 {
    Sha256::of(b)
}

/// Every variant, with a piece of its English and of its Indonesian words.
fn cases() -> Vec<(Failure, &'static str, &'static str)> {
    let io = || std::io::Error::from_raw_os_error(13);
    let src = || anyhow::anyhow!("inner");
    let (a, b) = (sha(b"a"), sha(b"b"));
    vec![
        (Failure::Io { op: Io::Read, path: p("/x/a"), source: io() }, "reading /x/a", "tidak dapat membaca /x/a"),
        (Failure::Io { op: Io::MoveAside, path: p("/x/a"), source: io() }, "moving /x/a aside", "menyingkirkan /x/a"),
        (Failure::NoArchive { dir: p("/x/arsip") }, "there is no archive at /x/arsip", "tidak ada arsip di /x/arsip"),
        (
            Failure::File { path: p("/x/lkjip-archive.txt"), issue: FileIssue::NotLkjipForm },
            "/x/lkjip-archive.txt is not in the form lkjip writes",
            "/x/lkjip-archive.txt tidak dalam bentuk yang ditulis lkjip",
        ),
        (
            Failure::AnchorMissing { dir: p("/x/arsip") },
            "lkjip-archive.txt is missing from /x/arsip",
            "tidak ada di /x/arsip",
        ),
        (
            Failure::LedgerShortened { dir: p("/x/arsip"), lines: 2, found: 1 },
            "(lkjip-archive.txt records 2 lines, it has 1)",
            "(lkjip-archive.txt mencatat 2 baris, buku besarnya 1 baris)",
        ),
        (
            Failure::LedgerAppended { dir: p("/x/arsip"), lines: 1, found: 3 },
            "has 3 lines, lkjip-archive.txt records 1",
            "punya 3 baris, lkjip-archive.txt mencatat 1",
        ),
        (
            Failure::BagMissing { dir: p("/x/arsip"), revision: "r@1".into(), bag: "r/r1".into() },
            "the bag of r@1 (r/r1) is missing",
            "bag r@1 (r/r1) tidak ada",
        ),
        (
            Failure::LineLost { dir: p("/x/arsip"), bag: "r/r2".into(), line: 2 },
            "lost the line of r/r2 (its bag records it was line 2)",
            "kehilangan baris r/r2 (bag-nya mencatat ia baris 2)",
        ),
        (
            Failure::MarkerConflict { bag: p("/x/r1"), line: 1, sha256: a, want_line: 2, want_sha256: b },
            "already records ledger line 1",
            "sudah mencatat baris buku besar 1",
        ),
        (
            Failure::Orphan { bag: "r/r2".into(), issue: OrphanIssue::DoesNotFit { revision: 2 } },
            "r/r2: its bag-info.txt: supersedes or note do not fit revision 2",
            "r/r2: bag-info.txt-nya: `LKjIP-Supersedes` atau `LKjIP-Note` tidak cocok dengan revisi 2",
        ),
        (Failure::Request(RequestIssue::NoteMultiline), "the note must be a single line", "catatan harus satu baris"),
        (Failure::NoteMissing { slug: "r".into(), revision: 2 }, "corrects revision 1", "mengoreksi revisi 1"),
        (
            Failure::NotAnArchive { dir: p("/x/d"), names: vec!["a".into(), "b".into()] },
            "/x/d is not an lkjip archive",
            "/x/d bukan arsip lkjip",
        ),
        (Failure::BagExists { bag: p("/x/r1") }, "/x/r1 already exists", "/x/r1 sudah ada"),
        (Failure::LastLineNotEntry, "last line is not an entry", "baris terakhir buku besar bukan entri"),
        (Failure::RevisionSpec { spec: "x".into() }, "revision \"x\" is not `N`", "revisi \"x\" bukan `N`"),
        (Failure::NoRevisions { dir: p("/x/a") }, "holds no revisions", "belum memuat revisi"),
        (
            Failure::SeveralReports { revision: 3, reports: vec!["a".into(), "b".into()] },
            "say which as REPORT@3, one of: a, b",
            "`LAPORAN@3`, salah satu dari: a, b",
        ),
        (
            Failure::NotInArchive { revision: "r@9".into(), dir: p("/x/a") },
            "r@9 is not in the archive /x/a",
            "r@9 tidak ada di arsip /x/a",
        ),
        (
            Failure::ArchivedYamlMissing { dir: p("/x/s"), yaml: "l.yaml".into() },
            "the archived YAML l.yaml is missing",
            "YAML yang diarsipkan, l.yaml, tidak ada",
        ),
        (
            Failure::ArchivedSources { dir: p("/x/s"), revision: "r@1".into(), expected: a, found: b },
            "do not match the ledger",
            "tidak cocok dengan buku besar",
        ),
        (Failure::NameNotUtf8 { path: p("/x/n") }, "/x/n: name is not UTF-8", "/x/n: namanya bukan UTF-8"),
        (Failure::NotEmpty { dir: p("/x/o") }, "/x/o is not empty", "/x/o tidak kosong"),
        (Failure::LedgerNotUtf8, "the ledger is not UTF-8", "buku besar bukan UTF-8"),
        (Failure::NotAFile { path: p("/dev/zero") }, "/dev/zero is not a regular file", "/dev/zero bukan berkas biasa"),
        (Failure::Changed, "changed while it was read", "berubah selagi dibaca"),
        (
            Failure::SourceChanged { name: "foto/a.jpg".into(), expected: a, found: b },
            "foto/a.jpg changed while the release ran",
            "foto/a.jpg berubah selagi rilis berjalan",
        ),
        (
            Failure::Tsa { url: "http://t".into(), issue: TsaIssue::Refused { status: 2 } },
            "timestamp authority http://t: it refused the request (PKIStatus 2)",
            "stempel waktu ke http://t: permintaannya ditolak (PKIStatus 2)",
        ),
        (Failure::TsaIo { url: "http://t".into(), source: io() }, "timestamp authority http://t", "ke http://t"),
        (Failure::Damaged { dir: p("/x/a"), source: src() }, "the archive /x/a is damaged", "arsip /x/a rusak"),
        (Failure::Rendering { slug: "r".into(), revision: 1, source: src() }, "rendering revision 1 of r", "revisi 1"),
        (
            Failure::Unchanged { slug: "r".into(), revision: 2, source: src() },
            "the archive is unchanged",
            "arsipnya tidak berubah",
        ),
        (Failure::NotDurable { slug: "r".into(), revision: 2, source: src() }, "was recorded, but", "sudah dicatat"),
        (Failure::Unadoptable { bag: "r/r2".into(), source: src() }, "r/r2 is a bag the ledger", "r/r2 adalah bag"),
        (Failure::Preparing { dir: p("/x/a"), source: src() }, "preparing archive /x/a", "menyiapkan arsip /x/a"),
    ]
}

#[test]
fn every_failure_is_worded_in_both_languages_with_its_values() {
    for (f, en, id) in cases() {
        let (said_en, said_id) = (failure(&f, Lang::En), failure(&f, Lang::Id));
        assert!(said_en.contains(en), "{f:?}: {en:?} not in {said_en:?}");
        assert!(said_id.contains(id), "{f:?}: {id:?} not in {said_id:?}");
        assert!(english_in(&said_id).is_empty(), "{f:?}: English in {said_id:?}: {:?}", english_in(&said_id));
        assert_ne!(said_en, said_id, "{f:?}");
    }
}

#[test]
fn every_issue_is_worded_in_both_languages() {
    let files = [
        FileIssue::Unreadable { detail: "x".into() },
        FileIssue::NoLabel { label: "Ledger-Head".into() },
        FileIssue::BadValue { label: "Ledger-Lines".into(), value: "satu".into(), expected: Kind::Number },
        FileIssue::NotLkjipForm,
    ];
    for i in &files {
        let (en, id) = (file_issue(i, Lang::En), file_issue(i, Lang::Id));
        assert!(english_in(&id).is_empty() && en != id, "{en} / {id}");
    }
    let bad = &files[2];
    assert_eq!(file_issue(bad, Lang::En), "`Ledger-Lines` is \"satu\", not a number");
    assert_eq!(file_issue(bad, Lang::Id), "`Ledger-Lines` bernilai \"satu\", bukan angka");
    let orphans = [
        OrphanIssue::Marker { issue: FileIssue::NotLkjipForm },
        OrphanIssue::Recorded { line: 4 },
        OrphanIssue::NoTagmanifest,
        OrphanIssue::BagInfo { issue: FileIssue::NoLabel { label: "LKjIP-Tahun".into() } },
        OrphanIssue::OtherRevision { found: "r@3".into() },
        OrphanIssue::DoesNotFit { revision: 2 },
    ];
    for i in &orphans {
        let (en, id) = (orphan_issue(i, Lang::En), orphan_issue(i, Lang::Id));
        assert!(english_in(&id).is_empty() && en != id, "{en} / {id}");
    }
    use RequestIssue as R;
    let requests = [
        R::ReportId { slug: "s".into() },
        R::ReportIdEmpty { slug: "s".into() },
        R::NoSources,
        R::SourceTwice { name: "a".into() },
        R::SourceFileAndFolder { file: "a".into(), inside: "a/b".into() },
        R::SourceName { name: "../a".into() },
        R::Label { label: "LKjIP-X".into() },
        R::GeneratorMultiline,
        R::NoteMultiline,
    ];
    for i in &requests {
        let (en, id) = (request_issue(i, Lang::En), request_issue(i, Lang::Id));
        assert!(english_in(&id).is_empty() && en != id, "{en} / {id}");
    }
    let tsa = [
        TsaIssue::OnlyHttp,
        TsaIssue::NoResolve { host: "h".into() },
        TsaIssue::NoHeader,
        TsaIssue::Http { status: "HTTP/1.0 500".into() },
        TsaIssue::Chunked,
        TsaIssue::NotRfc3161,
        TsaIssue::Refused { status: 2 },
        TsaIssue::NoToken,
        TsaIssue::Nonce,
        TsaIssue::Request,
    ];
    let shapes = [
        TokenShape::NotContentInfo,
        TokenShape::NotSignedData { content_type: "1.2.3".into() },
        TokenShape::SignedData,
        TokenShape::NotTstInfo { content_type: "1.2.4".into() },
        TokenShape::NoTstInfo,
        TokenShape::TstInfo,
        TokenShape::NotSha256 { algorithm: "1.3.14.3.2.26".into() },
        TokenShape::OtherDigest { found: "ab".repeat(32), expected: sha(b"b") },
    ];
    let tokens = shapes.iter().map(|shape| TsaIssue::Token { shape: shape.clone() });
    for i in tsa.iter().cloned().chain(tokens) {
        let (en, id) = (tsa_issue(&i, Lang::En), tsa_issue(&i, Lang::Id));
        assert!(english_in(&id).is_empty() && en != id, "{en} / {id}");
    }
    // the facts of a shape reach the words: the OID, both digests
    let other = tsa_issue(&TsaIssue::Token { shape: shapes[7].clone() }, Lang::Id);
    assert!(other.contains(&"ab".repeat(32)) && other.contains(&sha(b"b").to_string()), "{other}");
    let sha1 = tsa_issue(&TsaIssue::Token { shape: shapes[6].clone() }, Lang::Id);
    assert!(sha1.contains("1.3.14.3.2.26"), "{sha1}");
}

#[test]
fn the_systems_error_is_said_in_indonesian_when_its_kind_is_known() {
    let denied = std::io::Error::from_raw_os_error(13);
    assert_eq!(io_error(&denied, Lang::Id), "izin ditolak (kode OS 13)");
    assert_eq!(io_error(&denied, Lang::En), denied.to_string());
    let odd = std::io::Error::other("something odd");
    assert_eq!(
        io_error(&odd, Lang::Id),
        "galat sistem (kata sistem: \"something odd\")",
        "an unknown kind keeps the system's words, quoted inside Indonesian ones"
    );
    assert_eq!(io_error(&odd, Lang::En), "something odd");
}

#[test]
fn every_reason_a_stored_token_fails_is_said_in_both_languages() {
    use crate::archive::{Problem, TokenIssue};
    use crate::pdfcheck::cms::{CmsFault, Unsupported};
    let issues = [
        TokenIssue::Unreadable { detail: "Permission denied (os error 13)".into() },
        TokenIssue::OtherDigest { expected: sha(b"a"), found: Some("ab".repeat(32)) },
        TokenIssue::OtherDigest { expected: sha(b"a"), found: None },
        TokenIssue::SignatureBroken,
        TokenIssue::Malformed { fault: CmsFault::NoGenTime },
        TokenIssue::Malformed { fault: CmsFault::NotSignedData { content_type: "1.2.3".into() } },
        TokenIssue::Unsupported { what: Unsupported::Algorithm { oid: "1.2.840.10045.4.3.1".into() } },
        TokenIssue::NoCertificate,
        TokenIssue::TimeOff { gen_time: "2026-01-01T00:00:00Z".into(), released: "2026-02-01T00:00:00Z".into() },
    ];
    for issue in issues {
        let p = Problem::Token { bag: "r0001".into(), issue };
        let (en, id) =
            (crate::messages::archive::problem(&p, Lang::En), crate::messages::archive::problem(&p, Lang::Id));
        // the system's own text is quoted inside the Indonesian words, never bare
        let unquoted: String = id.split('"').step_by(2).collect();
        assert!(english_in(&unquoted).is_empty() && en != id, "{en} / {id}");
        assert!(id.starts_with("r0001/lkjip-head.tst: "), "{id}");
    }
    let oid = Problem::Token {
        bag: "r0001".into(),
        issue: TokenIssue::Unsupported { what: Unsupported::Algorithm { oid: "1.2.840.10045.4.3.1".into() } },
    };
    assert!(crate::messages::archive::problem(&oid, Lang::Id).contains("1.2.840.10045.4.3.1"));
}
