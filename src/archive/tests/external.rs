//! Judges outside lkjip: bagit.py validates the bags; the docs' shell and Python recipes verify.

use std::fs;
use std::path::Path;

use super::*;

/// The Library of Congress validator must accept every bag. Needs `bagit.py` (pip install
/// bagit==1.9.0; `.ci/run` installs it with the other validators). Never skipped.
#[test]
fn bags_validate_with_bagit_py() {
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    let bag_dir = tmp.path().join(SLUG).join("r1");
    let run = |dir: &Path| std::process::Command::new("bagit.py").arg("--validate").arg(dir).output();
    let out = run(&bag_dir)
        .unwrap_or_else(|e| panic!("bagit.py is not installed ({e}): pip install bagit==1.9.0 (.ci/run installs it)"));
    assert!(out.status.success(), "bagit.py rejects the bag: {}", String::from_utf8_lossy(&out.stderr));
    flip(&bag_dir.join("data/source/lkjip.yaml"), 0);
    assert!(!run(&bag_dir).unwrap().status.success(), "bagit.py must notice a flipped byte");
}

/// The recipes in docs/archive.md, run as written (only the paths substituted): someone
/// without lkjip can check the source digest and the chain. Needs sh, GNU find and python3.
#[test]
fn docs_recipes_verify_without_lkjip() {
    let doc = include_str!("../../../docs/archive.md");
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
        let out = std::process::Command::new(prog)
            .arg("-c")
            .arg(script)
            .output()
            .unwrap_or_else(|err| panic!("{prog} is needed for this test: {err}"));
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
        )
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
