//! The words of the archive's errors (`archive::Failure` and the issues it carries), in
//! Indonesian and English, and [`words_of`]: any error chain lkjip ends with, said in the
//! reader's language link by link.

use std::path::Path;

use crate::archive::{Failure, FileIssue, Io, Kind, OrphanIssue, RequestIssue, TokenShape, TsaIssue};
use crate::messages::Lang;

const ARCHIVE_FILE: &str = "lkjip-archive.txt";
const LEDGER_FILE: &str = "ledger.jsonl";
const MARKER_FILE: &str = "lkjip-commit.txt";

fn audit_hint(dir: &Path, lang: Lang) -> String {
    match lang {
        Lang::En => format!("run `lkjip verify --archive {}` for a full audit", dir.display()),
        Lang::Id => format!("jalankan `lkjip verify --archive {}` untuk audit lengkap", dir.display()),
    }
}

/// What an I/O step was doing to `path`.
pub fn io(op: Io, path: &Path, lang: Lang) -> String {
    let p = path.display();
    match lang {
        Lang::En => match op {
            Io::Read => format!("reading {p}"),
            Io::ReadArchive => format!("reading archive {p}"),
            Io::Create => format!("creating {p}"),
            Io::CreateDir => format!("creating directory {p}"),
            Io::Write => format!("writing {p}"),
            Io::Sync => format!("syncing {p}"),
            Io::SyncDir => format!("syncing directory {p}"),
            Io::Replace => format!("replacing {p}"),
            Io::MoveInto => format!("moving the new bag into {p}"),
            Io::MoveAside => format!("moving {p} aside"),
            Io::Remove => format!("removing {p}"),
            Io::RemoveLeftover => format!("removing leftover {p}"),
            Io::OpenLock => format!("opening lock file {p}"),
            Io::Lock => format!("locking {p}"),
        },
        Lang::Id => match op {
            Io::Read => format!("tidak dapat membaca {p}"),
            Io::ReadArchive => format!("tidak dapat membaca arsip {p}"),
            Io::Create => format!("tidak dapat membuat {p}"),
            Io::CreateDir => format!("tidak dapat membuat folder {p}"),
            Io::Write => format!("tidak dapat menulis {p}"),
            Io::Sync => format!("tidak dapat menyinkronkan {p} ke disk"),
            Io::SyncDir => format!("tidak dapat menyinkronkan folder {p} ke disk"),
            Io::Replace => format!("tidak dapat mengganti {p}"),
            Io::MoveInto => format!("tidak dapat memindahkan bag baru ke {p}"),
            Io::MoveAside => format!("tidak dapat menyingkirkan {p}"),
            Io::Remove => format!("tidak dapat menghapus {p}"),
            Io::RemoveLeftover => format!("tidak dapat menghapus sisa {p}"),
            Io::OpenLock => format!("tidak dapat membuka berkas kunci {p}"),
            Io::Lock => format!("tidak dapat mengunci {p}"),
        },
    }
}

/// The system's words of an I/O error: its kind in Indonesian (the OS code kept), or the system's
/// own text inside Indonesian words for a kind without words (`messages::gambar::IoWords`).
pub fn io_error(e: &std::io::Error, lang: Lang) -> String {
    crate::messages::gambar::IoWords::from(e).text(lang)
}

fn kind(k: Kind, lang: Lang) -> &'static str {
    match (k, lang) {
        (Kind::Number, Lang::En) => "a number",
        (Kind::Year, Lang::En) => "a year",
        (Kind::Sha256, Lang::En) => "a SHA-256",
        (Kind::Number, Lang::Id) => "angka",
        (Kind::Year, Lang::Id) => "tahun",
        (Kind::Sha256, Lang::Id) => "SHA-256",
    }
}

/// What is wrong with a `Label: Value` file of the archive (after its name).
pub fn file_issue(i: &FileIssue, lang: Lang) -> String {
    match (i, lang) {
        (FileIssue::Unreadable { detail }, Lang::En) => format!("cannot be read: {detail}"),
        (FileIssue::Unreadable { detail }, Lang::Id) => format!("tidak terbaca (kata sistem: \"{detail}\")"),
        (FileIssue::NoLabel { label }, Lang::En) => format!("has no `{label}`"),
        (FileIssue::NoLabel { label }, Lang::Id) => format!("tidak memuat `{label}`"),
        (FileIssue::BadValue { label, value, expected }, Lang::En) => {
            format!("`{label}` is {value:?}, not {}", kind(*expected, lang))
        }
        (FileIssue::BadValue { label, value, expected }, Lang::Id) => {
            format!("`{label}` bernilai {value:?}, bukan {}", kind(*expected, lang))
        }
        (FileIssue::NotLkjipForm, Lang::En) => "is not in the form lkjip writes (edited by hand?)".into(),
        (FileIssue::NotLkjipForm, Lang::Id) => "tidak dalam bentuk yang ditulis lkjip (disunting tangan?)".into(),
    }
}

/// Why an unrecorded bag cannot be taken in (after the bag's name).
pub fn orphan_issue(i: &OrphanIssue, lang: Lang) -> String {
    match (i, lang) {
        (OrphanIssue::Marker { issue }, _) => format!("{MARKER_FILE} {}", file_issue(issue, lang)),
        (OrphanIssue::Recorded { line }, Lang::En) => {
            format!("it was recorded as ledger line {line} (its commit marker says so): its line was removed")
        }
        (OrphanIssue::Recorded { line }, Lang::Id) => {
            format!("bag ini dicatat sebagai baris buku besar {line} (menurut penanda komitnya): barisnya dihapus")
        }
        (OrphanIssue::NoTagmanifest, Lang::En) => "no tag manifest".into(),
        (OrphanIssue::NoTagmanifest, Lang::Id) => "tanpa manifes tag".into(),
        (OrphanIssue::BagInfo { issue }, _) => format!("bag-info.txt {}", file_issue(issue, lang)),
        (OrphanIssue::OtherRevision { found }, Lang::En) => format!("its bag-info.txt says it is {found}"),
        (OrphanIssue::OtherRevision { found }, Lang::Id) => format!("bag-info.txt-nya menyebut dirinya {found}"),
        (OrphanIssue::DoesNotFit { revision }, Lang::En) => {
            format!("its bag-info.txt: supersedes or note do not fit revision {revision}")
        }
        (OrphanIssue::DoesNotFit { revision }, Lang::Id) => {
            format!("bag-info.txt-nya: `LKjIP-Supersedes` atau `LKjIP-Note` tidak cocok dengan revisi {revision}")
        }
    }
}

/// Why a release request is refused.
pub fn request_issue(i: &RequestIssue, lang: Lang) -> String {
    use RequestIssue as R;
    match (i, lang) {
        (R::ReportId { slug }, Lang::En) => {
            format!("the report id (jenis, instansi, pemerintah) must be non-empty single-line text, got slug {slug:?}")
        }
        (R::ReportId { slug }, Lang::Id) => format!(
            "identitas laporan (jenis, instansi, pemerintah) harus berupa teks satu baris yang tidak kosong; slug-nya {slug:?}"
        ),
        (R::ReportIdEmpty { slug }, Lang::En) => {
            format!("the report id needs letters or digits in jenis, instansi and pemerintah, got slug {slug:?}")
        }
        (R::ReportIdEmpty { slug }, Lang::Id) => {
            format!("jenis, instansi dan pemerintah perlu memuat huruf atau angka; slug-nya {slug:?}")
        }
        (R::NoSources, Lang::En) => "a release needs its sources (the YAML first)".into(),
        (R::NoSources, Lang::Id) => "rilis memerlukan sumbernya (YAML lebih dulu)".into(),
        (R::SourceTwice { name }, Lang::En) => format!("source file {name:?} is listed twice"),
        (R::SourceTwice { name }, Lang::Id) => format!("berkas sumber {name:?} tercantum dua kali"),
        (R::SourceFileAndFolder { file, inside }, Lang::En) => {
            format!("source {file:?} is both a file and the folder of {inside:?}")
        }
        (R::SourceFileAndFolder { file, inside }, Lang::Id) => {
            format!("sumber {file:?} sekaligus berkas dan folder tempat {inside:?}")
        }
        (R::SourceName { name }, Lang::En) => format!(
            "source file name {name:?} cannot be archived (relative '/' paths only, no '.', '..', '%', '\\' or control characters)"
        ),
        (R::SourceName { name }, Lang::Id) => format!(
            "nama berkas sumber {name:?} tidak dapat diarsipkan (hanya jalur relatif dengan '/', tanpa '.', '..', '%', '\\' atau karakter kendali)"
        ),
        (R::Label { label }, Lang::En) => {
            format!("bag-info label {label:?} cannot be set (reserved, or not a single-line `Label: Value`)")
        }
        (R::Label { label }, Lang::Id) => format!(
            "label bag-info {label:?} tidak dapat dipakai (dicadangkan lkjip, atau bukan `Label: Nilai` satu baris)"
        ),
        (R::GeneratorMultiline, Lang::En) => "generator versions must be single-line text".into(),
        (R::GeneratorMultiline, Lang::Id) => "versi pembuatnya harus berupa teks satu baris".into(),
        (R::NoteMultiline, Lang::En) => "the note must be a single line (no line breaks or control characters)".into(),
        (R::NoteMultiline, Lang::Id) => "catatan harus satu baris (tanpa ganti baris atau karakter kendali)".into(),
    }
}

/// Why asking a timestamp authority failed (after its URL).
pub fn tsa_issue(i: &TsaIssue, lang: Lang) -> String {
    use TsaIssue as T;
    match (i, lang) {
        (T::OnlyHttp, Lang::En) => {
            "only http:// timestamp authorities are supported (the token is signed; TLS adds nothing)".into()
        }
        (T::OnlyHttp, Lang::Id) => {
            "hanya otoritas stempel waktu `http://` yang didukung (tokennya bertanda tangan; TLS tidak menambah apa pun)"
                .into()
        }
        (T::NoResolve { host }, Lang::En) => format!("{host} does not resolve"),
        (T::NoResolve { host }, Lang::Id) => format!("alamat {host} tidak ditemukan"),
        (T::NoHeader, Lang::En) => "the answer has no HTTP header".into(),
        (T::NoHeader, Lang::Id) => "jawabannya tanpa kepala HTTP".into(),
        (T::Http { status }, Lang::En) => format!("it answered {status:?}"),
        (T::Http { status }, Lang::Id) => format!("jawabannya {status:?}"),
        (T::Chunked, Lang::En) => "chunked HTTP answers are not supported".into(),
        (T::Chunked, Lang::Id) => "jawaban HTTP ber-chunk tidak didukung".into(),
        (T::NotRfc3161, Lang::En) => "it did not answer an RFC 3161 response".into(),
        (T::NotRfc3161, Lang::Id) => "jawabannya bukan respons RFC 3161".into(),
        (T::Refused { status }, Lang::En) => format!("it refused the request (PKIStatus {status})"),
        (T::Refused { status }, Lang::Id) => format!("permintaannya ditolak (PKIStatus {status})"),
        (T::NoToken, Lang::En) => "it granted but sent no token".into(),
        (T::NoToken, Lang::Id) => "permintaannya dikabulkan tetapi tanpa token".into(),
        (T::Nonce, Lang::En) => "its token does not carry this request's nonce".into(),
        (T::Nonce, Lang::Id) => "tokennya tidak membawa nonce permintaan ini".into(),
        (T::Token { shape }, Lang::En) => format!("its token does not answer this request: {}", token_shape(shape, lang)),
        (T::Token { shape }, Lang::Id) => {
            format!("tokennya tidak menjawab permintaan ini: {}", token_shape(shape, lang))
        }
        (T::Request, Lang::En) => "lkjip could not encode its timestamp request (DER)".into(),
        (T::Request, Lang::Id) => "lkjip tidak dapat menyusun permintaan stempel waktunya (DER)".into(),
    }
}

/// What is wrong inside a timestamp token.
pub fn token_shape(s: &TokenShape, lang: Lang) -> String {
    use TokenShape as S;
    match (s, lang) {
        (S::NotContentInfo, Lang::En) => "it is not a CMS ContentInfo".into(),
        (S::NotContentInfo, Lang::Id) => "isinya bukan ContentInfo CMS".into(),
        (S::NotSignedData { content_type }, Lang::En) => format!("it is not a CMS SignedData ({content_type})"),
        (S::NotSignedData { content_type }, Lang::Id) => format!("isinya bukan SignedData CMS ({content_type})"),
        (S::SignedData, Lang::En) => "its SignedData does not parse".into(),
        (S::SignedData, Lang::Id) => "SignedData-nya tidak dapat diurai".into(),
        (S::NotTstInfo { content_type }, Lang::En) => format!("it does not hold a TSTInfo ({content_type})"),
        (S::NotTstInfo { content_type }, Lang::Id) => format!("isinya bukan TSTInfo ({content_type})"),
        (S::NoTstInfo, Lang::En) => "its TSTInfo is empty".into(),
        (S::NoTstInfo, Lang::Id) => "TSTInfo-nya kosong".into(),
        (S::TstInfo, Lang::En) => "its TSTInfo does not parse".into(),
        (S::TstInfo, Lang::Id) => "TSTInfo-nya tidak dapat diurai".into(),
        (S::NotSha256 { algorithm }, Lang::En) => format!("its message imprint is not a SHA-256 ({algorithm})"),
        (S::NotSha256 { algorithm }, Lang::Id) => format!("message imprint-nya bukan SHA-256 ({algorithm})"),
        (S::OtherDigest { found, expected }, Lang::En) => {
            format!("it stamps {found}, not this ledger line's SHA-256 {expected}")
        }
        (S::OtherDigest { found, expected }, Lang::Id) => {
            format!("token itu mencap {found}, bukan SHA-256 baris buku besar ini {expected}")
        }
    }
}

/// One archive error, for a person (what it wraps, if anything, is said after it).
pub fn failure(f: &Failure, lang: Lang) -> String {
    if lang == Lang::En { failure_en(f) } else { failure_id(f) }
}

fn failure_en(f: &Failure) -> String {
    let lang = Lang::En;
    match f {
        Failure::Io { op, path, .. } => io(*op, path, lang),
        Failure::NoArchive { dir } => {
            format!("there is no archive at {} (use --archive DIR or set $LKJIP_ARSIP)", dir.display())
        }
        Failure::File { path, issue } => format!("{} {}", path.display(), file_issue(issue, lang)),
        Failure::AnchorMissing { dir } => {
            format!("{ARCHIVE_FILE} is missing from {}; {}", dir.display(), audit_hint(dir, lang))
        }
        Failure::LedgerShortened { dir, lines, found } => format!(
            "the ledger of {} was shortened or replaced ({ARCHIVE_FILE} records {lines} lines, it has {found}); {}",
            dir.display(),
            audit_hint(dir, lang)
        ),
        Failure::LedgerAppended { dir, lines, found } => format!(
            "the ledger of {} has {found} lines, {ARCHIVE_FILE} records {lines}: lines were added without lkjip's release; {}",
            dir.display(),
            audit_hint(dir, lang)
        ),
        Failure::BagMissing { dir, revision, bag } => format!(
            "the bag of {revision} ({bag}) is missing from the archive {}; {}",
            dir.display(),
            audit_hint(dir, lang)
        ),
        Failure::LineLost { dir, bag, line } => format!(
            "the ledger of {} lost the line of {bag} (its bag records it was line {line}); {}",
            dir.display(),
            audit_hint(dir, lang)
        ),
        Failure::MarkerConflict { bag, line, sha256, want_line, want_sha256 } => format!(
            "{}/{MARKER_FILE} already records ledger line {line} ({sha256}), not line {want_line} ({want_sha256})",
            bag.display()
        ),
        Failure::Orphan { bag, issue } => format!("{bag}: {}", orphan_issue(issue, lang)),
        Failure::Request(issue) => request_issue(issue, lang),
        Failure::NoteMissing { slug, revision } => format!(
            "revision {revision} of {slug} corrects revision {}: a note saying what was corrected is required (--note)",
            revision - 1
        ),
        Failure::NotAnArchive { dir, names } => format!(
            "{} is not an lkjip archive (it has no {ARCHIVE_FILE} and no {LEDGER_FILE}) and it is not empty ({}): nothing was released and nothing in it was touched; name an archive or an empty folder with --archive",
            dir.display(),
            names.join(", ")
        ),
        Failure::BagExists { bag } => {
            format!("{} already exists; refusing to overwrite an archived bag", bag.display())
        }
        Failure::LastLineNotEntry => "the ledger's last line is not an entry".into(),
        Failure::RevisionSpec { spec } => format!("revision {spec:?} is not `N` or `REPORT@N`"),
        Failure::NoRevisions { dir } => format!("the archive {} holds no revisions", dir.display()),
        Failure::SeveralReports { revision, reports } => {
            format!("the archive holds several reports; say which as REPORT@{revision}, one of: {}", reports.join(", "))
        }
        Failure::NotInArchive { revision, dir } => format!("{revision} is not in the archive {}", dir.display()),
        Failure::ArchivedYamlMissing { dir, yaml } => {
            format!("{}: the archived YAML {yaml} is missing", dir.display())
        }
        Failure::ArchivedSources { dir, revision, expected, found } => format!(
            "{}: the archived sources of {revision} do not match the ledger (SHA-256 {found}, expected {expected}); run `lkjip verify --archive`",
            dir.display()
        ),
        Failure::NameNotUtf8 { path } => format!("{}: name is not UTF-8", path.display()),
        Failure::NotEmpty { dir } => format!("{} is not empty; publish into a new or empty folder", dir.display()),
        Failure::LedgerNotUtf8 => "the ledger is not UTF-8".into(),
        Failure::NotAFile { path } => format!("{} is not a regular file", path.display()),
        Failure::Changed => "the file changed while it was read".into(),
        Failure::SourceChanged { name, expected, found } => format!(
            "{name} changed while the release ran (SHA-256 {found}, was {expected}); release again once it is final"
        ),
        Failure::Tsa { url, issue } => {
            format!("asking the timestamp authority {url}: {}", tsa_issue(issue, lang))
        }
        Failure::TsaIo { url, .. } => format!("asking the timestamp authority {url}"),
        Failure::Damaged { dir, .. } => {
            format!("the archive {} is damaged; run `lkjip verify --archive {0}`", dir.display())
        }
        Failure::Rendering { slug, revision, .. } => format!("rendering revision {revision} of {slug}"),
        Failure::Unchanged { slug, revision, .. } => {
            format!("archiving revision {revision} of {slug} failed; the archive is unchanged")
        }
        Failure::NotDurable { slug, revision, .. } => {
            format!("revision {revision} of {slug} was recorded, but the archive could not be made durable")
        }
        Failure::Unadoptable { bag, .. } => {
            format!("{bag} is a bag the ledger does not record; inspect it and move it out of the archive")
        }
        Failure::Preparing { dir, .. } => format!("preparing archive {}", dir.display()),
    }
}

fn failure_id(f: &Failure) -> String {
    let lang = Lang::Id;
    match f {
        Failure::Io { op, path, .. } => io(*op, path, lang),
        Failure::NoArchive { dir } => {
            format!("tidak ada arsip di {} (pakai `--archive DIR` atau atur `$LKJIP_ARSIP`)", dir.display())
        }
        Failure::File { path, issue } => format!("{} {}", path.display(), file_issue(issue, lang)),
        Failure::AnchorMissing { dir } => {
            format!("{ARCHIVE_FILE} tidak ada di {}; {}", dir.display(), audit_hint(dir, lang))
        }
        Failure::LedgerShortened { dir, lines, found } => format!(
            "buku besar {} dipendekkan atau diganti ({ARCHIVE_FILE} mencatat {lines} baris, buku besarnya {found} baris); {}",
            dir.display(),
            audit_hint(dir, lang)
        ),
        Failure::LedgerAppended { dir, lines, found } => format!(
            "buku besar {} punya {found} baris, {ARCHIVE_FILE} mencatat {lines}: ada baris yang ditambahkan tanpa rilis lkjip; {}",
            dir.display(),
            audit_hint(dir, lang)
        ),
        Failure::BagMissing { dir, revision, bag } => {
            format!("bag {revision} ({bag}) tidak ada di arsip {}; {}", dir.display(), audit_hint(dir, lang))
        }
        Failure::LineLost { dir, bag, line } => format!(
            "buku besar {} kehilangan baris {bag} (bag-nya mencatat ia baris {line}); {}",
            dir.display(),
            audit_hint(dir, lang)
        ),
        Failure::MarkerConflict { bag, line, sha256, want_line, want_sha256 } => format!(
            "{}/{MARKER_FILE} sudah mencatat baris buku besar {line} ({sha256}), bukan baris {want_line} ({want_sha256})",
            bag.display()
        ),
        Failure::Orphan { bag, issue } => format!("{bag}: {}", orphan_issue(issue, lang)),
        Failure::Request(issue) => request_issue(issue, lang),
        Failure::NoteMissing { slug, revision } => format!(
            "revisi {revision} dari {slug} mengoreksi revisi {}: catatan tentang apa yang dikoreksi wajib ada (`--note`)",
            revision - 1
        ),
        Failure::NotAnArchive { dir, names } => format!(
            "{} bukan arsip lkjip (tanpa {ARCHIVE_FILE} dan tanpa {LEDGER_FILE}) dan tidak kosong ({}): tidak ada yang dirilis dan isinya tidak disentuh; sebutkan arsip atau folder kosong dengan `--archive`",
            dir.display(),
            names.join(", ")
        ),
        Failure::BagExists { bag } => {
            format!("{} sudah ada; bag yang sudah diarsipkan tidak akan ditimpa", bag.display())
        }
        Failure::LastLineNotEntry => "baris terakhir buku besar bukan entri".into(),
        Failure::RevisionSpec { spec } => format!("revisi {spec:?} bukan `N` atau `LAPORAN@N`"),
        Failure::NoRevisions { dir } => format!("arsip {} belum memuat revisi apa pun", dir.display()),
        Failure::SeveralReports { revision, reports } => format!(
            "arsip ini memuat beberapa laporan; sebutkan yang mana sebagai `LAPORAN@{revision}`, salah satu dari: {}",
            reports.join(", ")
        ),
        Failure::NotInArchive { revision, dir } => format!("{revision} tidak ada di arsip {}", dir.display()),
        Failure::ArchivedYamlMissing { dir, yaml } => {
            format!("{}: YAML yang diarsipkan, {yaml}, tidak ada", dir.display())
        }
        Failure::ArchivedSources { dir, revision, expected, found } => format!(
            "{}: sumber {revision} yang diarsipkan tidak cocok dengan buku besar (SHA-256 {found}, seharusnya {expected}); jalankan `lkjip verify --archive`",
            dir.display()
        ),
        Failure::NameNotUtf8 { path } => format!("{}: namanya bukan UTF-8", path.display()),
        Failure::NotEmpty { dir } => {
            format!("{} tidak kosong; terbitkan ke folder baru atau kosong", dir.display())
        }
        Failure::LedgerNotUtf8 => "buku besar bukan UTF-8".into(),
        Failure::NotAFile { path } => format!("{} bukan berkas biasa", path.display()),
        Failure::Changed => "berkas itu berubah selagi dibaca".into(),
        Failure::SourceChanged { name, expected, found } => format!(
            "{name} berubah selagi rilis berjalan (SHA-256 {found}, semula {expected}); rilis lagi setelah berkas itu final"
        ),
        Failure::Tsa { url, issue } => format!("meminta stempel waktu ke {url}: {}", tsa_issue(issue, lang)),
        Failure::TsaIo { url, .. } => format!("tidak dapat meminta stempel waktu ke {url}"),
        Failure::Damaged { dir, .. } => {
            format!("arsip {} rusak; jalankan `lkjip verify --archive {0}`", dir.display())
        }
        Failure::Rendering { slug, revision, .. } => format!("gagal menyusun revisi {revision} dari {slug}"),
        Failure::Unchanged { slug, revision, .. } => {
            format!("pengarsipan revisi {revision} dari {slug} gagal; arsipnya tidak berubah")
        }
        Failure::NotDurable { slug, revision, .. } => {
            format!(
                "revisi {revision} dari {slug} sudah dicatat, tetapi arsipnya tidak dapat dipastikan tersimpan utuh di disk"
            )
        }
        Failure::Unadoptable { bag, .. } => {
            format!("{bag} adalah bag yang tidak dicatat buku besar; periksa lalu pindahkan keluar dari arsip")
        }
        Failure::Preparing { dir, .. } => format!("tidak dapat menyiapkan arsip {}", dir.display()),
    }
}
