//! Tests of the archive layer: shared helpers, and release, identify, log and load.
#![allow(clippy::disallowed_methods, reason = "tests write their fixtures and set file times directly")]

mod external;
mod robust;
mod tamper;
mod truncate;

use std::cell::Cell;
use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::*;

fn report() -> ReportId {
    ReportId {
        instansi: "Dinas Perdagangan, Koperasi dan UKM".into(),
        pemerintah: "Kota Pekalongan".into(),
        jenis: "LKjIP".into(),
        tahun: 2021,
    }
}

const SLUG: &str = "lkjip-2021-dinas-perdagangan-koperasi-dan-ukm-kota-pekalongan";

fn req(yaml: &str, note: Option<&str>) -> ReleaseRequest {
    ReleaseRequest {
        report: report(),
        sources: vec![
            Source::held("lkjip.yaml", yaml.as_bytes().to_vec()),
            Source::held("foto/pasar.jpg", vec![0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
        ],
        note: note.map(str::to_string),
        generator: Generator { lkjip: "0.1.0".into(), typst: "0.15.1".into() },
        bagging_date: Tanggal { tahun: 2022, bulan: 2, hari: 28 },
        bag_info: vec![("Contact-Name".into(), "Kepala Dinas".into())],
        tsa: None,
    }
}

/// A stand-in for the renderer: deterministic bytes that print the revision, ending in "%%EOF\n".
fn fake_pdf(rev: u32, r: &ReleaseRequest) -> Vec<u8> {
    format!("%PDF-1.7\n% revision {rev}\n% {}\n%%EOF\n", r.sources[0].sha256).into_bytes()
}

fn rel(dir: &Path, r: &ReleaseRequest) -> anyhow::Result<Released> {
    release(dir, r, |n| Ok(fake_pdf(n, r)))
}

/// A fixed clock and at most one fault.
struct TestWorld {
    fault: Option<(Step, Fault)>,
}
impl World for TestWorld {
    fn now(&self) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_892_629)
    }
    fn after(&self, step: Step) -> Option<Fault> {
        self.fault.filter(|(s, _)| *s == step).map(|(_, f)| f)
    }
}

/// The audit's problems in the words a person reads (English), for assertions on what is named.
fn worded(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| crate::messages::archive::problem(p, crate::messages::Lang::En)).collect()
}

/// The audit's notices in English.
fn noticed(notices: &[Notice]) -> Vec<String> {
    notices.iter().map(|n| crate::messages::archive::notice(n, crate::messages::Lang::En)).collect()
}

fn assert_clean(dir: &Path) -> Audit {
    let a = audit(dir).unwrap();
    assert!(a.is_clean(), "audit problems: {:#?}", a.problems);
    a
}

/// Puts the archive back in the state a release of its newest revision leaves when it dies
/// just before committing its ledger line: the line gone, the bag unmarked, the head rewound.
fn uncommit_last(dir: &Path) {
    let path = dir.join(LEDGER_FILE);
    let full = fs::read_to_string(&path).unwrap();
    let body = &full[..full.len() - 1];
    let (kept, last) = body.rsplit_once('\n').map_or(("", body), |(k, l)| (k, l));
    let entry: LedgerEntry = serde_json::from_str(last).unwrap();
    fs::remove_file(dir.join(&entry.bag).join("lkjip-commit.txt")).unwrap();
    let kept = if kept.is_empty() { String::new() } else { format!("{kept}\n") };
    let (lines, head) = match kept.lines().last() {
        Some(l) => (kept.lines().count(), Sha256::of(l.as_bytes())),
        None => (0, Sha256::ZERO),
    };
    fs::write(&path, kept).unwrap();
    let anchor = format!("LKjIP-Archive-Format: 1\nLedger-Lines: {lines}\nLedger-Head: {head}\n");
    fs::write(dir.join("lkjip-archive.txt"), anchor).unwrap();
}

fn flip(path: &Path, at: usize) {
    let mut b = fs::read(path).unwrap();
    b[at] ^= 0x01;
    fs::write(path, b).unwrap();
}

#[test]
fn slug_is_ascii_lowercase_and_safe() {
    assert_eq!(report().slug(), SLUG);
    let odd = ReportId {
        instansi: "  Dinas  Pendidikan & Kebudayaan/é ".into(),
        pemerintah: "Kab. Batang".into(),
        jenis: "LKjIP".into(),
        tahun: 2023,
    };
    assert_eq!(odd.slug(), "lkjip-2023-dinas-pendidikan-kebudayaan-e-kab-batang");
}

#[test]
fn release_then_identify() {
    let tmp = tempfile::tempdir().unwrap();
    let r = req("a: 1\n", None);
    let out = rel(tmp.path(), &r).unwrap();
    assert_eq!((out.revision, out.created), (1, true));
    let pdf = fs::read(&out.pdf_path).unwrap();
    assert_eq!(pdf, fake_pdf(1, &r));
    assert_eq!((out.sha256, out.len), (Sha256::of(&pdf), pdf.len() as u64));
    assert!(out.pdf_path.ends_with(format!("{SLUG}/r1/data/{SLUG}-r1.pdf")));
    match identify(tmp.path(), &pdf).unwrap() {
        ref id @ Identification::Archived { ref entry, status: Status::Current } => {
            assert_eq!(entry.revision, 1);
            assert!(said(id).contains("revision 1 of LKjIP 2021"), "{}", said(id));
            assert!(said(id).contains("current revision"));
            assert_eq!(id.to_json()["kind"], "archived");
        }
        other => panic!("{other:?}"),
    }
    assert!(!identify(tmp.path(), b"%PDF-1.7 something else").unwrap().is_known());
    let a = assert_clean(tmp.path());
    assert_eq!((a.revisions, a.notices.len()), (1, 0));
    let yaml = fs::read(tmp.path().join(SLUG).join("r1/data/source/lkjip.yaml")).unwrap();
    assert_eq!(yaml, b"a: 1\n");
}

#[test]
fn unchanged_rerelease_is_idempotent() {
    let tmp = tempfile::tempdir().unwrap();
    let r = req("a: 1\n", None);
    let first = rel(tmp.path(), &r).unwrap();
    let ledger_before = fs::read(tmp.path().join(LEDGER_FILE)).unwrap();
    let again = release(tmp.path(), &r, |_| panic!("unchanged input must not render")).unwrap();
    assert!(!again.created);
    assert_eq!(
        (again.revision, again.sha256, again.len, &again.pdf_path),
        (1, first.sha256, first.len, &first.pdf_path)
    );
    assert_eq!(fs::read(tmp.path().join(LEDGER_FILE)).unwrap(), ledger_before);
    // A new generator version alone is not a new revision: idempotency is judged on the sources.
    let mut r2 = r.clone();
    r2.generator.lkjip = "0.2.0".into();
    assert!(!release(tmp.path(), &r2, |_| panic!("no render")).unwrap().created);
}

#[test]
fn correction_needs_a_note_and_supersedes() {
    let tmp = tempfile::tempdir().unwrap();
    let r1 = req("a: 1\n", None);
    let pdf1 = fs::read(rel(tmp.path(), &r1).unwrap().pdf_path).unwrap();
    let ledger_before = fs::read(tmp.path().join(LEDGER_FILE)).unwrap();
    for blank in [None, Some("   ")] {
        let err = release(tmp.path(), &req("a: 2\n", blank), |_| panic!("refused before rendering")).unwrap_err();
        assert!(format!("{err:#}").contains("--note"), "{err:#}");
    }
    assert_eq!(fs::read(tmp.path().join(LEDGER_FILE)).unwrap(), ledger_before);
    assert!(!tmp.path().join(SLUG).join("r2").exists());

    let out2 = rel(tmp.path(), &req("a: 2\n", Some("target 2021 dikoreksi"))).unwrap();
    assert_eq!((out2.revision, out2.created), (2, true));
    let id = identify(tmp.path(), &pdf1).unwrap();
    match &id {
        Identification::Archived { entry, status: Status::Superseded { by: 2, note, current: 2, .. } } => {
            assert_eq!(entry.revision, 1);
            assert_eq!(note.as_deref(), Some("target 2021 dikoreksi"));
        }
        other => panic!("{other:?}"),
    }
    assert!(said(&id).contains("superseded by revision 2"), "{}", said(&id));
    assert!(said(&id).contains("target 2021 dikoreksi"));
    // Going back to the first sources is a correction too, not "unchanged".
    let out3 = rel(tmp.path(), &req("a: 1\n", Some("kembali ke versi 1"))).unwrap();
    assert_eq!(out3.revision, 3);
    let hist = log(tmp.path()).unwrap();
    assert_eq!(hist.len(), 1);
    let sup: Vec<_> = hist[0].revisions.iter().map(|r| r.superseded_by).collect();
    assert_eq!(sup, [Some(2), Some(3), None]);
    let view = crate::messages::archive::LogView { zone: jiff::tz::TimeZone::UTC, full: false };
    let en = crate::messages::archive::log(&hist, &view, crate::messages::Lang::En);
    assert!(en.contains("r1 2") && en.contains("superseded by r2"), "{en}");
    let id = crate::messages::archive::log(&hist, &view, crate::messages::Lang::Id);
    assert!(
        id.contains("r1 2") && id.contains("digantikan oleh r2") && id.contains("  r3 ") && id.contains("berlaku"),
        "{id}"
    );
    assert_clean(tmp.path());
}

/// The sentence a person reads (without analysis of an appended part).
fn said(id: &Identification) -> String {
    crate::messages::verify::sentence(id, None, crate::messages::Lang::En)
}

#[test]
fn an_archived_original_with_bytes_appended_is_recognised_as_such() {
    let tmp = tempfile::tempdir().unwrap();
    let r = req("a: 1\n", None);
    let pdf = fs::read(rel(tmp.path(), &r).unwrap().pdf_path).unwrap();
    let mut signed = pdf.clone();
    // An incremental update as a signer appends it: new objects, xref, trailer, a second %%EOF.
    signed.extend_from_slice(b"9 0 obj\n<< /Type /Sig /ByteRange [0 40 100 20] /Contents <00> >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Prev 9 >>\nstartxref\n40\n%%EOF\n");
    let found = identify_reader(tmp.path(), signed.as_slice(), signed.len() as u64).unwrap();
    match &found.id {
        id @ Identification::Appended { entry, appended, .. } => {
            assert_eq!(entry.revision, 1);
            assert_eq!(*appended, (signed.len() - pdf.len()) as u64);
            assert_eq!(id.to_json()["kind"], "appended");
            assert!(
                said(id).contains(&format!("its first {} bytes are exactly revision 1", pdf.len())),
                "{}",
                said(id)
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(found.bytes, signed, "the whole file is handed on to be analysed");
    // Tampering inside the original part is not an archived revision at all.
    let mut forged = signed.clone();
    forged[3] ^= 1;
    assert!(!identify(tmp.path(), &forged).unwrap().is_known());
}

#[test]
fn identify_reads_no_more_than_it_needs() {
    let tmp = tempfile::tempdir().unwrap();
    let r = req("a: 1\n", None);
    let pdf = fs::read(rel(tmp.path(), &r).unwrap().pdf_path).unwrap();
    /// A source of endless bytes that counts what was read.
    struct Endless<'a>(&'a [u8], u64);
    impl std::io::Read for Endless<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(1 << 16);
            for (i, b) in buf[..n].iter_mut().enumerate() {
                *b = self.0.get(self.1 as usize + i).copied().unwrap_or(0);
            }
            self.1 += n as u64;
            Ok(n)
        }
    }
    // a "file" of 1 TB that starts with the archived PDF: too large to analyse, read no further
    let mut src = Endless(&pdf, 0);
    let found = identify_reader(tmp.path(), &mut src, 1 << 40).unwrap();
    assert!(matches!(found.id, Identification::Appended { appended, .. } if appended == (1 << 40) - pdf.len() as u64));
    assert!(found.bytes.is_empty());
    assert!(src.1 < pdf.len() as u64 + (1 << 17), "read {} bytes", src.1);
    // 1 TB of something else: unknown, after reading no more than the longest archived PDF
    let mut src = Endless(b"", 0);
    let found = identify_reader(tmp.path(), &mut src, 1 << 40).unwrap();
    assert!(matches!(found.id, Identification::Unknown { sha256: None, .. }));
    assert!(src.1 < pdf.len() as u64 + (1 << 17), "read {} bytes", src.1);
}

#[test]
fn bad_requests_are_refused_before_rendering() {
    let tmp = tempfile::tempdir().unwrap();
    let called = Cell::new(false);
    let mut cases = Vec::new();
    for name in ["../x.jpg", "/abs.jpg", "a//b.jpg", "50%.jpg", "a\nb.jpg", "lkjip.yaml"] {
        let mut r = req("a: 1\n", None);
        r.sources.push(Source::held(name, vec![1]));
        cases.push(r);
    }
    let mut r = req("a: 1\n", None);
    r.sources.push(Source::held("foto", vec![1]));
    cases.push(r);
    let mut r = req("a: 1\n", None);
    r.bag_info.push(("Payload-Oxum".into(), "1.1".into()));
    cases.push(r);
    let mut r = req("a: 1\n", Some("line one\nline two"));
    r.sources.truncate(1);
    cases.push(r);
    for r in &cases {
        assert!(
            release(tmp.path(), r, |_| {
                called.set(true);
                Ok(vec![])
            })
            .is_err()
        );
    }
    assert!(!called.get());
    assert_eq!(assert_clean(tmp.path()).revisions, 0);
}

#[test]
fn load_revision_returns_the_archived_sources() {
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    rel(tmp.path(), &req("a: 2\n", Some("fix"))).unwrap();
    let r1 = load_revision(tmp.path(), "1").unwrap();
    assert_eq!(r1.yaml(), b"a: 1\n");
    assert_eq!(r1.sources.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["lkjip.yaml", "foto/pasar.jpg"]);
    assert_eq!(load_revision(tmp.path(), &format!("{SLUG}@2")).unwrap().yaml(), b"a: 2\n");
    assert!(load_revision(tmp.path(), "3").is_err());
    let mut other = req("b: 1\n", None);
    other.report.tahun = 2022;
    rel(tmp.path(), &other).unwrap();
    let err = load_revision(tmp.path(), "1").unwrap_err();
    assert!(format!("{err:#}").contains("several reports"), "{err:#}");

    let gen_ = Generator { lkjip: "0.1.0".into(), typst: "0.15.1".into() };
    let same = compare_reproduction(&r1, &fake_pdf(1, &req("a: 1\n", None)), &gen_).unwrap();
    assert!(same.identical, "{same:?}");
    let newer = Generator { lkjip: "0.1.0".into(), typst: "0.16.0".into() };
    let diff = compare_reproduction(&r1, b"%PDF-1.7\n% other", &newer).unwrap();
    assert!(!diff.identical);
    assert_eq!(diff.first_difference, Some(11));
    let en = crate::messages::archive::reproduction(&diff, crate::messages::Lang::En);
    assert!(en.contains("Typst 0.15.1") && en.contains("Typst 0.16.0") && en.contains("at byte 11"), "{en}");
    let id = crate::messages::archive::reproduction(&diff, crate::messages::Lang::Id);
    assert!(id.contains("Typst 0.15.1") && id.contains("Typst 0.16.0") && id.contains("pada bait 11"), "{id}");
}

/// A request whose photo lives in `photo` and is read again when the bag is written.
fn req_reading(yaml: &str, note: Option<&str>, photo: &Path) -> ReleaseRequest {
    let mut r = req(yaml, note);
    let now = fs::read(photo).unwrap();
    let path = photo.to_path_buf();
    r.sources[1] = Source::reread(
        "foto/pasar.jpg",
        Sha256::of(&now),
        now.len() as u64,
        std::sync::Arc::new(move || Ok(fs::read(&path)?)),
    );
    r
}

#[test]
fn a_photo_read_again_goes_into_the_bag_and_one_changed_during_the_render_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let (arch, photo) = (tmp.path().join("arsip"), tmp.path().join("pasar.jpg"));
    fs::write(&photo, [0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).unwrap();
    // Read again, the photo archives exactly as a held one does: same bag, same ledger digest.
    let r = req_reading("a: 1\n", None, &photo);
    let released = rel(&arch, &r).unwrap();
    assert_eq!(released.revision, 1);
    let held = tmp.path().join("held");
    rel(&held, &req("a: 1\n", None)).unwrap();
    let bag = format!("{SLUG}/r1");
    for f in ["manifest-sha256.txt", "tagmanifest-sha256.txt", "data/source/foto/pasar.jpg"] {
        assert_eq!(fs::read(arch.join(&bag).join(f)).unwrap(), fs::read(held.join(&bag).join(f)).unwrap(), "{f}");
    }
    assert_clean(&arch);
    let ledger = fs::read(arch.join(LEDGER_FILE)).unwrap();

    // The photo is replaced while the final PDF renders: the release must not archive the new
    // bytes under the digest of the old ones (nor the old digest under new bytes).
    let r = req_reading("a: 2\n", Some("koreksi"), &photo);
    let err = release(&arch, &r, |n| {
        fs::write(&photo, [0xff, 0xd8, 0xff, 0xe0, 9, 9, 9]).unwrap();
        Ok(fake_pdf(n, &r))
    })
    .unwrap_err();
    let changed =
        err.chain().find_map(|e| e.downcast_ref::<Failure>().filter(|f| matches!(f, Failure::SourceChanged { .. })));
    match changed {
        Some(Failure::SourceChanged { name, expected, found }) => {
            assert_eq!(name, "foto/pasar.jpg");
            assert_eq!(*expected, Sha256::of(&[0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
            assert_eq!(*found, Sha256::of(&[0xff, 0xd8, 0xff, 0xe0, 9, 9, 9]));
        }
        _ => panic!("expected SourceChanged in the chain: {err:#}"),
    }
    assert!(format!("{err:#}").contains("the archive is unchanged"), "{err:#}");
    assert_eq!(fs::read(arch.join(LEDGER_FILE)).unwrap(), ledger, "nothing was recorded");
    assert!(!arch.join(SLUG).join("r2").exists(), "no bag was left in place");
    assert_clean(&arch);
}

#[test]
fn a_missing_archive_is_an_error_not_an_unknown_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("arsip-typo");
    let err = identify(&missing, b"%PDF").unwrap_err();
    assert!(format!("{err:#}").contains("no archive at"), "{err:#}");
    assert!(log(&missing).is_err() && audit(&missing).is_err());
}
