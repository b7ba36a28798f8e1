//! Robustness tests: a fault after every write step, unrecorded bags, concurrent releases.

use std::fs;
use std::path::Path;

use super::*;

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
            let committed = [Step::LedgerRenamed, Step::MarkerWritten, Step::HeadRecorded].contains(&step);
            // After a crash with the complete bag in place, the next release records it.
            let bag_placed = fault == Fault::Crash
                && [Step::BagRenamed, Step::BagParentSynced, Step::LedgerTempWritten].contains(&step);
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
fn a_first_release_that_archives_nothing_leaves_no_archive_behind() {
    let tmp = tempfile::tempdir().unwrap();
    // a folder it created is removed again; an empty one given stays empty of an anchor
    let (missing, empty) = (tmp.path().join("baru"), tmp.path().join("kosong"));
    fs::create_dir(&empty).unwrap();
    for dir in [&missing, &empty] {
        let err = release(dir, &req("a: 1\n", None), |_| anyhow::bail!("not confirmed")).unwrap_err();
        assert!(format!("{err:#}").contains("not confirmed"));
        assert!(!dir.join("lkjip-archive.txt").exists(), "{}: an anchor was left", dir.display());
    }
    assert!(!missing.exists(), "the folder the release created is left behind");
    assert_eq!(assert_clean(&empty).revisions, 0);
    // a first release that fails after its render, at any step before its ledger line
    for step in Step::ALL {
        let dir = tmp.path().join(format!("{step:?}"));
        let r = req("a: 1\n", None);
        let res = release_in(&dir, &r, |n| Ok(fake_pdf(n, &r)), &TestWorld { fault: Some((step, Fault::Error)) });
        assert!(res.is_err(), "{step:?} must fail");
        if dir.join(LEDGER_FILE).exists() {
            assert_eq!(assert_clean(&dir).revisions, 1, "{step:?}");
        } else {
            assert!(!dir.exists(), "{step:?}: the failed first release left its folder behind");
        }
    }
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
fn an_unrecorded_complete_bag_is_recorded_by_the_next_release_exactly() {
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    rel(tmp.path(), &req("a: 2\n", Some("fix"))).unwrap();
    let path = tmp.path().join(LEDGER_FILE);
    let full = fs::read_to_string(&path).unwrap();
    // As if the release of r2 had died just before its ledger line.
    uncommit_last(tmp.path());
    let a = assert_clean(tmp.path());
    assert!(
        noticed(&a.notices).iter().any(|n| n.contains("r2") && n.contains("next release records it")),
        "{:?}",
        a.notices
    );
    assert!(
        !identify(tmp.path(), &fake_pdf(2, &req("a: 2\n", None))).unwrap().is_known(),
        "not archived until recorded"
    );
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
    uncommit_last(tmp.path());
    flip(&out.pdf_path, 5);
    let a = audit(tmp.path()).unwrap();
    assert!(
        worded(&a.problems).iter().any(|p| p.contains("r2") && p.contains("not a complete one")),
        "{:#?}",
        a.problems
    );
    let err = rel(tmp.path(), &req("a: 3\n", Some("x"))).unwrap_err();
    assert!(format!("{err:#}").contains("fails its audit") && format!("{err:#}").contains("r2"), "{err:#}");
    assert!(out.pdf_path.exists());
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
                .args([
                    "--exact",
                    "archive::tests::robust::release_child",
                    "--ignored",
                    "--nocapture",
                    "--test-threads=1",
                ])
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
            let line = text
                .lines()
                .find_map(|l| l.split_once("CHILD-REVISION ").map(|(_, r)| r))
                .unwrap_or_else(|| panic!("child did not release: {text}"));
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
    let (Some(dir), Some(n)) = (std::env::var_os("LKJIP_TEST_CHILD_ARCHIVE"), std::env::var("LKJIP_TEST_CHILD_N").ok())
    else {
        return;
    };
    let out = rel(Path::new(&dir), &req(&format!("child: {n}\n"), Some("dari proses lain"))).unwrap();
    println!("CHILD-REVISION {}", out.revision);
}
