//! Shortening and misuse: a removed last ledger line (with or without its bag) is named, an
//! outside head proves what the ledger held, a folder that is not an archive is never touched,
//! and a newer lkjip's archive is named as such.

use std::fs;

use super::*;

/// Two revisions; returns the full ledger text and the head after each release.
fn two(dir: &Path) -> (String, Sha256, Sha256) {
    let h1 = rel(dir, &req("a: 1\n", None)).unwrap().head;
    let h2 = rel(dir, &req("a: 2\n", Some("fix"))).unwrap().head;
    (fs::read_to_string(dir.join(LEDGER_FILE)).unwrap(), h1, h2)
}

fn first_line(full: &str) -> &str {
    &full[..full.find('\n').unwrap() + 1]
}

#[test]
fn the_head_is_the_hash_of_the_last_ledger_line() {
    let tmp = tempfile::tempdir().unwrap();
    let (full, h1, h2) = two(tmp.path());
    let lines: Vec<&str> = full.lines().collect();
    assert_eq!((h1, h2), (Sha256::of(lines[0].as_bytes()), Sha256::of(lines[1].as_bytes())));
    assert_eq!(assert_clean(tmp.path()).head, h2);
    assert_eq!(head_line(tmp.path(), h1).unwrap(), Some(1));
    assert_eq!(head_line(tmp.path(), h2).unwrap(), Some(2));
    assert_eq!(head_line(tmp.path(), Sha256::of(b"other")).unwrap(), None);
    // An unchanged re-release reports the same head.
    assert_eq!(rel(tmp.path(), &req("a: 2\n", Some("fix"))).unwrap().head, h2);
}

#[test]
fn removing_the_last_ledger_line_is_detected() {
    let tmp = tempfile::tempdir().unwrap();
    let (full, _, h2) = two(tmp.path());
    fs::write(tmp.path().join(LEDGER_FILE), first_line(&full)).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(
        worded(&a.problems).iter().any(|p| p.contains(&format!("{SLUG}/r2: its ledger line was removed"))),
        "{:#?}",
        a.problems
    );
    assert!(worded(&a.problems).iter().any(|p| p.contains("shortened")), "{:#?}", a.problems);
    assert_eq!(head_line(tmp.path(), h2).unwrap(), None);
    // verify no longer calls revision 1 current: it refuses the shortened ledger.
    let pdf1 = fake_pdf(1, &req("a: 1\n", None));
    let err = identify(tmp.path(), &pdf1).unwrap_err();
    assert!(format!("{err:#}").contains("shortened"), "{err:#}");
    // A release does not "recover" the bag as if a crash had left it.
    let err = rel(tmp.path(), &req("a: 3\n", Some("x"))).unwrap_err();
    assert!(format!("{err:#}").contains("shortened"), "{err:#}");
    assert_eq!(fs::read_to_string(tmp.path().join(LEDGER_FILE)).unwrap(), first_line(&full));
    // Even with lkjip-archive.txt rewound by hand, the bag's marker still tells.
    let anchor = format!(
        "LKjIP-Archive-Format: 1\nLedger-Lines: 1\nLedger-Head: {}\n",
        Sha256::of(full.lines().next().unwrap().as_bytes())
    );
    fs::write(tmp.path().join("lkjip-archive.txt"), anchor).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(worded(&a.problems).iter().any(|p| p.contains("its ledger line was removed")), "{:#?}", a.problems);
    assert!(identify(tmp.path(), &pdf1).is_err());
}

#[test]
fn removing_the_last_line_and_its_bag_is_detected() {
    let tmp = tempfile::tempdir().unwrap();
    let (full, h1, h2) = two(tmp.path());
    fs::write(tmp.path().join(LEDGER_FILE), first_line(&full)).unwrap();
    fs::remove_dir_all(tmp.path().join(SLUG).join("r2")).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(
        worded(&a.problems).iter().any(|p| p.contains("shortened") && p.contains("records 2 lines")),
        "{:#?}",
        a.problems
    );
    assert!(identify(tmp.path(), &fake_pdf(1, &req("a: 1\n", None))).is_err());
    assert!(rel(tmp.path(), &req("a: 3\n", Some("x"))).is_err());
    // The head kept outside: h1 is still there, h2 is not.
    assert_eq!(head_line(tmp.path(), h1).unwrap(), Some(1));
    assert_eq!(head_line(tmp.path(), h2).unwrap(), None);
}

#[test]
fn a_deleted_bag_is_named_missing_by_verify() {
    let tmp = tempfile::tempdir().unwrap();
    two(tmp.path());
    fs::remove_dir_all(tmp.path().join(SLUG).join("r1")).unwrap();
    let err = identify(tmp.path(), &fake_pdf(1, &req("a: 1\n", None))).unwrap_err();
    assert!(format!("{err:#}").contains(&format!("the bag of {SLUG}@1 ({SLUG}/r1) is missing")), "{err:#}");
    let a = audit(tmp.path()).unwrap();
    assert!(worded(&a.problems).iter().any(|p| p.contains("r1") && p.contains("missing")), "{:#?}", a.problems);
}

#[test]
fn a_rewritten_last_line_disagrees_with_its_marker() {
    // Rewriting the newest line and its bag's bag-info consistently still leaves the marker.
    let tmp = tempfile::tempdir().unwrap();
    let (full, _, _) = two(tmp.path());
    let bag = tmp.path().join(SLUG).join("r2");
    let marker = fs::read_to_string(bag.join("lkjip-commit.txt")).unwrap();
    assert!(marker.starts_with("LKjIP-Ledger-Line: 2\nLKjIP-Ledger-Line-SHA256: "), "{marker}");
    fs::write(bag.join("lkjip-commit.txt"), marker.replace("Line: 2", "Line: 3")).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(
        worded(&a.problems).iter().any(|p| p.contains("lkjip-commit.txt") && p.contains("line 3")),
        "{:#?}",
        a.problems
    );
    fs::remove_file(bag.join("lkjip-commit.txt")).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(worded(&a.problems).iter().any(|p| p.contains("lkjip-commit.txt is missing")), "{:#?}", a.problems);
    assert_eq!(fs::read_to_string(tmp.path().join(LEDGER_FILE)).unwrap(), full);
}

#[test]
fn a_folder_that_is_not_an_archive_is_refused_and_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("dokumen");
    fs::create_dir_all(dir.join(".tmp-bag-1-2-3/isi")).unwrap();
    fs::write(dir.join(".tmp-bag-1-2-3/isi/penting.txt"), b"jangan dihapus").unwrap();
    fs::write(dir.join("catatan.txt"), b"x").unwrap();
    let err = rel(&dir, &req("a: 1\n", None)).unwrap_err();
    assert!(format!("{err:#}").contains("is not an lkjip archive"), "{err:#}");
    assert_eq!(fs::read(dir.join(".tmp-bag-1-2-3/isi/penting.txt")).unwrap(), b"jangan dihapus");
    let mut names: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    assert_eq!(names, [".tmp-bag-1-2-3", "catatan.txt"], "nothing added either (not even a lock)");
    // An empty folder, or a missing one, becomes an archive.
    let empty = tmp.path().join("kosong");
    fs::create_dir(&empty).unwrap();
    assert!(rel(&empty, &req("a: 1\n", None)).unwrap().created);
    assert!(rel(&tmp.path().join("baru/arsip"), &req("a: 1\n", None)).unwrap().created);
}

#[test]
fn only_lkjips_own_temp_names_are_removed() {
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    let own = tmp.path().join(".tmp-bag-123-456-7");
    fs::create_dir_all(own.join("data")).unwrap();
    fs::write(tmp.path().join(".tmp-ledger-9-9-9"), b"x").unwrap();
    let foreign = tmp.path().join(".tmp-fotoku");
    fs::write(&foreign, b"bukan milik lkjip").unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(
        worded(&a.problems).iter().any(|p| p.contains(".tmp-fotoku") && p.contains("unexpected")),
        "{:#?}",
        a.problems
    );
    assert_eq!(a.notices.len(), 2, "{:#?}", a.notices);
    assert!(rel(tmp.path(), &req("a: 2\n", Some("fix"))).is_err(), "the audit fails: nothing is released");
    assert_eq!(fs::read(&foreign).unwrap(), b"bukan milik lkjip");
    fs::remove_file(&foreign).unwrap();
    assert_eq!(rel(tmp.path(), &req("a: 2\n", Some("fix"))).unwrap().revision, 2);
    assert!(!own.exists() && !tmp.path().join(".tmp-ledger-9-9-9").exists());
    assert!(assert_clean(tmp.path()).notices.is_empty());
}

#[test]
fn a_newer_lkjips_archive_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    two(tmp.path());
    let path = tmp.path().join("lkjip-archive.txt");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replace("LKjIP-Archive-Format: 1", "LKjIP-Archive-Format: 7")).unwrap();
    let led = tmp.path().join(LEDGER_FILE);
    let mut l = fs::read_to_string(&led).unwrap();
    l.push_str("{\"a_field_from_the_future\":1}\n");
    fs::write(&led, l).unwrap();
    let says = |e: anyhow::Error| {
        let t = format!("{e:#}");
        assert!(t.contains("newer lkjip (archive format 7") && !t.contains("damaged"), "{t}");
    };
    says(audit(tmp.path()).unwrap_err());
    says(identify(tmp.path(), b"%PDF").unwrap_err());
    says(log(tmp.path()).unwrap_err());
    says(rel(tmp.path(), &req("a: 3\n", Some("x"))).unwrap_err());
}

#[test]
fn a_missing_archive_file_is_a_problem() {
    let tmp = tempfile::tempdir().unwrap();
    two(tmp.path());
    fs::remove_file(tmp.path().join("lkjip-archive.txt")).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(worded(&a.problems).iter().any(|p| p.contains("lkjip-archive.txt is missing")), "{:#?}", a.problems);
    assert!(identify(tmp.path(), b"%PDF").is_err());
    assert!(rel(tmp.path(), &req("a: 3\n", Some("x"))).is_err());
}
