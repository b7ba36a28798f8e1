//! Every example under `data/` is a test: it checks clean, and its computed report matches
//! the reviewed snapshot in `tests/snapshots/` (`UPDATE_SNAPSHOTS=1` rewrites them; review
//! the diff before committing).

use std::path::{Path, PathBuf};
use std::process::Command;

fn examples() -> Vec<PathBuf> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&data)
        .expect("data/ exists")
        .map(|e| e.unwrap().path().join("lkjip.yaml"))
        .filter(|p| p.exists())
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no examples in {}", data.display());
    out
}

pub fn computed_json(yaml: &Path) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_lkjip")).args(["check", "--format", "json"]).arg(yaml).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{} does not check clean:\n{}", yaml.display(), String::from_utf8_lossy(&out.stdout));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let warnings = v["problems"].as_array().unwrap();
    assert!(warnings.is_empty(), "{} has warnings: {warnings:#?}", yaml.display());
    v["report"].clone()
}

#[test]
fn every_example_checks_clean_and_matches_its_snapshot() {
    for yaml in examples() {
        let name = yaml.parent().unwrap().file_name().unwrap().to_string_lossy().into_owned();
        let got = serde_json::to_string_pretty(&computed_json(&yaml)).unwrap() + "\n";
        let snap = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(format!("{name}.computed.json"));
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::create_dir_all(snap.parent().unwrap()).unwrap();
            std::fs::write(&snap, &got).unwrap();
        }
        let want = std::fs::read_to_string(&snap).unwrap_or_else(|_| panic!("no snapshot {}; run with UPDATE_SNAPSHOTS=1 and review it", snap.display()));
        assert!(got == want, "computed report of {name} differs from {}; run with UPDATE_SNAPSHOTS=1 and review the diff", snap.display());
    }
}
