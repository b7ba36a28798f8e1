//! `lkjip release A.yaml B.yaml …` (#16 item 3): several reports released into one archive in
//! one run, each the revision a release of it alone would archive, in the order given; a report
//! with errors, or one with warnings nobody agreed to, is not archived and the others are; a
//! first release that archives nothing leaves no archive folder behind.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::prelude::{lkjip_cmd, on_a_terminal, reports};

/// Gives `yaml` one warning: the Perjanjian Kinerja's date missing.
fn add_warning(yaml: &Path) {
    let s = std::fs::read_to_string(yaml).unwrap();
    let dated = "    tanggal: 2024-01-05\n    indikator:";
    assert!(s.contains(dated));
    std::fs::write(yaml, s.replacen(dated, "    indikator:", 1)).unwrap();
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn release(lang: &str, yamls: &[PathBuf], arsip: &Path, more: &[&str]) -> Output {
    lkjip_cmd(lang).arg("release").args(yamls).arg("--archive").arg(arsip).args(more).output().unwrap()
}

/// The ledger's entries, without what differs between two runs made at other times (the
/// release time and so the chain and the bag-info's manifest).
fn entries(arsip: &Path) -> Vec<serde_json::Value> {
    let ledger = std::fs::read_to_string(arsip.join("ledger.jsonl")).unwrap_or_default();
    ledger
        .lines()
        .map(|l| {
            let mut e: serde_json::Value = serde_json::from_str(l).unwrap();
            for timed in ["released", "prev", "tagmanifest_sha256"] {
                e.as_object_mut().unwrap().remove(timed).expect("the ledger keeps it");
            }
            e
        })
        .collect()
}

fn verify(arsip: &Path, pdf: Option<&Path>) -> Output {
    lkjip_cmd("C").arg("verify").args(pdf).arg("--archive").arg(arsip).output().unwrap()
}

#[test]
fn several_reports_released_in_one_run_are_the_revisions_of_single_releases_in_order() {
    let tmp = tempfile::tempdir().unwrap();
    let made = reports(tmp.path(), 3);
    // not the folders' order: the ledger follows the command line
    let yamls = vec![made[2].clone(), made[0].clone(), made[1].clone()];
    let (batch, single) = (tmp.path().join("sekaligus"), tmp.path().join("satu-satu"));
    let o = release("C", &yamls, &batch, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.ends_with("3 reports: 3 released\n"), "{err}");
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(out.matches("released revision 1 of ").count(), 3, "{out}");
    for yaml in &yamls {
        assert!(err.contains(&format!("== {}\n", yaml.display())), "{err}");
        let one = release("C", std::slice::from_ref(yaml), &single, &[]);
        assert_eq!(one.status.code(), Some(0), "{}", text(&one));
    }
    let got = entries(&batch);
    assert_eq!(got.len(), 3);
    assert_eq!(got, entries(&single), "the batch's ledger is not that of single releases in the same order");
    let slug = |e: &serde_json::Value| e["report"].as_str().unwrap().to_owned();
    assert!(slug(&got[0]).contains("-3-") && slug(&got[1]).contains("-1-") && slug(&got[2]).contains("-2-"), "{got:?}");
    // every PDF the same bytes, each verifying as its revision, and the archive audits clean
    assert_eq!(verify(&batch, None).status.code(), Some(0), "{}", text(&verify(&batch, None)));
    for e in &got {
        let pdf = e["pdf"].as_str().unwrap();
        let bytes = std::fs::read(batch.join(pdf)).unwrap();
        assert!(bytes == std::fs::read(single.join(pdf)).unwrap(), "{pdf}: other bytes than a single release");
        let v = verify(&batch, Some(&batch.join(pdf)));
        assert_eq!(v.status.code(), Some(0), "{}", text(&v));
    }

    // again: nothing new; then one report changed, as its revision 2 (rendered ahead as such), in JSON
    let o = release("id_ID.UTF-8", &yamls, &batch, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).ends_with("3 laporan: 0 dirilis, 3 tidak berubah\n"), "{}", text(&o));
    let changed = std::fs::read_to_string(&yamls[1]).unwrap().replacen("2024-01-05", "2024-01-06", 1);
    std::fs::write(&yamls[1], changed).unwrap();
    let o = release("C", &yamls, &batch, &["--format", "json", "--note", "koreksi tanggal"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&o)));
    let all = j.as_array().expect("one JSON array");
    let said: Vec<_> =
        all.iter().map(|r| (r["file"].as_str(), r["outcome"].as_str(), r["revision"].as_u64())).collect();
    let file = |i: usize| yamls[i].to_str();
    assert_eq!(
        said,
        [
            (file(0), Some("unchanged"), Some(1)),
            (file(1), Some("released"), Some(2)),
            (file(2), Some("unchanged"), Some(1))
        ]
    );
    let e = entries(&batch);
    assert_eq!((e.len(), e[3]["note"].as_str()), (4, Some("koreksi tanggal")));
    let r2 = batch.join(all[1]["pdf"].as_str().unwrap());
    assert_eq!(verify(&batch, Some(&r2)).status.code(), Some(0));
    let r2_alone = release("C", &yamls[1..2], &single, &["--note", "koreksi tanggal"]);
    assert_eq!(r2_alone.status.code(), Some(0), "{}", text(&r2_alone));
    assert!(std::fs::read(&r2).unwrap() == std::fs::read(single.join(e[3]["pdf"].as_str().unwrap())).unwrap());
}

#[test]
fn a_report_with_errors_and_one_nobody_agreed_to_are_not_archived_and_the_others_are() {
    let tmp = tempfile::tempdir().unwrap();
    let yamls = reports(tmp.path(), 4);
    let bad = std::fs::read_to_string(&yamls[1]).unwrap().replacen("  tahun: 2024", "  tahun: duaribu", 1);
    std::fs::write(&yamls[1], bad).unwrap();
    add_warning(&yamls[2]);
    let (b, w) = (yamls[1].display().to_string(), yamls[2].display().to_string());
    for (lang, summary, refusal) in [
        (
            "C",
            format!("4 reports: 2 released, 1 with errors in their data ({b}), 1 not released without consent ({w})\n"),
            "not released: 1 warning and no terminal",
        ),
        (
            "id_ID.UTF-8",
            format!("4 laporan: 2 dirilis, 1 dengan kesalahan data ({b}), 1 tidak dirilis tanpa persetujuan ({w})\n"),
            "tidak dirilis: ada 1 peringatan dan tidak ada terminal",
        ),
    ] {
        let arsip = tmp.path().join(format!("arsip-{lang}"));
        let o = release(lang, &yamls, &arsip, &[]);
        assert_eq!(o.status.code(), Some(1), "{lang}: {}", text(&o));
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert!(err.ends_with(&summary), "{lang}: {err}");
        // each report's words under its own heading
        let section = |i: usize| {
            let from = err.split(&format!("== {}\n", yamls[i].display())).nth(1).expect("its heading");
            from.split("\n== ").next().unwrap().to_owned()
        };
        assert!(section(1).contains("dokumen.tahun"), "{lang}: {err}");
        assert!(section(2).contains("perjanjian_kinerja.tanggal") && section(2).contains(refusal), "{lang}: {err}");
        let got = entries(&arsip);
        let slugs: Vec<_> = got.iter().map(|e| e["report"].as_str().unwrap().to_owned()).collect();
        assert_eq!(slugs.len(), 2, "{slugs:?}");
        assert!(slugs[0].contains("-1-") && slugs[1].contains("-4-"), "{slugs:?}");
        assert_eq!(verify(&arsip, None).status.code(), Some(0));
    }
    // --ya agrees for all of them
    let arsip = tmp.path().join("arsip-ya");
    let o = release("C", &[yamls[0].clone(), yamls[2].clone()], &arsip, &["--ya"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(entries(&arsip).len(), 2);
}

#[test]
fn o_is_refused_with_several_reports_and_nothing_is_archived() {
    let tmp = tempfile::tempdir().unwrap();
    let yamls = reports(tmp.path(), 2);
    let arsip = tmp.path().join("arsip");
    for (lang, words) in [("C", "works with one report only"), ("id_ID.UTF-8", "hanya berlaku untuk satu laporan")] {
        let o = release(lang, &yamls, &arsip, &["-o", "x.pdf"]);
        assert_eq!(o.status.code(), Some(2), "{}", text(&o));
        assert!(String::from_utf8_lossy(&o.stderr).contains(words), "{}", text(&o));
        assert!(!arsip.exists(), "refused, yet the archive was made");
    }
}

#[test]
fn a_report_that_cannot_be_released_makes_the_run_exit_2_and_the_others_are_released() {
    let tmp = tempfile::tempdir().unwrap();
    let yamls = reports(tmp.path(), 2);
    let arsip = tmp.path().join("arsip");
    assert_eq!(release("C", &yamls[..1], &arsip, &[]).status.code(), Some(0));
    // its revision 2 needs a note, the other's revision 1 does not
    let changed = std::fs::read_to_string(&yamls[0]).unwrap().replacen("2024-01-05", "2024-01-06", 1);
    std::fs::write(&yamls[0], changed).unwrap();
    let o = release("C", &yamls, &arsip, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&format!("1 could not be released ({})", yamls[0].display())), "{err}");
    assert!(err.contains("--note"), "the reason is said: {err}");
    assert_eq!(entries(&arsip).len(), 2);
}

#[test]
fn on_a_terminal_each_report_with_warnings_is_asked_in_its_turn() {
    let tmp = tempfile::tempdir().unwrap();
    let yamls = reports(tmp.path(), 2);
    yamls.iter().for_each(|y| add_warning(y));
    let arsip = tmp.path().join("arsip");
    let args =
        ["release".as_ref(), yamls[0].as_os_str(), yamls[1].as_os_str(), "--archive".as_ref(), arsip.as_os_str()];
    let o = on_a_terminal("C", &args, "y\nn\n");
    let said = text(&o);
    assert_eq!(o.status.code(), Some(1), "{said}");
    let question = "1 warning; release revision 1 anyway? [y/N]";
    assert_eq!(said.matches(question).count(), 2, "{said}");
    // the first question and its release come before the second report's heading
    let (first, second) = said.split_once(&format!("== {}", yamls[1].display())).expect("the second heading");
    assert!(first.contains(question) && first.contains("released revision 1 of "), "{said}");
    assert!(second.contains(question) && second.contains("not released: revision 1 was not confirmed"), "{said}");
    assert!(said.contains(&format!("1 not released without consent ({})", yamls[1].display())), "{said}");
    assert_eq!(entries(&arsip).len(), 1);
}
