//! Tests of the archive layer: release, identify, audit, log, load, faults and concurrency.

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
            SourceFile { name: "lkjip.yaml".into(), bytes: yaml.as_bytes().to_vec() },
            SourceFile { name: "foto/pasar.jpg".into(), bytes: vec![0xff, 0xd8, 0xff, 0xe0, 1, 2, 3] },
        ],
        note: note.map(str::to_string),
        generator: Generator { lkjip: "0.1.0".into(), typst: "0.15.1".into() },
        bagging_date: "2022-02-28".into(),
        bag_info: vec![("Contact-Name".into(), "Kepala Dinas".into())],
    }
}

/// A stand-in for the renderer: deterministic bytes that print the revision, ending in "%%EOF\n".
fn fake_pdf(rev: u32, r: &ReleaseRequest) -> Vec<u8> {
    format!("%PDF-1.7\n% revision {rev}\n% {}\n%%EOF\n", Sha256::of(&r.sources[0].bytes)).into_bytes()
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

fn assert_clean(dir: &Path) -> Audit {
    let a = audit(dir).unwrap();
    assert!(a.is_clean(), "audit problems: {:#?}", a.problems);
    a
}

fn flip(path: &Path, at: usize) {
    let mut b = fs::read(path).unwrap();
    b[at] ^= 0x01;
    fs::write(path, b).unwrap();
}

#[test]
fn slug_is_ascii_lowercase_and_safe() {
    assert_eq!(report().slug(), SLUG);
    let odd = ReportId { instansi: "  Dinas  Pendidikan & Kebudayaan/é ".into(), pemerintah: "Kab. Batang".into(), jenis: "LKjIP".into(), tahun: 2023 };
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
            assert!(id.sentence().contains("revision 1 of LKjIP 2021"), "{}", id.sentence());
            assert!(id.sentence().contains("current revision"));
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
    assert_eq!((again.revision, again.sha256, again.len, &again.pdf_path), (1, first.sha256, first.len, &first.pdf_path));
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
    assert!(id.sentence().contains("superseded by revision 2"), "{}", id.sentence());
    assert!(id.sentence().contains("target 2021 dikoreksi"));
    // Going back to the first sources is a correction too, not "unchanged".
    let out3 = rel(tmp.path(), &req("a: 1\n", Some("kembali ke versi 1"))).unwrap();
    assert_eq!(out3.revision, 3);
    let hist = log(tmp.path()).unwrap();
    assert_eq!(hist.len(), 1);
    let sup: Vec<_> = hist[0].revisions.iter().map(|r| r.superseded_by).collect();
    assert_eq!(sup, [Some(2), Some(3), None]);
    assert!(format_log(&hist).contains("r1 2") && format_log(&hist).contains("superseded by r2"));
    assert_clean(tmp.path());
}

#[test]
fn signed_copy_is_recognised() {
    let tmp = tempfile::tempdir().unwrap();
    let r = req("a: 1\n", None);
    let pdf = fs::read(rel(tmp.path(), &r).unwrap().pdf_path).unwrap();
    let mut signed = pdf.clone();
    // An incremental update as a signer appends it: new objects, xref, trailer, a second %%EOF.
    signed.extend_from_slice(b"9 0 obj\n<< /Type /Sig /ByteRange [0 40 100 20] /Contents <00> >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Prev 9 >>\nstartxref\n40\n%%EOF\n");
    match identify(tmp.path(), &signed).unwrap() {
        ref id @ Identification::SignedCopy { ref entry, appended, byte_range, .. } => {
            assert_eq!(entry.revision, 1);
            assert_eq!(byte_range, Some([0, 40, 100, 20]));
            assert!(id.sentence().contains("does not cover the whole original"), "{}", id.sentence());
            assert_eq!(id.to_json()["byte_range_covers_original"], false);
            assert_eq!(appended, (signed.len() - pdf.len()) as u64);
            assert!(id.sentence().contains("signed copy of revision 1"), "{}", id.sentence());
        }
        other => panic!("{other:?}"),
    }
    // A signature whose /ByteRange gap starts after the original covers it.
    let l = pdf.len();
    let mut covering = pdf.clone();
    covering.extend_from_slice(format!("9 0 obj\n<< /Type /Sig /ByteRange [0 {} {} 10]\n/Contents <00> >>\nendobj\n%%EOF\n", l + 30, l + 40).as_bytes());
    let id = identify(tmp.path(), &covering).unwrap();
    assert!(matches!(id, Identification::SignedCopy { byte_range: Some([0, b, _, 10]), .. } if b == l as u64 + 30), "{id:?}");
    assert!(!id.sentence().contains("does not cover"));
    // Tampering inside the original part is no longer a signed copy.
    let mut forged = signed.clone();
    forged[3] ^= 1;
    assert!(!identify(tmp.path(), &forged).unwrap().is_known());
}

#[test]
fn audit_names_a_flipped_byte_in_the_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let out = rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    flip(&out.pdf_path, 10);
    let a = audit(tmp.path()).unwrap();
    assert!(a.problems.iter().any(|p| p.contains(&format!("{SLUG}-r1.pdf"))), "{:#?}", a.problems);
    assert!(!identify(tmp.path(), &fs::read(&out.pdf_path).unwrap()).unwrap().is_known());
}

#[test]
fn audit_names_a_flipped_byte_in_bag_info() {
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    let info = tmp.path().join(SLUG).join("r1/bag-info.txt");
    let text = fs::read_to_string(&info).unwrap();
    flip(&info, text.find("Kota").unwrap());
    let a = audit(tmp.path()).unwrap();
    assert!(a.problems.iter().any(|p| p.contains("r1/bag-info.txt")), "{:#?}", a.problems);
}

#[test]
fn audit_names_a_consistently_rehashed_bag() {
    // Even with every manifest recomputed, the ledger's tag-manifest hash catches the edit.
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    let bag_dir = tmp.path().join(SLUG).join("r1");
    let yaml = bag_dir.join("data/source/lkjip.yaml");
    fs::write(&yaml, b"a: 9\n").unwrap();
    let manifest = fs::read_to_string(bag_dir.join("manifest-sha256.txt")).unwrap();
    let manifest = manifest.replace(&Sha256::of(b"a: 1\n").to_string(), &Sha256::of(b"a: 9\n").to_string());
    fs::write(bag_dir.join("manifest-sha256.txt"), &manifest).unwrap();
    let tags: String = ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"]
        .iter()
        .map(|n| format!("{}  {n}\n", Sha256::of(&fs::read(bag_dir.join(n)).unwrap())))
        .collect();
    fs::write(bag_dir.join("tagmanifest-sha256.txt"), tags).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(a.problems.iter().any(|p| p.contains("tagmanifest-sha256.txt")), "{:#?}", a.problems);
    assert!(a.problems.iter().any(|p| p.contains("data/source")), "{:#?}", a.problems);
}

#[test]
fn audit_names_edited_ledger_lines() {
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    rel(tmp.path(), &req("a: 2\n", Some("fix"))).unwrap();
    let path = tmp.path().join(LEDGER_FILE);
    let good = fs::read_to_string(&path).unwrap();

    // One flipped byte in the first line: the chain breaks at line 2.
    let at = good.find("Pekalongan").unwrap();
    flip(&path, at);
    let a = audit(tmp.path()).unwrap();
    assert!(a.problems.iter().any(|p| p.contains("line 2") && p.contains("chain")), "{:#?}", a.problems);
    assert!(identify(tmp.path(), b"x").is_err(), "a damaged ledger is refused, not trusted");

    // An edit of the newest line, which no later line protects: caught against its bag.
    fs::write(&path, good.replacen("\"note\":\"fix\"", "\"note\":\"fiX\"", 1)).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(a.problems.iter().any(|p| p.contains("LKjIP-Note") && p.contains("line 2")), "{:#?}", a.problems);
    let mut pdf_len_edit = good.clone();
    let i = pdf_len_edit.rfind("\"pdf_length\":").unwrap() + 13;
    let digit = if &pdf_len_edit[i..i + 1] == "1" { "2" } else { "1" };
    pdf_len_edit.replace_range(i..i + 1, digit);
    fs::write(&path, pdf_len_edit).unwrap();
    assert!(!audit(tmp.path()).unwrap().is_clean());

    // A torn last line (no final newline) is named.
    fs::write(&path, &good[..good.len() - 5]).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(a.problems.iter().any(|p| p.contains("ledger.jsonl") && p.contains("newline")), "{:#?}", a.problems);
    assert!(rel(tmp.path(), &req("a: 3\n", Some("x"))).is_err(), "release refuses a damaged ledger");

    fs::write(&path, &good).unwrap();
    assert_clean(tmp.path());
}

#[test]
fn audit_names_missing_and_unrecorded_bags() {
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    rel(tmp.path(), &req("a: 2\n", Some("fix"))).unwrap();
    let slug_dir = tmp.path().join(SLUG);
    // A stray bag at a revision no crash can leave (not the next one) is a problem.
    fs::create_dir(slug_dir.join("r7")).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(a.problems.iter().any(|p| p.contains("r7") && p.contains("does not record")), "{:#?}", a.problems);
    fs::remove_dir(slug_dir.join("r7")).unwrap();
    // A missing bag for a ledger entry is a problem.
    fs::rename(slug_dir.join("r2"), tmp.path().join("elsewhere")).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(a.problems.iter().any(|p| p.contains("r2") && p.contains("missing")), "{:#?}", a.problems);
    assert!(a.problems.iter().any(|p| p.contains("elsewhere") && p.contains("unexpected")), "{:#?}", a.problems);
}

#[test]
fn a_fault_after_any_step_leaves_an_archive_that_audits_clean() {
    for step in Step::ALL {
        for fault in [Fault::Error, Fault::Crash] {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path();
            rel(dir, &req("a: 1\n", None)).unwrap();
            let r2 = req("a: 2\n", Some("fix"));
            let res = release_in(dir, &r2, |n| Ok(fake_pdf(n, &r2)), &TestWorld { fault: Some((step, fault)) });
            assert!(res.is_err(), "{step:?}/{fault:?} must fail");
            let a = assert_clean(dir);
            let committed = step == Step::LedgerRenamed;
            // After a crash with the complete bag in place, the next release records it.
            let bag_placed = fault == Fault::Crash && [Step::BagRenamed, Step::BagParentSynced, Step::LedgerTempWritten].contains(&step);
            assert_eq!(a.revisions, if committed { 2 } else { 1 }, "{step:?}/{fault:?}");
            if fault == Fault::Error && !committed {
                assert!(a.notices.is_empty(), "{step:?}: an error cleans up: {:?}", a.notices);
                assert!(format!("{:#}", res.unwrap_err()).contains("unchanged"));
            }
            // The next release completes the job (or finds it done) and leaves nothing behind.
            let again = rel(dir, &r2).unwrap();
            assert_eq!((again.revision, again.created), (2, !committed && !bag_placed), "{step:?}/{fault:?}");
            let a = assert_clean(dir);
            assert!(a.notices.is_empty(), "{step:?}/{fault:?}: {:?}", a.notices);
            assert!(identify(dir, &fake_pdf(2, &r2)).unwrap().is_known());
        }
    }
}

#[test]
fn render_failure_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let err = release(tmp.path(), &req("a: 1\n", None), |_| anyhow::bail!("typst said no")).unwrap_err();
    assert!(format!("{err:#}").contains("typst said no"));
    let a = assert_clean(tmp.path());
    assert_eq!(a.revisions, 0);
}

#[test]
fn concurrent_releases_get_distinct_revisions() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let revs: Vec<u32> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..4)
            .map(|i| s.spawn(move || rel(dir, &req(&format!("a: {i}\n"), Some("bersamaan"))).unwrap().revision))
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut sorted = revs.clone();
    sorted.sort();
    assert_eq!(sorted, [1, 2, 3, 4], "{revs:?}");
    assert_eq!(assert_clean(dir).revisions, 4);
}

#[test]
fn bad_requests_are_refused_before_rendering() {
    let tmp = tempfile::tempdir().unwrap();
    let called = Cell::new(false);
    let mut cases = Vec::new();
    for name in ["../x.jpg", "/abs.jpg", "a//b.jpg", "50%.jpg", "a\nb.jpg", "lkjip.yaml"] {
        let mut r = req("a: 1\n", None);
        r.sources.push(SourceFile { name: name.into(), bytes: vec![1] });
        cases.push(r);
    }
    let mut r = req("a: 1\n", None);
    r.sources.push(SourceFile { name: "foto".into(), bytes: vec![1] });
    cases.push(r);
    let mut r = req("a: 1\n", None);
    r.bag_info.push(("Payload-Oxum".into(), "1.1".into()));
    cases.push(r);
    let mut r = req("a: 1\n", None);
    r.bagging_date = "28/02/2022".into();
    cases.push(r);
    let mut r = req("a: 1\n", Some("line one\nline two"));
    r.sources.truncate(1);
    cases.push(r);
    for r in &cases {
        assert!(release(tmp.path(), r, |_| {
            called.set(true);
            Ok(vec![])
        })
        .is_err());
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
    assert!(same.identical, "{}", same.explanation);
    let newer = Generator { lkjip: "0.1.0".into(), typst: "0.16.0".into() };
    let diff = compare_reproduction(&r1, b"%PDF-1.7\n% other", &newer).unwrap();
    assert!(!diff.identical);
    assert_eq!(diff.first_difference, Some(11));
    assert!(diff.explanation.contains("Typst 0.15.1") && diff.explanation.contains("Typst 0.16.0"), "{}", diff.explanation);
}

/// The Library of Congress validator must accept every bag. Needs `bagit.py` (pip install
/// bagit==1.9.0); set LKJIP_NO_BAGIT_PY=1 to skip it, loudly.
#[test]
fn bags_validate_with_bagit_py() {
    if std::env::var_os("LKJIP_NO_BAGIT_PY").is_some() {
        eprintln!("SKIPPED: bags_validate_with_bagit_py (LKJIP_NO_BAGIT_PY is set); bags were NOT checked by bagit.py");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    let bag_dir = tmp.path().join(SLUG).join("r1");
    let run = |dir: &Path| std::process::Command::new("bagit.py").arg("--validate").arg(dir).output();
    let out = run(&bag_dir).unwrap_or_else(|e| panic!("bagit.py is not installed ({e}): pip install bagit==1.9.0, or set LKJIP_NO_BAGIT_PY=1 to skip"));
    assert!(out.status.success(), "bagit.py rejects the bag: {}", String::from_utf8_lossy(&out.stderr));
    flip(&bag_dir.join("data/source/lkjip.yaml"), 0);
    assert!(!run(&bag_dir).unwrap().status.success(), "bagit.py must notice a flipped byte");
}

#[test]
fn an_unrecorded_complete_bag_is_recorded_by_the_next_release_exactly() {
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    rel(tmp.path(), &req("a: 2\n", Some("fix"))).unwrap();
    let path = tmp.path().join(LEDGER_FILE);
    let full = fs::read_to_string(&path).unwrap();
    // As if the release of r2 had died just before its ledger line.
    let one_line = &full[..full.find('\n').unwrap() + 1];
    fs::write(&path, one_line).unwrap();
    let a = assert_clean(tmp.path());
    assert!(a.notices.iter().any(|n| n.contains("r2") && n.contains("next release records it")), "{:?}", a.notices);
    assert!(!identify(tmp.path(), &fake_pdf(2, &req("a: 2\n", None))).unwrap().is_known(), "not archived until recorded");
    // Any release records it first: the rebuilt line is byte-identical to the lost one.
    let mut other = req("b: 1\n", None);
    other.report.tahun = 2022;
    rel(tmp.path(), &other).unwrap();
    assert!(fs::read_to_string(&path).unwrap().starts_with(&full));
    assert!(assert_clean(tmp.path()).notices.is_empty());
}

#[test]
fn an_unrecorded_damaged_bag_is_a_problem_and_never_deleted() {
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    let out = rel(tmp.path(), &req("a: 2\n", Some("fix"))).unwrap();
    let path = tmp.path().join(LEDGER_FILE);
    let full = fs::read_to_string(&path).unwrap();
    fs::write(&path, &full[..full.find('\n').unwrap() + 1]).unwrap();
    flip(&out.pdf_path, 5);
    let a = audit(tmp.path()).unwrap();
    assert!(a.problems.iter().any(|p| p.contains("r2") && p.contains("not a complete one")), "{:#?}", a.problems);
    let err = rel(tmp.path(), &req("a: 3\n", Some("x"))).unwrap_err();
    assert!(format!("{err:#}").contains("/r2 is a bag the ledger does not record"), "{err:#}");
    assert!(out.pdf_path.exists());
}

/// The recipes in docs/archive.md, run as written (only the paths substituted): someone
/// without lkjip can check the source digest and the chain. Needs sh, GNU find and python3.
#[test]
fn docs_recipes_verify_without_lkjip() {
    let doc = include_str!("../../docs/archive.md");
    let block = |start: &str| {
        let i = doc.find(start).unwrap_or_else(|| panic!("docs/archive.md lost the block starting {start:?}"));
        let body = &doc[i + start.len()..];
        body[..body.find("```").unwrap()].to_string()
    };
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    rel(tmp.path(), &req("a: 2\n", Some("fix"))).unwrap();
    let led = super::ledger::read_clean(tmp.path()).unwrap();
    let e = &led.entries[1].1;
    let arsip = tmp.path().to_str().unwrap();
    let run = |prog: &str, script: &str| {
        let out = std::process::Command::new(prog).arg("-c").arg(script).output().unwrap_or_else(|err| panic!("{prog} is needed for this test: {err}"));
        (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr))
    };

    let sh = block("```sh\ncd arsip/").replacen("<report>/r<N>", &format!("{arsip}/{}", e.bag), 1);
    let (ok, out) = run("sh", &format!("cd {sh}"));
    assert!(ok && out.starts_with(&e.source_sha256.to_string()), "{out}");

    let py = block("```python\n").replace("arsip/ledger.jsonl", &format!("{arsip}/{LEDGER_FILE}"));
    let (ok, out) = run("python3", &py);
    assert!(ok, "{out}");
    let at = fs::read_to_string(tmp.path().join(LEDGER_FILE)).unwrap().find("Pekalongan").unwrap();
    flip(&tmp.path().join(LEDGER_FILE), at);
    let (ok, out) = run("python3", &py);
    assert!(!ok && out.contains("chain broken at line 2"), "{out}");
}

/// Two (and more) `release` processes on one archive: each child is this test binary running
/// [`release_child`]; all succeed with distinct revisions.
#[test]
fn concurrent_release_processes_get_distinct_revisions() {
    let tmp = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..3)
        .map(|i| {
            std::process::Command::new(&exe)
                .args(["--exact", "archive::tests::release_child", "--ignored", "--nocapture", "--test-threads=1"])
                .env("LKJIP_TEST_CHILD_ARCHIVE", tmp.path())
                .env("LKJIP_TEST_CHILD_N", i.to_string())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut revs: Vec<u32> = children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().unwrap();
            let text = String::from_utf8_lossy(&out.stdout).into_owned();
            assert!(out.status.success(), "{text}");
            let line = text.lines().find_map(|l| l.split_once("CHILD-REVISION ").map(|(_, r)| r)).unwrap_or_else(|| panic!("child did not release: {text}"));
            line.trim().parse().unwrap()
        })
        .collect();
    revs.sort();
    assert_eq!(revs, [1, 2, 3]);
    assert_eq!(assert_clean(tmp.path()).revisions, 3);
}

/// Helper process for the test above; does nothing when run on its own.
#[test]
#[ignore = "run as a child process by concurrent_release_processes_get_distinct_revisions"]
fn release_child() {
    let (Some(dir), Some(n)) = (std::env::var_os("LKJIP_TEST_CHILD_ARCHIVE"), std::env::var("LKJIP_TEST_CHILD_N").ok()) else {
        return;
    };
    let out = rel(Path::new(&dir), &req(&format!("child: {n}\n"), Some("dari proses lain"))).unwrap();
    println!("CHILD-REVISION {}", out.revision);
}
