//! Every example under `data/` is a test: it checks clean, and its computed report matches
//! the reviewed snapshot in `tests/snapshots/` (`UPDATE_SNAPSHOTS=1` rewrites them; review
//! the diff before committing).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::outlines;
use crate::prelude::{expanded, lkjip_cmd, pdfval_home, root, validate_pdf_script};

fn examples() -> Vec<PathBuf> {
    let data = root().join("data");
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
    let out = lkjip_cmd("C").args(["check", "--format", "json"]).arg(yaml).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{} does not check clean:\n{}",
        yaml.display(),
        String::from_utf8_lossy(&out.stdout)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The only warnings allowed are about data the source does not give (a signatory's name, the
    // PK's date): `check` must say so, and the PDF prints blanks to fill in by hand.
    let unfinished = |m: &str| m.contains("is a note, not the value") || m.contains("Perjanjian Kinerja was signed");
    let warnings: Vec<&serde_json::Value> =
        v["problems"].as_array().unwrap().iter().filter(|p| !unfinished(p["message"].as_str().unwrap_or(""))).collect();
    assert!(warnings.is_empty(), "{} has warnings: {warnings:#?}", yaml.display());
    v["report"].clone()
}

#[test]
fn every_example_checks_clean_and_matches_its_snapshot() {
    for yaml in examples() {
        let name = yaml.parent().unwrap().file_name().unwrap().to_string_lossy().into_owned();
        let got = serde_json::to_string_pretty(&computed_json(&yaml)).unwrap() + "\n";
        let snap = root().join("tests/snapshots").join(format!("{name}.computed.json"));
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::create_dir_all(snap.parent().unwrap()).unwrap();
            std::fs::write(&snap, &got).unwrap();
        }
        let want = std::fs::read_to_string(&snap)
            .unwrap_or_else(|_| panic!("no snapshot {}; run with UPDATE_SNAPSHOTS=1 and review it", snap.display()));
        assert!(
            got == want,
            "computed report of {name} differs from {}; run with UPDATE_SNAPSHOTS=1 and review the diff",
            snap.display()
        );
    }
}

fn build(yaml: &Path, out: &Path, envs: &[(&str, &str)], cwd: &Path) {
    let o = lkjip_cmd("C")
        .args(["build"])
        .arg(yaml)
        .arg("-o")
        .arg(out)
        .envs(envs.iter().copied())
        .current_dir(cwd)
        .output()
        .unwrap();
    assert!(o.status.success(), "build {} failed:\n{}", yaml.display(), String::from_utf8_lossy(&o.stderr));
}

/// The example's PDF: same bytes from another folder and time zone, and it passes every
/// independent judge (veraPDF PDF/A-3b + PDF/UA-1, qpdf, MuPDF, Poppler, pdf.js) with the
/// sections and key computed figures of `tests/snapshots/<name>.text.txt` in reading order.
#[test]
fn every_example_renders_reproducibly_and_passes_the_validators() {
    let script = validate_pdf_script();
    for yaml in examples() {
        let name = yaml.parent().unwrap().file_name().unwrap().to_string_lossy().into_owned();
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (tmp.path().join("a.pdf"), tmp.path().join("b.pdf"));
        build(&yaml, &a, &[("TZ", "UTC")], root());
        build(&yaml, &b, &[("TZ", "Pacific/Auckland"), ("LANG", "de_DE.UTF-8")], tmp.path());
        let (pa, pb) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
        assert!(pa == pb, "{name}: two builds differ");
        assert!(pa.ends_with(b"%%EOF\n"));
        outlines::assert_outlines_point_at_their_pages(&pa);
        outlines::assert_no_lead_in_ends_a_page(&pa);
        let dir = root().to_string_lossy().into_owned();
        // Dictionaries and strings sit in compressed object streams: search what qpdf expands.
        let expanded = expanded(&pa);
        assert!(
            !expanded.windows(dir.len()).any(|w| w == dir.as_bytes()),
            "{name}: the PDF contains a path of this machine"
        );
        let expect = root().join("tests/snapshots").join(format!("{name}.text.txt"));
        assert!(expect.is_file(), "no expected text {}", expect.display());
        let out = Command::new("bash")
            .arg(&script)
            .arg(&a)
            .env("PDF_FLAVOURS", "3b,ua1")
            .env("EXPECT_TEXT", &expect)
            .env("PDFVAL_HOME", pdfval_home())
            .output()
            .unwrap();
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{name}: validators failed:\n{report}{}", String::from_utf8_lossy(&out.stderr));
        for judge in ["qpdf", "mupdf", "pdffonts", "text-order", "pdf.js", "veraPDF"] {
            assert!(report.contains(&format!("PASS  {judge:<10}")), "{name}: {judge} did not pass:\n{report}");
        }
    }
}
