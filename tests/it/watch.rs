//! `lkjip watch` through the real binary: a draft on start, a new draft after the YAML
//! changes, the problems (and no new PDF) after a broken edit.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

#[test]
fn watch_rebuilds_after_a_change() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = tmp.path().join("lkjip.yaml");
    let text = crate::prelude::fixture_text("kecil.yaml");
    std::fs::write(&yaml, &text).unwrap();
    let mut child = crate::prelude::lkjip_cmd("C")
        .args(["--lang", "en", "watch"])
        .arg(&yaml)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let next_result = || -> String {
        loop {
            let line = rx.recv_timeout(Duration::from_secs(60)).expect("watch said nothing within 60 s");
            if line.starts_with("ok in ") || line.contains("error") {
                return line;
            }
        }
    };
    let pdf = tmp.path().join("lkjip.pdf");
    assert!(next_result().starts_with("ok in "));
    let first = std::fs::read(&pdf).unwrap();

    std::fs::write(&yaml, text.replace("realisasi: { 2023: 50, 2024: 42.9 }", "realisasi: { 2023: 50, 2024: 55.5 }"))
        .unwrap();
    assert!(next_result().starts_with("ok in "));
    let second = std::fs::read(&pdf).unwrap();
    assert_ne!(first, second, "the draft was not rebuilt");

    std::fs::write(&yaml, text.replace("  tahun: 2024", "  tahun: duaribu")).unwrap();
    let line = next_result();
    assert!(line.contains("dokumen.tahun"), "{line}");
    assert_eq!(std::fs::read(&pdf).unwrap(), second, "a broken edit must leave the last good PDF");
    child.kill().unwrap();
    child.wait().unwrap();
}
