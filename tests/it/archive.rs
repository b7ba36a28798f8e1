//! The archive as a user meets it: release the reference report, verify, correct, sign,
//! reproduce, audit, through the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::prelude::{lkjip_cmd, pdfval_home, root};

fn lkjip(args: &[&str], archive: &Path) -> Output {
    lkjip_cmd("C").args(args).arg("--archive").arg(archive).output().expect("run lkjip")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// A copy of the reference report folder, to edit.
fn report_copy(dir: &Path) -> PathBuf {
    let src = root().join("data/pekalongan-2021");
    let dst = dir.join("laporan");
    std::fs::create_dir_all(dst.join("foto")).unwrap();
    for e in std::fs::read_dir(src.join("foto")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dst.join("foto").join(e.file_name())).unwrap();
    }
    std::fs::copy(src.join("lkjip.yaml"), dst.join("lkjip.yaml")).unwrap();
    std::fs::copy(src.join("logo-contoh.png"), dst.join("logo-contoh.png")).unwrap();
    dst.join("lkjip.yaml")
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(o)))
}

#[test]
fn release_verify_correct_sign_reproduce_audit() {
    let tmp = tempfile::tempdir().unwrap();
    let arsip = tmp.path().join("arsip");
    let yaml = report_copy(tmp.path());
    let y = yaml.to_str().unwrap();

    let r1 = lkjip(&["release", y, "--ya", "--format", "json"], &arsip);
    assert_eq!(r1.status.code(), Some(0), "{}", text(&r1));
    let r1 = json(&r1);
    assert_eq!(r1["revision"], 1);
    let pdf1 = PathBuf::from(r1["pdf"].as_str().unwrap());
    let bytes1 = std::fs::read(&pdf1).unwrap();
    assert!(!bytes1.windows(4).any(|w| w == b"DRAF"), "a final PDF has no watermark text");

    // unchanged input: nothing new
    let again = json(&lkjip(&["release", y, "--ya", "--format", "json"], &arsip));
    assert_eq!((again["revision"].as_u64(), again["created"].as_bool()), (Some(1), Some(false)));

    let v = lkjip(&["verify", pdf1.to_str().unwrap()], &arsip);
    assert_eq!(v.status.code(), Some(0), "{}", text(&v));
    assert!(text(&v).contains("revision 1"), "{}", text(&v));

    // a correction needs a note
    let original = std::fs::read_to_string(&yaml).unwrap();
    assert!(original.contains("2021: 42.9\n"));
    std::fs::write(&yaml, original.replacen("2021: 42.9\n", "2021: 43.0\n", 1)).unwrap();
    let refused = lkjip(&["release", y], &arsip);
    assert_ne!(refused.status.code(), Some(0), "{}", text(&refused));
    assert!(text(&refused).contains("note"), "{}", text(&refused));
    let r2 = lkjip(&["release", y, "--ya", "--note", "koreksi setelah reviu Inspektorat", "--format", "json"], &arsip);
    assert_eq!(r2.status.code(), Some(0), "{}", text(&r2));
    assert_eq!(json(&r2)["revision"], 2);

    // revision 1 is now superseded, and says why
    let v = lkjip(&["verify", pdf1.to_str().unwrap()], &arsip);
    assert_eq!(v.status.code(), Some(0));
    let said = text(&v);
    assert!(
        said.contains("superseded") && said.contains("revision 2") && said.contains("koreksi setelah reviu"),
        "{said}"
    );

    // bytes appended that merely look like a signature are not a signed copy (tests/it/verify.rs
    // has the real signatures and the attacks)
    let signed = tmp.path().join("signed.pdf");
    let mut s = bytes1.clone();
    s.extend_from_slice(b"1 0 obj\n<< /Type /Sig /ByteRange [0 10 20 30] >>\nendobj\ntrailer\n<< >>\n%%EOF\n");
    std::fs::write(&signed, &s).unwrap();
    let v = lkjip(&["verify", signed.to_str().unwrap()], &arsip);
    assert_eq!(v.status.code(), Some(1), "{}", text(&v));
    assert!(text(&v).contains("ALTERED after release"), "{}", text(&v));
    assert!(text(&v).contains(&format!("its first {} bytes are exactly revision 1", bytes1.len())), "{}", text(&v));

    // a foreign PDF is not archived
    let other = tmp.path().join("other.pdf");
    let mut o = bytes1.clone();
    o[100] ^= 1;
    std::fs::write(&other, &o).unwrap();
    assert_eq!(lkjip(&["verify", other.to_str().unwrap()], &arsip).status.code(), Some(1));

    // the archived source re-renders to the same bytes
    let rep = lkjip(&["reproduce", "1"], &arsip);
    let rep_text = text(&rep);
    assert_eq!(rep.status.code(), Some(0), "{rep_text}");

    // every bag is valid for the Library of Congress validator (not --fast: it misses same-size edits)
    let report_dir = pdf1.ancestors().nth(3).unwrap().to_path_buf();
    for rev in ["r1", "r2"] {
        let bag = report_dir.join(rev);
        let out = Command::new("bagit.py")
            .arg("--validate")
            .arg(&bag)
            .output()
            .expect("bagit.py is installed (scripts/test)");
        assert!(out.status.success(), "bagit.py rejects {}: {}", bag.display(), String::from_utf8_lossy(&out.stderr));
    }

    // the whole archive audits clean, then a flipped byte is named
    let audit = lkjip(&["verify"], &arsip);
    assert_eq!(audit.status.code(), Some(0), "{}", text(&audit));
    let mut b = std::fs::read(&pdf1).unwrap();
    b[2000] ^= 1;
    std::fs::write(&pdf1, b).unwrap();
    let audit = lkjip(&["verify"], &arsip);
    assert_eq!(audit.status.code(), Some(1), "{}", text(&audit));
    assert!(text(&audit).contains(pdf1.file_name().unwrap().to_str().unwrap()), "{}", text(&audit));

    let log = lkjip(&["log"], &arsip);
    assert_eq!(log.status.code(), Some(0));
    assert!(text(&log).contains("koreksi setelah reviu"), "{}", text(&log));
    let diff = lkjip(&["diff", "1", "2"], &arsip);
    assert!(text(&diff).contains("42.9 → 43.0"), "{}", text(&diff));
}

/// A real signer (pyHanko, installed with the validators) puts a visible signature into the
/// box `build --signature-box` names; the signed file is then recognised as a signed copy.
#[test]
fn a_copy_signed_by_pyhanko_in_the_signature_box_is_recognised() {
    let tmp = tempfile::tempdir().unwrap();
    let arsip = tmp.path().join("arsip");
    let yaml = report_copy(tmp.path());
    let y = yaml.to_str().unwrap();
    let released = json(&lkjip(&["release", y, "--ya", "--format", "json"], &arsip));
    let pdf = PathBuf::from(released["pdf"].as_str().unwrap());

    // the box is the same in the draft and the final (only the footer text differs)
    let draft = tmp.path().join("draf.pdf");
    let b = lkjip_cmd("C").args(["-q", "build", y, "--signature-box", "json", "-o"]).arg(&draft).output().unwrap();
    assert!(b.status.success(), "{}", text(&b));
    let sigbox = json(&b);
    let field = sigbox["pyhanko_field"].as_str().unwrap().to_owned();
    let page = sigbox["page"].as_u64().unwrap();
    let on_page = Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(
        String::from_utf8_lossy(&on_page.stdout).contains("BUDIYANTO"),
        "the box's page {page} holds the head's signature block"
    );

    let pyhanko = pdfval_home().join("venv/bin/pyhanko");
    assert!(pyhanko.is_file(), "pyHanko is not installed at {} (scripts/test installs it)", pyhanko.display());
    let (key, cert) = (tmp.path().join("key.pem"), tmp.path().join("cert.pem"));
    let o = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "30",
            "-subj",
            "/CN=Kepala Dinas Uji",
            "-keyout",
        ])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl is installed");
    assert!(o.status.success(), "{}", text(&o));
    let signed = tmp.path().join("ditandatangani.pdf");
    let o = Command::new(&pyhanko)
        .args(["sign", "addsig", "--field", &field, "pemder", "--no-pass", "--key"])
        .arg(&key)
        .arg("--cert")
        .arg(&cert)
        .arg(&pdf)
        .arg(&signed)
        .output()
        .unwrap();
    assert!(o.status.success(), "pyhanko: {}", text(&o));
    let bytes = std::fs::read(&signed).unwrap();
    // pyHanko's field spec has whole points, rounded outwards from the box
    let corners: Vec<&str> = field.split('/').nth(1).unwrap().split(',').collect();
    let rect = format!("/Rect [ {} ]", corners.join(" "));
    let (x1, x2): (f64, f64) = (corners[0].parse().unwrap(), corners[2].parse().unwrap());
    assert!(x1 <= sigbox["x1"].as_f64().unwrap() && x2 >= sigbox["x2"].as_f64().unwrap());
    assert!(bytes.windows(rect.len()).any(|w| w == rect.as_bytes()), "the signature widget is not at {rect}");

    let v = lkjip(&["verify", signed.to_str().unwrap()], &arsip);
    assert_eq!(v.status.code(), Some(0), "{}", text(&v));
    assert!(text(&v).contains("signed copy of revision 1"), "{}", text(&v));
    assert!(text(&v).contains("signed by Kepala Dinas Uji") && text(&v).contains("intact"), "{}", text(&v));
}

/// The head `release` prints, kept outside the archive, catches what no audit can: the
/// owner removing the newest revision and rewinding everything consistently.
#[test]
fn the_head_printed_by_release_is_checked_by_verify_head() {
    let tmp = tempfile::tempdir().unwrap();
    let arsip = tmp.path().join("arsip");
    let yaml = report_copy(tmp.path());
    let y = yaml.to_str().unwrap();
    let head_of = |o: &Output| {
        assert_eq!(o.status.code(), Some(0), "{}", text(o));
        let t = String::from_utf8_lossy(&o.stdout).into_owned();
        t.lines()
            .find_map(|l| l.strip_prefix("head:"))
            .unwrap_or_else(|| panic!("no head: line in {t}"))
            .trim()
            .to_owned()
    };
    let h1 = head_of(&lkjip(&["release", y, "--ya"], &arsip));
    let original = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, original.replacen("2021: 42.9\n", "2021: 43.0\n", 1)).unwrap();
    let h2 = head_of(&lkjip(&["release", y, "--ya", "--note", "koreksi"], &arsip));
    let ledger = std::fs::read_to_string(arsip.join("ledger.jsonl")).unwrap();
    let first = ledger.lines().next().unwrap();
    assert_eq!(h1, format!("{:x}", sha2_hex(first.as_bytes())));
    for h in [&h1, &h2] {
        let v = lkjip(&["verify", "--head", h], &arsip);
        assert_eq!(v.status.code(), Some(0), "{}", text(&v));
    }
    let v = lkjip(&["verify", "--head", "not-a-hash"], &arsip);
    assert_eq!(v.status.code(), Some(2), "{}", text(&v));

    // The owner takes revision 2 out and rewinds the archive's own records to match.
    let r2 = std::path::PathBuf::from(&arsip).join(
        serde_json::from_str::<serde_json::Value>(ledger.lines().nth(1).unwrap()).unwrap()["bag"].as_str().unwrap(),
    );
    std::fs::remove_dir_all(r2).unwrap();
    std::fs::write(arsip.join("ledger.jsonl"), format!("{first}\n")).unwrap();
    std::fs::write(
        arsip.join("lkjip-archive.txt"),
        format!("LKjIP-Archive-Format: 1\nLedger-Lines: 1\nLedger-Head: {h1}\n"),
    )
    .unwrap();
    let audit = lkjip(&["verify"], &arsip);
    assert_eq!(audit.status.code(), Some(0), "undetectable inside the archive: {}", text(&audit));
    let v = lkjip(&["verify", "--head", &h2], &arsip);
    assert_eq!(v.status.code(), Some(1), "{}", text(&v));
    assert!(text(&v).contains("is not in the ledger"), "{}", text(&v));
    assert_eq!(lkjip(&["verify", "--head", &h1], &arsip).status.code(), Some(0));
}

/// The ledger shortened at its end, then with its bag gone too: the audit answers no (exit 1),
/// word for word in both languages, typed in JSON; `verify` of the removed revision cannot run.
#[test]
fn a_shortened_ledger_and_a_deleted_last_bag_are_named_by_the_audit() {
    let tmp = tempfile::tempdir().unwrap();
    let arsip = tmp.path().join("arsip");
    let yaml = report_copy(tmp.path());
    let y = yaml.to_str().unwrap();
    let r1 = json(&lkjip(&["release", y, "--ya", "--format", "json"], &arsip));
    let original = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, original.replacen("2021: 42.9\n", "2021: 43.0\n", 1)).unwrap();
    let r2 = json(&lkjip(&["release", y, "--ya", "--note", "koreksi", "--format", "json"], &arsip));
    let (slug, h2) = (r1["report"].as_str().unwrap(), r2["head"].as_str().unwrap());
    let ledger = std::fs::read_to_string(arsip.join("ledger.jsonl")).unwrap();
    std::fs::write(arsip.join("ledger.jsonl"), format!("{}\n", ledger.lines().next().unwrap())).unwrap();
    let lines = |args: &[&str]| {
        let o = lkjip(args, &arsip);
        (String::from_utf8_lossy(&o.stdout).lines().map(str::to_owned).collect::<Vec<_>>(), o.status.code())
    };
    let shortened = format!(
        "problem: ledger.jsonl was shortened or replaced: lkjip-archive.txt records 2 lines ending in a line with SHA-256 {h2}, the ledger has 1 lines"
    );
    let removed = format!(
        "problem: {slug}/r2: its ledger line was removed: the bag's lkjip-commit.txt says it was recorded as ledger line 2 (SHA-256 {h2})"
    );
    let summary = |n: usize| format!("the archive {} has {n} problems (1 revisions checked)", arsip.display());
    assert_eq!(lines(&["verify"]), (vec![shortened.clone(), removed, summary(2)], Some(1)));
    let id = vec![
        format!(
            "masalah: ledger.jsonl dipendekkan atau diganti: lkjip-archive.txt mencatat 2 baris yang diakhiri baris ber-SHA-256 {h2}, buku besar punya 1 baris"
        ),
        format!(
            "masalah: {slug}/r2: baris buku besarnya dihapus: lkjip-commit.txt bag ini menyebut ia dicatat sebagai baris 2 (SHA-256 {h2})"
        ),
        format!("arsip {} bermasalah: 2 masalah (1 revisi diperiksa)", arsip.display()),
    ];
    assert_eq!(lines(&["verify", "--lang", "id"]), (id, Some(1)));
    let j = json(&lkjip(&["verify", "--format", "json"], &arsip));
    let p = &j["problems"][0];
    assert_eq!(
        (p["problem"].as_str(), p["lines"].as_u64(), p["found"].as_u64(), p["head"].as_str()),
        (Some("ledger_shortened"), Some(2), Some(1), Some(h2)),
        "{j}"
    );
    assert_eq!(p["message"].as_str(), shortened.strip_prefix("problem: "), "{j}");
    assert_eq!(
        (j["problems"][1]["problem"].as_str(), j["problems"][1]["line"].as_u64()),
        (Some("line_removed"), Some(2))
    );
    // the revision's PDF is not answered from a shortened ledger
    let pdf2 = r2["pdf"].as_str().unwrap();
    let v = lkjip(&["verify", pdf2], &arsip);
    assert_eq!(v.status.code(), Some(2), "{}", text(&v));
    assert!(
        text(&v).contains("was shortened or replaced (lkjip-archive.txt records 2 lines, it has 1)"),
        "{}",
        text(&v)
    );
    // the line and its bag both gone: still named
    std::fs::remove_dir_all(arsip.join(slug).join("r2")).unwrap();
    assert_eq!(lines(&["verify"]), (vec![shortened, summary(1)], Some(1)));
}

fn sha2_hex(bytes: &[u8]) -> impl std::fmt::LowerHex {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
}

/// The static page of `lkjip publikasi`, in a real headless Chromium (Debian's, driven over
/// its DevTools protocol by playwright-core from tests/browser): an archived, a superseded,
/// an unknown and an appended file, each dropped on the page. Never skipped: without
/// chromium or node_modules the test fails, naming the install step.
#[test]
fn the_publikasi_page_verifies_pdfs_in_a_real_browser() {
    let tmp = tempfile::tempdir().unwrap();
    let arsip = tmp.path().join("arsip");
    let yaml = report_copy(tmp.path());
    let y = yaml.to_str().unwrap();
    let r1 = json(&lkjip(&["release", y, "--ya", "--format", "json"], &arsip));
    let original = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, original.replacen("2021: 42.9\n", "2021: 43.0\n", 1)).unwrap();
    let r2 = json(&lkjip(&["release", y, "--ya", "--note", "koreksi realisasi IKU 2", "--format", "json"], &arsip));
    let pdf1 = PathBuf::from(r1["pdf"].as_str().unwrap());
    let pdf2 = PathBuf::from(r2["pdf"].as_str().unwrap());
    let bytes2 = std::fs::read(&pdf2).unwrap();
    let files = tmp.path().join("berkas");
    std::fs::create_dir(&files).unwrap();
    let put = |name: &str, b: &[u8]| {
        let p = files.join(name);
        std::fs::write(&p, b).unwrap();
        p.to_str().unwrap().to_owned()
    };
    let current = put("terkini.pdf", &bytes2);
    let superseded = put("lama.pdf", &std::fs::read(&pdf1).unwrap());
    let mut flipped = bytes2.clone();
    flipped[500] ^= 1;
    let unknown = put("asing.pdf", &flipped);
    let mut longer = bytes2.clone();
    longer.extend_from_slice(b"1 0 obj\n<< /Type /Annot /Subtype /FreeText >>\nendobj\n%%EOF\n");
    let appended = put("ditambah.pdf", &longer);

    let site = tmp.path().join("situs");
    let p = lkjip(&["publikasi", site.to_str().unwrap()], &arsip);
    assert_eq!(p.status.code(), Some(0), "{}", text(&p));
    let mut names: Vec<_> = std::fs::read_dir(&site).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    assert_eq!(names, ["index.html", "ledger.js", "ledger.jsonl", "periksa.js"]);
    assert_eq!(std::fs::read(site.join("ledger.jsonl")).unwrap(), std::fs::read(arsip.join("ledger.jsonl")).unwrap());
    let page = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(!page.contains("http://") && !page.contains("https://"), "no outside resources");
    let again = lkjip(&["publikasi", site.to_str().unwrap()], &arsip);
    assert_ne!(again.status.code(), Some(0), "a non-empty folder is refused: {}", text(&again));

    let root = crate::prelude::root().join("tests/browser");
    assert!(
        root.join("node_modules/playwright-core").is_dir(),
        "playwright-core is not installed: npm ci --prefix tests/browser (scripts/test does)"
    );
    let out = Command::new("node")
        .arg(root.join("publikasi.mjs"))
        .arg(&site)
        .args([&current, &superseded, &unknown, &appended])
        .output()
        .expect("node is installed");
    assert!(out.status.success(), "the browser run failed: {}", text(&out));
    let said: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(said.len(), 5, "{said:#?}");
    assert_eq!((said[0]["via"].as_str(), said[0]["jenis"].as_str()), (Some("input"), Some("arsip")));
    let head = r2["head"].as_str().unwrap();
    assert!(said[0]["head"].as_str().unwrap().contains(head), "the page shows the ledger head: {said:#?}");
    let by = |f: &str| said.iter().find(|s| s["via"] == "drop" && s["file"] == f).unwrap();
    let t = |f: &str| by(f)["teks"].as_str().unwrap().to_owned();
    assert_eq!((by(&current)["jenis"].as_str(), by(&current)["revisi"].as_str()), (Some("arsip"), Some("2")));
    assert!(
        t(&current).contains("persis revisi 2 dari LKjIP 2021") && t(&current).contains("berlaku"),
        "{}",
        t(&current)
    );
    assert_eq!(
        (by(&superseded)["jenis"].as_str(), by(&superseded)["revisi"].as_str()),
        (Some("digantikan"), Some("1"))
    );
    assert!(
        t(&superseded).contains("DIGANTIKAN oleh revisi 2") && t(&superseded).contains("koreksi realisasi IKU 2"),
        "{}",
        t(&superseded)
    );
    assert_eq!(by(&unknown)["jenis"], "tidak-dikenal");
    assert!(t(&unknown).contains("TIDAK ADA di arsip"), "{}", t(&unknown));
    assert_eq!((by(&appended)["jenis"].as_str(), by(&appended)["revisi"].as_str()), (Some("awalan"), Some("2")));
    let n = bytes2.len();
    let grouped = |n: usize| {
        let s = n.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push('.');
            }
            out.push(c);
        }
        out
    };
    assert!(
        t(&appended).starts_with(&format!("{} byte pertama berkas ini persis revisi 2", grouped(n))),
        "{}",
        t(&appended)
    );
    assert!(t(&appended).contains("TIDAK dijamin") && t(&appended).contains("lkjip verify"), "{}", t(&appended));
}

/// A local RFC 3161 timestamp authority: `openssl ts -reply` behind a loopback HTTP server
/// (python's http.server); dropped, it stops the server.
struct LocalTsa {
    child: std::process::Child,
    url: String,
    dir: PathBuf,
}

impl LocalTsa {
    fn start(dir: &Path) -> LocalTsa {
        use std::io::BufRead;
        std::fs::create_dir_all(dir).unwrap();
        let run = |args: &[&str]| {
            let o = Command::new("openssl").args(args).current_dir(dir).output().expect("openssl is installed");
            assert!(o.status.success(), "openssl {args:?}: {}", text(&o));
        };
        run(&[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "30",
            "-subj",
            "/CN=TSA Uji Lokal",
            "-addext",
            "extendedKeyUsage=critical,timeStamping",
            "-keyout",
            "tsa.key",
            "-out",
            "tsa.crt",
        ]);
        std::fs::write(dir.join("serial"), "01\n").unwrap();
        std::fs::write(
            dir.join("ts.cnf"),
            format!(
                "[ tsa ]\ndefault_tsa = tsa1\n[ tsa1 ]\ndir = {}\nserial = $dir/serial\ncrypto_device = builtin\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\ndigests = sha256\naccuracy = secs:1\nordering = yes\ntsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n",
                dir.display()
            ),
        )
        .unwrap();
        let server = r#"
import http.server, subprocess, sys, tempfile
d = sys.argv[1]
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        q = self.rfile.read(int(self.headers['Content-Length']))
        with tempfile.TemporaryDirectory() as t:
            open(t + '/q', 'wb').write(q)
            r = subprocess.run(['openssl', 'ts', '-reply', '-config', d + '/ts.cnf', '-queryfile', t + '/q',
                                '-inkey', d + '/tsa.key', '-signer', d + '/tsa.crt', '-out', t + '/r'], capture_output=True)
            if r.returncode:
                sys.stderr.write(r.stderr.decode()); self.send_response(500); self.end_headers(); return
            body = open(t + '/r', 'rb').read()
        self.send_response(200)
        self.send_header('Content-Type', 'application/timestamp-reply')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a): pass
s = http.server.HTTPServer(('127.0.0.1', 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
"#;
        let mut child = Command::new("python3")
            .arg("-c")
            .arg(server)
            .arg(dir)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("python3 is installed");
        let mut port = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut port).unwrap();
        let url = format!("http://127.0.0.1:{}/tsa", port.trim());
        LocalTsa { child, url, dir: dir.to_path_buf() }
    }
}

impl Drop for LocalTsa {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `release --tsa URL` stores a token of the new head in the bag; openssl agrees it stamps the
/// head, the audit checks it, a token moved from another bag is named, and an unreachable
/// authority leaves the archive unchanged.
#[test]
fn release_with_a_timestamp_authority_stores_and_checks_a_token_of_the_head() {
    let tmp = tempfile::tempdir().unwrap();
    let tsa = LocalTsa::start(&tmp.path().join("tsa"));
    let arsip = tmp.path().join("arsip");
    let yaml = report_copy(tmp.path());
    let y = yaml.to_str().unwrap();
    let r1 = lkjip(&["release", y, "--ya", "--tsa", &tsa.url, "--format", "json"], &arsip);
    assert_eq!(r1.status.code(), Some(0), "{}", text(&r1));
    let r1 = json(&r1);
    let head1 = r1["head"].as_str().unwrap().to_owned();
    let bag1 = PathBuf::from(r1["pdf"].as_str().unwrap()).ancestors().nth(2).unwrap().to_path_buf();
    let token1 = bag1.join("lkjip-head.tst");
    assert!(token1.is_file(), "no token in {}", bag1.display());
    // An independent judge: openssl checks the TSA's signature and that the token stamps the head.
    let verify_token = |token: &Path, digest: &str| {
        Command::new("openssl")
            .args(["ts", "-verify", "-digest", digest, "-token_in", "-in"])
            .arg(token)
            .arg("-CAfile")
            .arg(tsa.dir.join("tsa.crt"))
            .output()
            .unwrap()
    };
    let o = verify_token(&token1, &head1);
    assert!(o.status.success() && text(&o).contains("Verification: OK"), "{}", text(&o));
    assert!(!verify_token(&token1, &"0".repeat(64)).status.success());
    let audit = lkjip(&["verify"], &arsip);
    assert_eq!(audit.status.code(), Some(0), "{}", text(&audit));
    // the audit verifies the token (the TSA's signature, the imprint, the time) and says so
    let said = text(&audit);
    assert!(said.contains("head timestamped by TSA Uji Lokal on "), "{said}");
    assert!(said.contains(" WIB (ledger line 1; the token verifies)"), "{said}");
    let j = json(&lkjip(&["verify", "--format", "json"], &arsip));
    assert_eq!(j["timestamps"]["1"]["tsa"], "TSA Uji Lokal", "{j}");
    let id = text(&lkjip(&["verify", "--head", &head1, "--lang", "id"], &arsip));
    assert!(
        id.contains("head dicap waktu oleh TSA Uji Lokal pada ") && id.contains(" WIB (baris buku besar 1"),
        "{id}"
    );
    // A byte of the TSA's signature value flipped (the imprint still names the head), and a
    // byte of the stamped TSTInfo (its serial number, right after the imprint): both detected.
    let good = std::fs::read(&token1).unwrap();
    let imprint: Vec<u8> = (0..32).map(|i| u8::from_str_radix(&head1[2 * i..2 * i + 2], 16).unwrap()).collect();
    let at = good.windows(32).position(|w| w == imprint).expect("the token holds the head's SHA-256");
    for (flip, why) in [(good.len() - 5, "signature does not verify"), (at + 34, "signature does not verify")] {
        let mut bad = good.clone();
        bad[flip] ^= 0x01;
        std::fs::write(&token1, &bad).unwrap();
        let audit = lkjip(&["verify"], &arsip);
        assert_eq!(audit.status.code(), Some(1), "byte {flip}: {}", text(&audit));
        assert!(text(&audit).contains("lkjip-head.tst") && text(&audit).contains(why), "{}", text(&audit));
        assert!(!text(&audit).contains("head timestamped"), "{}", text(&audit));
    }
    std::fs::write(&token1, &good).unwrap();

    let original = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, original.replacen("2021: 42.9\n", "2021: 43.0\n", 1)).unwrap();
    let r2 = json(&lkjip(&["release", y, "--ya", "--tsa", &tsa.url, "--note", "koreksi", "--format", "json"], &arsip));
    let bag2 = PathBuf::from(r2["pdf"].as_str().unwrap()).ancestors().nth(2).unwrap().to_path_buf();
    // A genuine token, but of another line: the audit names it.
    let kept = std::fs::read(&token1).unwrap();
    std::fs::copy(bag2.join("lkjip-head.tst"), &token1).unwrap();
    let audit = lkjip(&["verify"], &arsip);
    assert_eq!(audit.status.code(), Some(1), "{}", text(&audit));
    assert!(
        text(&audit).contains("lkjip-head.tst") && text(&audit).contains("not this ledger line"),
        "{}",
        text(&audit)
    );
    std::fs::write(&token1, b"not a token").unwrap();
    assert_eq!(lkjip(&["verify"], &arsip).status.code(), Some(1));
    std::fs::write(&token1, kept).unwrap();
    let audit = lkjip(&["verify"], &arsip);
    assert_eq!(audit.status.code(), Some(0), "{}", text(&audit));
    assert!(text(&audit).contains("(ledger line 2; the token verifies)"), "the newest head's: {}", text(&audit));
    let h1 = text(&lkjip(&["verify", "--head", &head1], &arsip));
    assert!(h1.contains("(ledger line 1; the token verifies)") && !h1.contains("line 2;"), "{h1}");

    // The authority unreachable: nothing is released.
    let ledger_before = std::fs::read(arsip.join("ledger.jsonl")).unwrap();
    std::fs::write(&yaml, original.replacen("2021: 42.9\n", "2021: 44.0\n", 1)).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let down = lkjip(&["release", y, "--ya", "--tsa", &format!("http://127.0.0.1:{port}/"), "--note", "lagi"], &arsip);
    assert_eq!(down.status.code(), Some(2), "{}", text(&down));
    assert!(text(&down).contains("timestamp authority") && text(&down).contains("unchanged"), "{}", text(&down));
    assert_eq!(std::fs::read(arsip.join("ledger.jsonl")).unwrap(), ledger_before);
    assert!(!bag2.parent().unwrap().join("r3").exists());
    assert_eq!(lkjip(&["verify"], &arsip).status.code(), Some(0));
}

/// The archive's identity of every example is the model's, and pinned: how a cover prints a
/// government's name may change, the revision history of a report must not restart because of it
/// (a new identity is a new report in the ledger).
#[test]
fn every_example_keeps_its_archive_identity() {
    let want = [
        ("pekalongan-2021", "LKjIP", 2021, "Dinas Perdagangan Koperasi dan UKM", "Kota Pekalongan"),
        ("tirtasari-2024", "LKjIP", 2024, "Pemerintah Kabupaten Tirtasari", "Kabupaten Tirtasari"),
        ("provinsi-bapenda-2024", "LKjIP", 2024, "Badan Pendapatan Daerah", "Provinsi Nusa Tenggara Tengah"),
        ("itjen-2024", "LAKIP", 2024, "Inspektorat Jenderal", "Kementerian Sumber Daya Pesisir"),
    ];
    let mut examples: Vec<String> = std::fs::read_dir(root().join("data"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    examples.sort();
    let mut pinned: Vec<String> = want.iter().map(|w| w.0.to_owned()).collect();
    pinned.sort();
    assert_eq!(examples, pinned, "a new example in data/ needs its identity pinned here");
    for (dir, jenis, tahun, instansi, pemerintah) in want {
        let yaml = root().join("data").join(dir).join("lkjip.yaml");
        let lkjip::pipeline::Checked::Valid(p) = lkjip::pipeline::check(&yaml).unwrap() else {
            panic!("{dir} does not check")
        };
        let id = lkjip::pipeline::identity::report_id(&p.report);
        assert_eq!(
            (id.jenis.as_str(), id.tahun, id.instansi.as_str(), id.pemerintah.as_str()),
            (jenis, tahun, instansi, pemerintah),
            "{dir}"
        );
    }
}
