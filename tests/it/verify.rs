//! `lkjip verify` against attacks built here: every altered copy of an archived PDF is named
//! "altered" (exit 1) with what changed; genuine pyHanko signatures are signed copies (exit 0)
//! with their signer; a broken signature is named; trust only with `--trust`; hostile files
//! (`/dev/zero`, a huge sparse file) are answered in bounded time.
//! The attacks are made by `tests/it/pdf_attacks.py` with the validators' Python (pyHanko's
//! incremental writer, pikepdf, `cryptography` for a throwaway CA).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use crate::prelude::{lkjip_cmd, pdfval_home};

fn lkjip(args: &[&str], archive: &Path) -> Output {
    lkjip_cmd("C").args(args).arg("--archive").arg(archive).output().expect("run lkjip")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn python() -> PathBuf {
    let p = pdfval_home().join("venv/bin/python");
    assert!(
        p.is_file(),
        "the validators' Python (pyHanko, pikepdf) is not at {} (scripts/test installs it)",
        p.display()
    );
    p
}

/// Runs the attack script; it must succeed.
fn attacks(args: &[&str]) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/pdf_attacks.py");
    let o = Command::new(python()).arg(script).args(args).output().expect("run python");
    assert!(o.status.success(), "pdf_attacks.py {args:?}: {}", text(&o));
}

/// A released reference report: the archive, the archived PDF, the signature box spec
/// (`page/x1,y1,x2,y2/field`), and a throwaway CA with signers in `keys/`.
struct Setup {
    tmp: tempfile::TempDir,
    arsip: PathBuf,
    pdf: PathBuf,
    sigbox: String,
    page: u64,
}

impl Setup {
    fn new() -> Setup {
        let tmp = tempfile::tempdir().unwrap();
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/pekalongan-2021");
        let dst = tmp.path().join("laporan");
        copy_tree(&src, &dst);
        let y = dst.join("lkjip.yaml");
        let arsip = tmp.path().join("arsip");
        let r = lkjip(&["release", y.to_str().unwrap(), "--ya", "--format", "json"], &arsip);
        assert_eq!(r.status.code(), Some(0), "{}", text(&r));
        let r: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
        let pdf = PathBuf::from(r["pdf"].as_str().unwrap());
        let b = lkjip_cmd("C")
            .args(["-q", "build", y.to_str().unwrap(), "--signature-box", "json", "-o"])
            .arg(tmp.path().join("draf.pdf"))
            .output()
            .unwrap();
        assert!(b.status.success(), "{}", text(&b));
        let sb: serde_json::Value = serde_json::from_slice(&b.stdout).unwrap();
        attacks(&["keys", tmp.path().join("keys").to_str().unwrap()]);
        Setup {
            arsip,
            pdf,
            sigbox: sb["pyhanko_field"].as_str().unwrap().to_owned(),
            page: sb["page"].as_u64().unwrap(),
            tmp,
        }
    }

    fn path(&self, name: &str) -> String {
        self.tmp.path().join(name).to_str().unwrap().to_owned()
    }

    fn keys(&self) -> String {
        self.path("keys")
    }

    /// Signs `src` into `dst` as `who`: in the signature box (`boxed`) or in a new invisible field.
    fn sign(&self, src: &str, dst: &str, who: &str, boxed: bool, tsa: bool) -> String {
        let dst = self.path(dst);
        let field = if boxed { self.sigbox.rsplit('/').next().unwrap().to_owned() } else { format!("Paraf{who}") };
        let k = self.keys();
        let mut args = vec!["sign", src, &dst, &k, who, &field];
        if boxed {
            args.extend(["--box", &self.sigbox]);
        }
        if tsa {
            args.push("--tsa");
        }
        attacks(&args);
        dst
    }

    fn alter(&self, src: &str, attack: &str) -> String {
        let dst = self.path(&format!("{attack}.pdf"));
        attacks(&["alter", src, &dst, attack, &self.page.to_string()]);
        dst
    }

    fn verify(&self, file: &str, extra: &[&str]) -> Output {
        let mut args = vec!["verify", file];
        args.extend(extra);
        lkjip(&args, &self.arsip)
    }

    fn original(&self) -> String {
        self.pdf.to_str().unwrap().to_owned()
    }
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(o)))
}

/// The answer for the archived original itself, without its "This PDF is " / "PDF ini adalah "
/// and its final stop: what the answer for a longer file says its first bytes are.
fn original_words(s: &Setup, lang: &str) -> String {
    let v = s.verify(&s.original(), &["--lang", lang]);
    assert_eq!(v.status.code(), Some(0), "{}", text(&v));
    let said = String::from_utf8_lossy(&v.stdout).trim_end().to_owned();
    let lead = if lang == "id" { "PDF ini adalah " } else { "This PDF is " };
    said.strip_prefix(lead).and_then(|r| r.strip_suffix('.')).unwrap_or_else(|| panic!("{said}")).to_owned()
}

/// The one sentence `verify` prints for `file`, and its exit code.
fn answer(s: &Setup, file: &str, extra: &[&str]) -> (String, Option<i32>) {
    let v = s.verify(file, extra);
    (String::from_utf8_lossy(&v.stdout).trim_end().to_owned(), v.status.code())
}

/// Asserts `file` is reported altered (exit 1) with exactly the changes `named` (joined by
/// "; ") in the sentence, word for word, and as `altered` in JSON.
fn assert_altered(s: &Setup, file: &str, named: &str) {
    let n = std::fs::metadata(&s.pdf).unwrap().len();
    let want = format!(
        "This PDF was ALTERED after release: {named}; its first {n} bytes are exactly {}.",
        original_words(s, "en")
    );
    assert_eq!(answer(s, file, &[]), (want, Some(1)), "{file}");
    let j = json(&s.verify(file, &["--format", "json"]));
    assert_eq!(j["kind"], "altered", "{j}");
    assert_eq!(j["vouched"], false);
    let findings = j["analysis"]["findings"].as_array().unwrap();
    assert!(findings.iter().any(|f| f["allowed"] == false), "{j}");
}

#[test]
fn every_alteration_after_release_is_named_and_refused() {
    let s = Setup::new();
    let orig = s.original();
    let p = s.page;
    let n = std::fs::metadata(&s.pdf).unwrap().len();
    // the paint-over replaces the page's content and its resources (a new font)
    let painted_words = format!("page {p}: its content was replaced; page {p}: an object it uses was replaced");
    assert_altered(&s, &s.alter(&orig, "paintover"), &painted_words);
    assert_altered(&s, &s.alter(&orig, "annotation"), &format!("a FreeText annotation was added on page {p}"));
    assert_altered(&s, &s.alter(&orig, "javascript"), "JavaScript was added; an action (/OpenAction) was added");
    assert_altered(&s, &s.alter(&orig, "randombytes"), "12 bytes after the end of the PDF that are not an update");
    assert_altered(
        &s,
        &s.alter(&orig, "concatenate"),
        &format!("a second PDF begins at byte {n} (a second %PDF header)"),
    );
    let removed = s.alter(&orig, "removepage");
    let count = lopdf::Document::load_mem(&std::fs::read(&s.pdf).unwrap()).unwrap().get_pages().len();
    assert_altered(&s, &removed, &format!("the pages were changed ({count} pages before, {} after)", count - 1));
    // the paint-over, then signed for real: the signer signed the altered page
    let painted = s.alter(&orig, "paintover");
    let signed_after = s.sign(&painted, "painted-then-signed.pdf", "kepala", true, false);
    assert_altered(&s, &signed_after, &painted_words);
    // a valid signature, then an alteration after it
    let signed = s.sign(&orig, "signed.pdf", "kepala", true, false);
    let altered_after = s.alter(&signed, "paintover");
    assert_altered(&s, &altered_after, &painted_words);
    // the JSON names the objects of the change
    let j = json(&s.verify(&altered_after, &["--format", "json"]));
    let f = j["analysis"]["findings"].as_array().unwrap();
    let content = f.iter().find(|f| f["change"] == "page_content").expect("a page_content finding");
    assert_eq!((content["page"].as_u64(), content["update"].as_u64()), (Some(p), Some(2)), "{content}");
    assert!(!content["objects"].as_array().unwrap().is_empty(), "{content}");
    // Indonesian, word for word
    let want = format!(
        "PDF ini DIUBAH setelah dirilis: halaman {p}: isinya diganti; halaman {p}: objek yang dipakainya diganti; {n} bait pertamanya persis {}.",
        original_words(&s, "id")
    );
    assert_eq!(answer(&s, &altered_after, &["--lang", "id"]), (want, Some(1)));
}

#[test]
fn genuine_signatures_are_signed_copies_with_their_signer() {
    let s = Setup::new();
    let orig = s.original();
    // pyHanko in the signature box, with an RFC 3161 timestamp
    let one = s.sign(&orig, "ditandatangani.pdf", "kepala", true, true);
    let v = s.verify(&one, &[]);
    let said = text(&v);
    assert_eq!(v.status.code(), Some(0), "{said}");
    assert!(said.contains("signed copy of revision 1") && said.contains("signed by Ir. BUDIYANTO"), "{said}");
    assert!(said.contains("the signature is intact and covers the whole document"), "{said}");
    assert!(said.contains("not judged (no --trust)"), "{said}");
    assert!(said.contains(" WIB"), "the signing time is shown: {said}");
    let j = json(&s.verify(&one, &["--format", "json"]));
    assert_eq!((j["kind"].as_str(), j["vouched"].as_bool()), (Some("signed_copy"), Some(true)), "{j}");
    let sig = &j["analysis"]["signatures"][0];
    assert_eq!(sig["coverage"]["coverage"], "whole", "{sig}");
    assert!(sig["signer"]["Ok"]["timestamp"]["Ok"].is_string(), "the embedded timestamp verifies: {sig}");
    assert_eq!(sig["signer"]["Ok"]["tsa"], "TSA Uji", "{sig}");
    assert!(j["analysis"]["findings"].as_array().unwrap().iter().all(|f| f["allowed"] == true), "{j}");
    // The sentence's shape, word for word: signer (organisation) on the time in WIB, intact,
    // the whole document, trust not judged; in both languages.
    let at = sig["signer"]["Ok"]["signed_at"].as_str().expect("a signing time");
    let (en_when, id_when) = (in_wib(at, false), in_wib(at, true));
    let org = "Dinas Perdagangan Kota Pekalongan";
    assert!(
        said.contains(&format!(
            ", signed by Ir. BUDIYANTO ({org}) on {en_when}; the signature is intact and covers the whole document; the certificate's chain was not judged (no --trust); "
        )),
        "{said}"
    );
    assert!(said.starts_with("This PDF is a signed copy of revision 1 of LKjIP 2021 "), "{said}");
    let v = s.verify(&one, &["--lang", "id"]);
    let id = text(&v);
    assert_eq!(v.status.code(), Some(0), "{id}");
    assert!(id.starts_with("PDF ini adalah salinan bertanda tangan dari revisi 1 LKjIP 2021 "), "{id}");
    assert!(
        id.contains(&format!(
            ", ditandatangani oleh Ir. BUDIYANTO ({org}) pada {id_when}; tanda tangannya utuh dan mencakup seluruh dokumen; rantai sertifikatnya tidak dinilai (tanpa --trust); "
        )),
        "{id}"
    );

    // trust: a folder with the CA's root, and one with only some other root
    let trusted = s.path("percaya");
    std::fs::create_dir(&trusted).unwrap();
    std::fs::copy(format!("{}/root.pem", s.keys()), format!("{trusted}/root.pem")).unwrap();
    let v = s.verify(&one, &["--trust", &trusted]);
    assert_eq!(v.status.code(), Some(0), "{}", text(&v));
    assert!(text(&v).contains("; the signer's certificate chains to Root CA Uji (trusted); "), "{}", text(&v));
    let v = s.verify(&one, &["--trust", &trusted, "--lang", "id"]);
    assert_eq!(v.status.code(), Some(0), "{}", text(&v));
    assert!(text(&v).contains("; sertifikat penandatangan berantai ke Root CA Uji (tepercaya); "), "{}", text(&v));
    let other = s.path("lain");
    std::fs::create_dir(&other).unwrap();
    std::fs::copy(format!("{}/other-root.pem", s.keys()), format!("{other}/root.pem")).unwrap();
    let v = s.verify(&one, &["--trust", &other]);
    assert_eq!(v.status.code(), Some(1), "{}", text(&v));
    assert!(text(&v).contains("does not chain to any root of --trust (NOT trusted)"), "{}", text(&v));

    // a second signature (ECDSA P-256) after the first: both named, still a signed copy
    let two = s.sign(&one, "dua.pdf", "sekretaris", false, false);
    let v = s.verify(&two, &["--trust", &trusted]);
    let said = text(&v);
    assert_eq!(v.status.code(), Some(0), "{said}");
    assert!(said.contains("Ir. BUDIYANTO") && said.contains("Sekretaris Uji"), "{said}");
    assert!(said.contains("every signature is intact and the last covers the whole document"), "{said}");
    let j = json(&s.verify(&two, &["--format", "json"]));
    let sigs = j["analysis"]["signatures"].as_array().unwrap();
    assert_eq!(sigs.len(), 2, "{j}");
    assert_eq!(sigs[0]["coverage"]["coverage"], "up_to", "{j}");
}

#[test]
fn a_byte_changed_inside_the_signed_range_breaks_the_signature() {
    let s = Setup::new();
    let signed = s.sign(&s.original(), "signed.pdf", "kepala", true, false);
    let mut b = std::fs::read(&signed).unwrap();
    // the signing date of the signature dictionary: inside the signed range, still a valid PDF
    let at = b.windows(5).rposition(|w| w == b"/M (D").expect("a /M date") + 8;
    b[at] = if b[at] == b'1' { b'2' } else { b'1' };
    let flipped = s.path("flipped.pdf");
    std::fs::write(&flipped, &b).unwrap();
    let n = std::fs::metadata(&s.pdf).unwrap().len();
    let want = format!(
        "This PDF's signature is BROKEN: the signed bytes were changed (their digest no longer matches); its first {n} bytes are exactly {}.",
        original_words(&s, "en")
    );
    assert_eq!(answer(&s, &flipped, &[]), (want, Some(1)));
    let want = format!(
        "Tanda tangan PDF ini RUSAK: bait yang ditandatangani telah berubah (digest-nya tidak cocok lagi); {n} bait pertamanya persis {}.",
        original_words(&s, "id")
    );
    assert_eq!(answer(&s, &flipped, &["--lang", "id"]), (want, Some(1)));
    assert_eq!(json(&s.verify(&flipped, &["--format", "json"]))["kind"], "signature_broken");
    // a byte of the signature value itself
    let mut b = std::fs::read(&signed).unwrap();
    let br = b.windows(12).rposition(|w| w == b"/ByteRange [").unwrap() + 12;
    let gap_start: usize = String::from_utf8_lossy(&b[br..br + 40]).split_whitespace().nth(1).unwrap().parse().unwrap();
    let at = gap_start + 100; // a hex digit of the CMS structure, inside its signed attributes or signature
    assert!(b[at].is_ascii_hexdigit());
    b[at] = if b[at] == b'a' { b'b' } else { b'a' };
    std::fs::write(&flipped, &b).unwrap();
    let v = s.verify(&flipped, &[]);
    assert_eq!(v.status.code(), Some(1), "{}", text(&v));
    assert!(text(&v).contains("signature is BROKEN"), "{}", text(&v));
}

/// CRLs and OCSP responses in the DSS (appended by pyHanko's DocumentSecurityStore after the
/// signature): one the root signed that revokes the signer makes the answer no; one that does
/// not is named as checked; a forged one (the root's name, another key) is ignored and said.
/// Nothing is fetched.
#[test]
fn revocation_data_in_the_dss_is_used_and_forged_data_is_ignored() {
    let s = Setup::new();
    let signed = s.sign(&s.original(), "signed.pdf", "kepala", true, false);
    let said = text(&s.verify(&signed, &[]));
    assert!(
        said.contains("the revocation of Ir. BUDIYANTO's certificate was not checked (the document carries no CRL or OCSP response of its issuer; nothing is fetched)"),
        "{said}"
    );
    let with_crl = |kind: &str| {
        let dst = s.path(&format!("dss-{kind}.pdf"));
        attacks(&["dss", &signed, &dst, &s.keys(), "kepala", kind]);
        dst
    };
    let revoked = with_crl("revoked");
    let v = s.verify(&revoked, &[]);
    let said = text(&v);
    assert_eq!(v.status.code(), Some(1), "{said}");
    assert!(
        said.starts_with("This PDF's signer certificate was REVOKED: the certificate of Ir. BUDIYANTO was revoked on 1 June 2025 07:00 WIB (a CRL of Root CA Uji that the document carries); its first "),
        "{said}"
    );
    assert!(!said.contains("signed copy"), "{said}");
    let j = json(&s.verify(&revoked, &["--format", "json"]));
    assert_eq!((j["kind"].as_str(), j["vouched"].as_bool()), (Some("certificate_revoked"), Some(false)), "{j}");
    let rev = &j["analysis"]["signatures"][0]["revocation"]["status"];
    assert_eq!(
        (rev["revocation"].as_str(), rev["at"].as_str()),
        (Some("revoked"), Some("2025-06-01T00:00:00Z")),
        "{j}"
    );
    assert!(j["analysis"]["findings"].as_array().unwrap().iter().any(|f| f["change"] == "validation_data"), "{j}");
    let v = s.verify(&revoked, &["--lang", "id"]);
    assert!(
        text(&v).starts_with("Sertifikat penandatangan PDF ini DICABUT: sertifikat Ir. BUDIYANTO dicabut pada 1 Juni 2025 07.00 WIB (menurut CRL dari Root CA Uji yang dibawa dokumen); "),
        "{}",
        text(&v)
    );
    let trusted = s.path("percaya");
    std::fs::create_dir(&trusted).unwrap();
    std::fs::copy(format!("{}/root.pem", s.keys()), format!("{trusted}/root.pem")).unwrap();
    assert_eq!(s.verify(&revoked, &["--trust", &trusted]).status.code(), Some(1));

    let good = with_crl("good");
    let v = s.verify(&good, &["--trust", &trusted]);
    let said = text(&v);
    assert_eq!(v.status.code(), Some(0), "{said}");
    assert!(said.contains("signed copy of revision 1"), "{said}");
    assert!(said.contains("covers the document up to its update; what follows only adds validation data"), "{said}");
    assert!(
        said.contains("the certificate of Ir. BUDIYANTO is not revoked by the CRL of Root CA Uji of 1 June 2025 07:00 WIB that the document carries (nothing is fetched)"),
        "{said}"
    );

    let forged = with_crl("forged");
    let v = s.verify(&forged, &[]);
    let said = text(&v);
    assert_eq!(v.status.code(), Some(0), "{said}");
    assert!(said.contains("was not checked (the document carries no CRL or OCSP response of its issuer"), "{said}");
    assert!(said.contains("a CRL that names Root CA Uji as its issuer but is not signed by it was ignored"), "{said}");
    let v = s.verify(&forged, &["--lang", "id"]);
    assert!(
        text(&v).contains("CRL yang mengaku diterbitkan Root CA Uji tetapi tidak ditandatanganinya diabaikan"),
        "{}",
        text(&v)
    );

    // the same with OCSP responses: the root's own, and one signed by a responder it did not certify
    let revoked = with_crl("ocsp-revoked");
    let v = s.verify(&revoked, &[]);
    let said = text(&v);
    assert_eq!(v.status.code(), Some(1), "{said}");
    assert!(
        said.starts_with("This PDF's signer certificate was REVOKED: the certificate of Ir. BUDIYANTO was revoked on 1 June 2025 07:00 WIB (an OCSP response of Root CA Uji that the document carries); its first "),
        "{said}"
    );
    let j = json(&s.verify(&revoked, &["--format", "json"]));
    assert_eq!(j["kind"], "certificate_revoked", "{j}");
    assert_eq!(j["analysis"]["signatures"][0]["revocation"]["status"]["by"], "ocsp", "{j}");
    let v = s.verify(&revoked, &["--lang", "id"]);
    assert!(
        text(&v)
            .contains("dicabut pada 1 Juni 2025 07.00 WIB (menurut respons OCSP dari Root CA Uji yang dibawa dokumen)"),
        "{}",
        text(&v)
    );
    let good = with_crl("ocsp-good");
    let v = s.verify(&good, &[]);
    assert_eq!(v.status.code(), Some(0), "{}", text(&v));
    assert!(
        text(&v).contains("the certificate of Ir. BUDIYANTO is not revoked by the OCSP response of Root CA Uji of 1 June 2025 07:00 WIB that the document carries (nothing is fetched)"),
        "{}",
        text(&v)
    );
    let forged = with_crl("ocsp-forged");
    let v = s.verify(&forged, &[]);
    assert_eq!(v.status.code(), Some(0), "{}", text(&v));
    assert!(
        text(&v).contains("; an OCSP response about it signed by neither Root CA Uji nor a responder Root CA Uji certified was ignored"),
        "{}",
        text(&v)
    );
}

#[test]
fn hostile_files_are_answered_in_bounded_time() {
    let s = Setup::new();
    // a device is refused without reading it
    let t = Instant::now();
    let v = s.verify("/dev/zero", &[]);
    assert_eq!(v.status.code(), Some(2), "{}", text(&v));
    assert!(text(&v).contains("not a regular file"), "{}", text(&v));
    assert!(t.elapsed() < Duration::from_secs(5));
    // a 100 GB sparse file that starts with the archived PDF: not read past the analysis cap
    let huge = s.path("huge.pdf");
    std::fs::copy(&s.pdf, &huge).unwrap();
    std::fs::OpenOptions::new().write(true).open(&huge).unwrap().set_len(100 << 30).unwrap();
    let t = Instant::now();
    let v = s.verify(&huge, &[]);
    assert_eq!(v.status.code(), Some(1), "{}", text(&v));
    assert!(text(&v).contains("more than the 67108864 that are analysed"), "{}", text(&v));
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
    // a 100 GB sparse file of zeros: unknown, quickly
    let zeros = s.path("zeros.pdf");
    std::fs::File::create(&zeros).unwrap().set_len(100 << 30).unwrap();
    let t = Instant::now();
    let v = s.verify(&zeros, &[]);
    assert_eq!(v.status.code(), Some(1), "{}", text(&v));
    assert!(text(&v).contains("is not in the archive"), "{}", text(&v));
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
    // 10 000 tiny updates: the analysis stops at its cap
    let mut b = std::fs::read(&s.pdf).unwrap();
    // The compact PDF ends with a cross-reference stream, whose dictionary is the trailer.
    let tail = String::from_utf8_lossy(&b[b.len().saturating_sub(4000)..]).into_owned();
    let start = tail.rfind("trailer").unwrap_or_else(|| {
        let root = tail.rfind("/Root").expect("a trailer or an xref stream names /Root");
        tail[..root].rfind(" obj").expect("the xref stream's object header")
    });
    let trailer = &tail[start..];
    let (size, root) = (after(trailer, "/Size"), after(trailer, "/Root"));
    let mut xref = after(trailer, "startxref");
    for _ in 0..10_000 {
        let here = b.len();
        let update = format!(
            "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size {size} /Root {root} 0 R /Prev {xref} >>\nstartxref\n{here}\n%%EOF\n"
        );
        b.extend_from_slice(update.as_bytes());
        xref = here.to_string();
    }
    let many = s.path("many.pdf");
    std::fs::write(&many, &b).unwrap();
    let t = Instant::now();
    let v = s.verify(&many, &[]);
    assert_eq!(v.status.code(), Some(1), "{}", text(&v));
    assert!(text(&v).contains("more than 64 updates were appended (not analysed)"), "{}", text(&v));
    assert!(t.elapsed() < Duration::from_secs(60), "{:?}", t.elapsed());
}

/// An RFC 3339 UTC time as the answer shows it in WIB (UTC+7): "3 March 2022 10:15 WIB" or
/// "3 Maret 2022 10.15 WIB" (computed here, apart from lkjip's own formatting).
fn in_wib(rfc3339: &str, indonesian: bool) -> String {
    let t: der::DateTime = rfc3339.parse().unwrap_or_else(|e| panic!("{rfc3339}: {e}"));
    let t = der::DateTime::from_unix_duration(t.unix_duration() + Duration::from_secs(7 * 3600)).unwrap();
    let en = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let id = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ];
    let m = t.month() as usize - 1;
    if indonesian {
        format!("{} {} {} {:02}.{:02} WIB", t.day(), id[m], t.year(), t.hour(), t.minutes())
    } else {
        format!("{} {} {} {:02}:{:02} WIB", t.day(), en[m], t.year(), t.hour(), t.minutes())
    }
}

/// The first number after `key` in `text`.
fn after(text: &str, key: &str) -> String {
    let rest = &text[text.find(key).unwrap() + key.len()..];
    rest.trim_start().chars().take_while(char::is_ascii_digit).collect()
}

/// Copies a folder with its subfolders.
fn copy_tree(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for e in std::fs::read_dir(src).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &dst.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), dst.join(e.file_name())).unwrap();
        }
    }
}
