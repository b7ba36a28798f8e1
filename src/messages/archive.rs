//! The words of the archive audit (`lkjip verify` without a PDF, `--head`), in Indonesian and
//! English: every typed finding (`archive::Problem`, `Notice`), the refusals, the summary, the
//! head the user kept, and the timestamp that anchors a head.

mod failure;
#[cfg(test)]
mod failure_tests;
mod log;

pub use failure::{failure, file_issue, io, io_error, orphan_issue, request_issue, tsa_issue};
pub use log::{LogView, SHORT_HASH, empty_log, local_time, log, reproduction};

use super::Lang;
use super::verify::{bentuk, wib};
use crate::archive::findings::BagProblems;
use crate::archive::{
    At, BagIssue, Failure, LEDGER_FILE, LedgerIssue, NewerFormat, Notice, ParseError, Problem, Refusal, Refused,
    Sha256, TokenInfo, TokenIssue,
};

const ARCHIVE_FILE: &str = "lkjip-archive.txt";
const MARKER_FILE: &str = "lkjip-commit.txt";
const TOKEN_FILE: &str = "lkjip-head.tst";

/// `head timestamped by <TSA> on <date>`: a ledger line's verified RFC 3161 token.
pub fn timestamped(line: usize, t: &TokenInfo, lang: Lang) -> String {
    let when = wib(&t.gen_time, lang);
    match lang {
        Lang::En => format!("head timestamped by {} on {when} (ledger line {line}; the token verifies)", t.tsa),
        Lang::Id => format!("head dicap waktu oleh {} pada {when} (baris buku besar {line}; tokennya sah)", t.tsa),
    }
}

/// What `--head H` found: the line holding `head`, or none.
pub fn head_found(head: &Sha256, line: Option<usize>, lang: Lang) -> String {
    match (line, lang) {
        (Some(n), Lang::En) => format!("head: the ledger contains {head} as its line {n}"),
        (Some(n), Lang::Id) => format!("head: buku besar memuat {head} sebagai barisnya yang ke-{n}"),
        (None, Lang::En) => {
            format!("problem: head {head} is not in the ledger: it was shortened or rewritten since")
        }
        (None, Lang::Id) => {
            format!(
                "masalah: head {head} tidak ada di buku besar: buku besar itu dipendekkan atau ditulis ulang sejak itu"
            )
        }
    }
}

/// The audit's last line.
pub fn summary(dir: &std::path::Path, problems: usize, revisions: usize, lang: Lang) -> String {
    let d = dir.display();
    match (problems, lang) {
        (0, Lang::En) => format!("the archive {d} is intact: {revisions} revisions checked"),
        (0, Lang::Id) => format!("arsip {d} utuh: {revisions} revisi diperiksa"),
        (n, Lang::En) => format!("the archive {d} has {n} problems ({revisions} revisions checked)"),
        (n, Lang::Id) => format!("arsip {d} bermasalah: {n} masalah ({revisions} revisi diperiksa)"),
    }
}

/// An audit problem as the audit prints it: "problem: …" / "masalah: …".
pub fn problem_line(p: &Problem, lang: Lang) -> String {
    match lang {
        Lang::En => format!("problem: {}", problem(p, lang)),
        Lang::Id => format!("masalah: {}", problem(p, lang)),
    }
}

/// An audit notice as the audit prints it: "notice: …" / "catatan: …".
pub fn notice_line(n: &Notice, lang: Lang) -> String {
    match lang {
        Lang::En => format!("notice: {}", notice(n, lang)),
        Lang::Id => format!("catatan: {}", notice(n, lang)),
    }
}

/// One audit problem, for a person: the file, what is wrong, expected and found.
pub fn problem(p: &Problem, lang: Lang) -> String {
    if lang == Lang::En { problem_en(p) } else { problem_id(p) }
}

fn at_en(a: &At) -> String {
    if a.line == 0 { format!("unrecorded {}", a.revision) } else { format!("ledger line {} ({})", a.line, a.revision) }
}

fn at_id(a: &At) -> String {
    if a.line == 0 {
        format!("{} yang belum dicatat", a.revision)
    } else {
        format!("baris buku besar {} ({})", a.line, a.revision)
    }
}

fn problem_en(p: &Problem) -> String {
    match p {
        Problem::AnchorUnreadable { issue } => format!("{ARCHIVE_FILE} {}", file_issue(issue, Lang::En)),
        Problem::AnchorMissing => {
            format!("{ARCHIVE_FILE} is missing: every lkjip archive has one (deleted, or this is not an lkjip archive)")
        }
        Problem::Ledger(i) => format!("{LEDGER_FILE}: {}", ledger_en(i)),
        Problem::LedgerShortened { lines, head, found } => format!(
            "{LEDGER_FILE} was shortened or replaced: {ARCHIVE_FILE} records {lines} lines ending in a line with SHA-256 {head}, the ledger has {found} lines{}",
            if found >= lines { " and its line there hashes otherwise" } else { "" }
        ),
        Problem::LedgerAppended { lines, found } => format!(
            "{LEDGER_FILE} has {found} lines but {ARCHIVE_FILE} records {lines}: lines were added without lkjip's release"
        ),
        Problem::UnexpectedEntry { name } => format!("{name}: unexpected entry in the archive"),
        Problem::BagMissing { bag, at } => format!("{bag}: the bag of {} is missing", at_en(at)),
        Problem::Bag { bag, issue } => bag_en(bag, issue),
        Problem::TagmanifestMismatch { bag, at, expected, found } => format!(
            "{bag}/tagmanifest-sha256.txt: does not have the SHA-256 recorded in {} (the bag or the ledger was changed): expected {expected}, found {}",
            at_en(at),
            found.map_or_else(|| "none".to_owned(), |f| f.to_string())
        ),
        Problem::PdfMismatch { pdf, at, expected, expected_length, found, found_length } => format!(
            "{pdf}: does not have the SHA-256 and length recorded in {}: expected {expected} ({expected_length} bytes), found {found} ({found_length} bytes)",
            at_en(at)
        ),
        Problem::PdfMissing { pdf, at } => format!("{pdf}: the PDF recorded in {} is missing", at_en(at)),
        Problem::YamlMissing { bag, yaml, at } => {
            format!("{bag}/data/source/{yaml}: the YAML recorded in {} is missing", at_en(at))
        }
        Problem::SourceDigest { bag, at, expected, found } => format!(
            "{bag}/data/source: the sources' digest is not the one recorded in {} (SHA-256 {found}, expected {expected})",
            at_en(at)
        ),
        Problem::Label { bag, at, label, expected, found } => {
            format!("{bag}/bag-info.txt: {label} is {found:?}, but {} says {expected:?}", at_en(at))
        }
        Problem::MarkerMismatch { bag, marker_line, marker_sha256, line, sha256 } => format!(
            "{bag}/{MARKER_FILE}: records ledger line {marker_line} with SHA-256 {marker_sha256}, but the ledger has this revision at line {line} with SHA-256 {sha256} (the ledger was rewritten)"
        ),
        Problem::MarkerMissing { bag } => {
            format!("{bag}/{MARKER_FILE} is missing: every bag whose release finished has one")
        }
        Problem::MarkerUnreadable { bag, issue } => format!("{bag}/{MARKER_FILE} {}", file_issue(issue, Lang::En)),
        Problem::Token { bag, issue } => format!("{bag}/{TOKEN_FILE}: {}", token_en(issue)),
        Problem::LineRemoved { bag, line, sha256 } => format!(
            "{bag}: its ledger line was removed: the bag's {MARKER_FILE} says it was recorded as ledger line {line} (SHA-256 {sha256})"
        ),
        Problem::UnrecordedIncomplete { bag, problems, issue } => {
            let why = problems.first().map(problem_en);
            let why = why.or_else(|| issue.as_ref().map(|i| orphan_issue(i, Lang::En))).unwrap_or_default();
            format!("{bag}: a bag that the ledger does not record, and not a complete one: {why}")
        }
        Problem::Unrecorded { bag } => format!("{bag}: a bag that the ledger does not record"),
        Problem::UnexpectedInReport { path } => format!("{path}: unexpected entry in a report folder"),
    }
}

fn problem_id(p: &Problem) -> String {
    match p {
        Problem::AnchorUnreadable { issue } => format!("{ARCHIVE_FILE} {}", file_issue(issue, Lang::Id)),
        Problem::AnchorMissing => {
            format!("{ARCHIVE_FILE} tidak ada: setiap arsip lkjip memilikinya (terhapus, atau ini bukan arsip lkjip)")
        }
        Problem::Ledger(i) => format!("{LEDGER_FILE}: {}", ledger_id(i)),
        Problem::LedgerShortened { lines, head, found } => format!(
            "{LEDGER_FILE} dipendekkan atau diganti: {ARCHIVE_FILE} mencatat {lines} baris yang diakhiri baris ber-SHA-256 {head}, buku besar punya {found} baris{}",
            if found >= lines { " dan barisnya di sana ber-hash lain" } else { "" }
        ),
        Problem::LedgerAppended { lines, found } => format!(
            "{LEDGER_FILE} punya {found} baris tetapi {ARCHIVE_FILE} mencatat {lines}: baris ditambahkan tanpa release lkjip"
        ),
        Problem::UnexpectedEntry { name } => format!("{name}: entri tak terduga di arsip"),
        Problem::BagMissing { bag, at } => format!("{bag}: bag untuk {} tidak ada", at_id(at)),
        Problem::Bag { bag, issue } => bag_id(bag, issue),
        Problem::TagmanifestMismatch { bag, at, expected, found } => format!(
            "{bag}/tagmanifest-sha256.txt: SHA-256-nya bukan yang dicatat di {} (bag atau buku besar diubah): seharusnya {expected}, ternyata {}",
            at_id(at),
            found.map_or_else(|| "tidak ada".to_owned(), |f| f.to_string())
        ),
        Problem::PdfMismatch { pdf, at, expected, expected_length, found, found_length } => format!(
            "{pdf}: SHA-256 dan panjangnya bukan yang dicatat di {}: seharusnya {expected} ({expected_length} bait), ternyata {found} ({found_length} bait)",
            at_id(at)
        ),
        Problem::PdfMissing { pdf, at } => format!("{pdf}: PDF yang dicatat di {} tidak ada", at_id(at)),
        Problem::YamlMissing { bag, yaml, at } => {
            format!("{bag}/data/source/{yaml}: YAML yang dicatat di {} tidak ada", at_id(at))
        }
        Problem::SourceDigest { bag, at, expected, found } => format!(
            "{bag}/data/source: digest sumbernya bukan yang dicatat di {} (SHA-256 {found}, seharusnya {expected})",
            at_id(at)
        ),
        Problem::Label { bag, at, label, expected, found } => {
            format!("{bag}/bag-info.txt: {label} bernilai {found:?}, tetapi {} menyebut {expected:?}", at_id(at))
        }
        Problem::MarkerMismatch { bag, marker_line, marker_sha256, line, sha256 } => format!(
            "{bag}/{MARKER_FILE}: mencatat baris buku besar {marker_line} ber-SHA-256 {marker_sha256}, tetapi buku besar memuat revisi ini di baris {line} ber-SHA-256 {sha256} (buku besar ditulis ulang)"
        ),
        Problem::MarkerMissing { bag } => {
            format!("{bag}/{MARKER_FILE} tidak ada: setiap bag yang rilisnya selesai memilikinya")
        }
        Problem::MarkerUnreadable { bag, issue } => format!("{bag}/{MARKER_FILE} {}", file_issue(issue, Lang::Id)),
        Problem::Token { bag, issue } => format!("{bag}/{TOKEN_FILE}: {}", token_id(issue)),
        Problem::LineRemoved { bag, line, sha256 } => format!(
            "{bag}: baris buku besarnya dihapus: {MARKER_FILE} bag ini menyebut ia dicatat sebagai baris {line} (SHA-256 {sha256})"
        ),
        Problem::UnrecordedIncomplete { bag, problems, issue } => {
            let why = problems.first().map(problem_id);
            let why = why.or_else(|| issue.as_ref().map(|i| orphan_issue(i, Lang::Id))).unwrap_or_default();
            format!("{bag}: bag yang tidak dicatat buku besar, dan tidak lengkap: {why}")
        }
        Problem::Unrecorded { bag } => format!("{bag}: bag yang tidak dicatat buku besar"),
        Problem::UnexpectedInReport { path } => format!("{path}: entri tak terduga di folder laporan"),
    }
}

fn ledger_en(i: &LedgerIssue) -> String {
    match i {
        LedgerIssue::NoFinalNewline => "the last line has no final newline (a torn or hand-made append)".into(),
        LedgerIssue::NotAnEntry { line, detail } => format!("line {line} is not a ledger entry: {detail}"),
        LedgerIssue::NotCanonical { line, revision } => {
            format!("line {line} ({revision}) is not in canonical form (edited by hand?)")
        }
        LedgerIssue::ChainBroken { line, revision, prev, expected } => format!(
            "line {line} ({revision}): the hash chain is broken: prev is {prev}, but the previous line hashes to {expected}"
        ),
        LedgerIssue::RevisionOutOfSequence { line, revision, expected, report } => {
            format!("line {line} ({revision}): expected revision {expected} of {report}")
        }
        LedgerIssue::Supersedes { line, revision, found, expected } => {
            format!("line {line} ({revision}): supersedes {found:?}, expected {expected:?}")
        }
        LedgerIssue::NoNote { line, revision } => format!("line {line} ({revision}): a correction without a note"),
        LedgerIssue::BagPath { line, revision, expected } => {
            format!("line {line} ({revision}): bag or pdf path is not under {expected}/")
        }
    }
}

fn ledger_id(i: &LedgerIssue) -> String {
    match i {
        LedgerIssue::NoFinalNewline => {
            "baris terakhir tidak diakhiri baris baru (tambahan yang terpotong atau dibuat tangan)".into()
        }
        LedgerIssue::NotAnEntry { line, detail } => format!("baris {line} bukan entri buku besar: {detail}"),
        LedgerIssue::NotCanonical { line, revision } => {
            format!("baris {line} ({revision}) tidak dalam bentuk kanonik (disunting tangan?)")
        }
        LedgerIssue::ChainBroken { line, revision, prev, expected } => format!(
            "baris {line} ({revision}): rantai hash putus: prev-nya {prev}, tetapi baris sebelumnya ber-hash {expected}"
        ),
        LedgerIssue::RevisionOutOfSequence { line, revision, expected, report } => {
            format!("baris {line} ({revision}): seharusnya revisi {expected} dari {report}")
        }
        LedgerIssue::Supersedes { line, revision, found, expected } => {
            format!("baris {line} ({revision}): supersedes {found:?}, seharusnya {expected:?}")
        }
        LedgerIssue::NoNote { line, revision } => format!("baris {line} ({revision}): koreksi tanpa catatan"),
        LedgerIssue::BagPath { line, revision, expected } => {
            format!("baris {line} ({revision}): jalur bag atau pdf tidak di bawah {expected}/")
        }
    }
}

fn bag_en(bag: &str, i: &BagIssue) -> String {
    match i {
        BagIssue::Unreadable { file, detail } => format!("{bag}/{file}: cannot read: {detail}"),
        BagIssue::DirUnreadable { dir } => format!("{bag}/{dir}: cannot read directory"),
        BagIssue::NotAFile { path } => format!("{bag}/{path}: neither a file nor a directory"),
        BagIssue::NotBagit { bytes } => format!("{bag}/bagit.txt: not the BagIt 1.0 declaration ({bytes} bytes)"),
        BagIssue::BagInfoLine { line } => format!("{bag}/bag-info.txt line {line} is not `Label: Value`"),
        BagIssue::ManifestLine { manifest, line } => format!("{bag}/{manifest} line {line} is malformed"),
        BagIssue::HashMismatch { file, manifest, expected, found } => {
            format!("{bag}/{file}: sha-256 does not match {manifest} (expected {expected}, found {found})")
        }
        BagIssue::ListedUnreadable { file, manifest, detail } => {
            format!("{bag}/{file}: listed in {manifest} but cannot be read: {detail}")
        }
        BagIssue::ListedMissing { file, manifest } => format!("{bag}/{file}: listed in {manifest} but missing"),
        BagIssue::NotListed { file, manifest } => format!("{bag}/{file}: not listed in {manifest}"),
        BagIssue::TagFileNotListed { manifest, file } => format!("{bag}/{manifest}: does not list {file}"),
        BagIssue::Oxum { recorded, found } => {
            format!("{bag}/bag-info.txt: Payload-Oxum is {recorded}, the payload is {found}")
        }
        BagIssue::NoOxum => format!("{bag}/bag-info.txt: no Payload-Oxum"),
        BagIssue::Unexpected { file } => format!("{bag}/{file}: unexpected file in the bag"),
    }
}

fn bag_id(bag: &str, i: &BagIssue) -> String {
    match i {
        BagIssue::Unreadable { file, detail } => format!("{bag}/{file}: tidak terbaca: {detail}"),
        BagIssue::DirUnreadable { dir } => format!("{bag}/{dir}: folder tidak terbaca"),
        BagIssue::NotAFile { path } => format!("{bag}/{path}: bukan berkas dan bukan folder"),
        BagIssue::NotBagit { bytes } => format!("{bag}/bagit.txt: bukan deklarasi BagIt 1.0 ({bytes} bait)"),
        BagIssue::BagInfoLine { line } => format!("{bag}/bag-info.txt baris {line} bukan `Label: Nilai`"),
        BagIssue::ManifestLine { manifest, line } => format!("{bag}/{manifest} baris {line} salah bentuk"),
        BagIssue::HashMismatch { file, manifest, expected, found } => {
            format!("{bag}/{file}: sha-256 tidak cocok dengan {manifest} (seharusnya {expected}, ternyata {found})")
        }
        BagIssue::ListedUnreadable { file, manifest, detail } => {
            format!("{bag}/{file}: tercantum di {manifest} tetapi tidak terbaca: {detail}")
        }
        BagIssue::ListedMissing { file, manifest } => format!("{bag}/{file}: tercantum di {manifest} tetapi tidak ada"),
        BagIssue::NotListed { file, manifest } => format!("{bag}/{file}: tidak tercantum di {manifest}"),
        BagIssue::TagFileNotListed { manifest, file } => format!("{bag}/{manifest}: tidak mencantumkan {file}"),
        BagIssue::Oxum { recorded, found } => {
            format!("{bag}/bag-info.txt: Payload-Oxum tertulis {recorded}, isinya {found}")
        }
        BagIssue::NoOxum => format!("{bag}/bag-info.txt: tanpa Payload-Oxum"),
        BagIssue::Unexpected { file } => format!("{bag}/{file}: berkas tak terduga di bag"),
    }
}

fn token_en(i: &TokenIssue) -> String {
    match i {
        TokenIssue::Unreadable { detail } => format!("cannot read: {detail}"),
        TokenIssue::OtherDigest { expected, found } => format!(
            "the token stamps {}, not this ledger line's SHA-256 {expected}",
            found.as_deref().unwrap_or("another digest")
        ),
        TokenIssue::SignatureBroken => "the token's signature does not verify: it was altered".into(),
        TokenIssue::Malformed { fault } => {
            format!("not a well-formed timestamp token ({})", bentuk::cms_fault(fault, Lang::En))
        }
        TokenIssue::Unsupported { what } => {
            format!("signed with {}, which lkjip does not verify", bentuk::unsupported(what, Lang::En))
        }
        TokenIssue::NoCertificate => "the token carries no certificate of its authority".into(),
        TokenIssue::TimeOff { gen_time, released } => {
            format!("the token was issued at {gen_time}, but the ledger line says it was released at {released}")
        }
    }
}

fn token_id(i: &TokenIssue) -> String {
    match i {
        TokenIssue::Unreadable { detail } => format!("tidak terbaca (kata sistem: \"{detail}\")"),
        TokenIssue::OtherDigest { expected, found } => format!(
            "token itu mencap {}, bukan SHA-256 baris buku besar ini {expected}",
            found.as_deref().unwrap_or("digest lain")
        ),
        TokenIssue::SignatureBroken => "tanda tangan token itu tidak sah: token itu diubah".into(),
        TokenIssue::Malformed { fault } => {
            format!("bukan token stempel waktu yang berbentuk benar ({})", bentuk::cms_fault(fault, Lang::Id))
        }
        TokenIssue::Unsupported { what } => {
            format!("ditandatangani dengan {}, yang tidak diperiksa lkjip", bentuk::unsupported(what, Lang::Id))
        }
        TokenIssue::NoCertificate => "token itu tanpa sertifikat otoritasnya".into(),
        TokenIssue::TimeOff { gen_time, released } => {
            format!("token itu diterbitkan {gen_time}, tetapi baris buku besar menyebut rilisnya {released}")
        }
    }
}

/// One audit notice (a harmless leftover the next release completes).
pub fn notice(n: &Notice, lang: Lang) -> String {
    match (n, lang) {
        (Notice::Temp { name }, Lang::En) => {
            format!("{name}: leftover of an interrupted release (ignored; the next release removes it)")
        }
        (Notice::Temp { name }, Lang::Id) => {
            format!("{name}: sisa rilis yang terputus (diabaikan; rilis berikutnya menghapusnya)")
        }
        (Notice::Unfinished, Lang::En) => {
            "the newest ledger line was recorded by a release that did not finish (the next release completes it)"
                .into()
        }
        (Notice::Unfinished, Lang::Id) => {
            "baris buku besar terbaru dicatat oleh rilis yang tidak selesai (rilis berikutnya menuntaskannya)".into()
        }
        (Notice::UnrecordedComplete { bag }, Lang::En) => format!(
            "{bag}: complete bag of an interrupted release, not yet in the ledger (the next release records it)"
        ),
        (Notice::UnrecordedComplete { bag }, Lang::Id) => format!(
            "{bag}: bag lengkap dari rilis yang terputus, belum ada di buku besar (rilis berikutnya mencatatnya)"
        ),
    }
}

/// A refusal (`archive::Refused`) in full: what was refused and the first problem, worded.
pub fn refused(r: &Refused, lang: Lang) -> String {
    let d = r.dir.display();
    let first = r.problems.first().map(|p| problem(p, lang)).unwrap_or_default();
    let n = r.problems.len();
    let more = match (n, lang) {
        (0 | 1, _) => String::new(),
        (n, Lang::En) => format!(", and {} more", n - 1),
        (n, Lang::Id) => format!(", dan {} lagi", n - 1),
    };
    let ledger = r.dir.join(LEDGER_FILE);
    let ledger = ledger.display();
    match (r.refusal, lang) {
        (Refusal::LedgerDamaged, Lang::En) => {
            format!("the ledger {ledger} is damaged ({first}{more}); run `lkjip verify --archive {d}` for a full audit")
        }
        (Refusal::LedgerDamaged, Lang::Id) => format!(
            "buku besar {ledger} rusak ({first}{more}); jalankan `lkjip verify --archive {d}` untuk audit lengkap"
        ),
        (Refusal::Release, Lang::En) => format!(
            "the archive {d} fails its audit ({first}{more}); nothing was released: run `lkjip verify --archive {d}` and repair it first"
        ),
        (Refusal::Release, Lang::Id) => format!(
            "arsip {d} gagal diaudit ({first}{more}); tidak ada yang dirilis: jalankan `lkjip verify --archive {d}` dan perbaiki dulu"
        ),
        (Refusal::Publish, Lang::En) => format!(
            "the archive {d} fails its audit ({first}{more}); nothing was published: run `lkjip verify --archive {d}`"
        ),
        (Refusal::Publish, Lang::Id) => format!(
            "arsip {d} gagal diaudit ({first}{more}); tidak ada yang diterbitkan: jalankan `lkjip verify --archive {d}`"
        ),
    }
}

/// An archive written by a newer lkjip.
pub fn newer_format(n: &NewerFormat, lang: Lang) -> String {
    let (found, ours, version) = (n.0, crate::archive::FORMAT, env!("CARGO_PKG_VERSION"));
    match lang {
        Lang::En => format!(
            "this archive was written by a newer lkjip (archive format {found}; this lkjip {version} reads format {ours}): use a newer lkjip"
        ),
        Lang::Id => format!(
            "arsip ini ditulis lkjip yang lebih baru (format arsip {found}; lkjip {version} ini membaca format {ours}): pakai lkjip yang lebih baru"
        ),
    }
}

/// A text that is not a SHA-256 (`--head`).
pub fn not_a_sha256(p: &ParseError, lang: Lang) -> String {
    match (p, lang) {
        (ParseError::Length(n), Lang::En) => format!("a sha-256 must be 64 hex digits, got {n} characters"),
        (ParseError::Length(n), Lang::Id) => format!("sha-256 harus 64 digit heksadesimal, ternyata {n} karakter"),
        (ParseError::NotLowerHex(c), Lang::En) => format!("a sha-256 must be lowercase hex, found {c:?}"),
        (ParseError::NotLowerHex(c), Lang::Id) => {
            format!("sha-256 harus heksadesimal huruf kecil, ternyata ada {c:?}")
        }
    }
}

/// A bag's problems carried as an error: the first, and how many more.
fn bag_problems(b: &BagProblems, lang: Lang) -> String {
    let first = b.0.first().map(|p| problem(p, lang)).unwrap_or_default();
    match (b.0.len(), lang) {
        (0 | 1, Lang::En) => format!("the bag fails its check: {first}"),
        (0 | 1, Lang::Id) => format!("bag itu gagal diperiksa: {first}"),
        (n, Lang::En) => format!("the bag fails its check: {first}, and {} more (`lkjip verify` names them)", n - 1),
        (n, Lang::Id) => {
            format!("bag itu gagal diperiksa: {first}, dan {} lagi (`lkjip verify` menyebutkannya)", n - 1)
        }
    }
}

/// One link of an error chain, for a person, when it is one of the archive's typed errors
/// (or the system's I/O error); `messages::fatal::words_of` says the whole chain.
pub fn typed_link(link: &(dyn std::error::Error + 'static), lang: Lang) -> Option<String> {
    if let Some(r) = link.downcast_ref::<Refused>() {
        return Some(refused(r, lang));
    }
    if let Some(f) = link.downcast_ref::<Failure>() {
        return Some(failure(f, lang));
    }
    if let Some(n) = link.downcast_ref::<NewerFormat>() {
        return Some(newer_format(n, lang));
    }
    if let Some(b) = link.downcast_ref::<BagProblems>() {
        return Some(bag_problems(b, lang));
    }
    if let Some(p) = link.downcast_ref::<ParseError>() {
        return Some(not_a_sha256(p, lang));
    }
    link.downcast_ref::<std::io::Error>().map(|e| io_error(e, lang))
}
