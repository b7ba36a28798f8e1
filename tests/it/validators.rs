//! Independent judges: the sample PDF must pass every validator of scripts/validators
//! (qpdf, MuPDF, Poppler, pdf.js, veraPDF PDF/A-3b + PDF/UA-1) and show its text in order.
//! Missing validators fail this test loudly; scripts/test installs them.

use std::process::Command;

use crate::prelude::*;
use lkjip::render::Mode;

#[test]
fn sample_passes_all_validators_for_pdf_a3b_and_ua1() {
    let script = validate_pdf_script();

    let dir = tempfile::tempdir().unwrap();
    let mut all = Vec::new();
    for (name, mode) in [("final", Mode::Final { revision: 1 }), ("draf", Mode::Draft)] {
        let r = render_with(&sample(), mode);
        let pdf = dir.path().join(format!("{name}.pdf"));
        std::fs::write(&pdf, &r.pdf).unwrap();
        all.push(pdf);
    }
    let expect = dir.path().join("expect.txt");
    std::fs::write(&expect, "KATA PENGANTAR\nIKHTISAR EKSEKUTIF\nDAFTAR ISI\nBAB I\nPENDAHULUAN\nBAB II\nBAB III\nTabel 3.1\nBAB IV\nPENUTUP\n").unwrap();
    for pdf in &all {
        let out = Command::new("bash")
            .arg(&script)
            .arg(pdf)
            .env("PDF_FLAVOURS", "3b,ua1")
            .env("EXPECT_TEXT", &expect)
            .env("PDFVAL_HOME", pdfval_home())
            .output()
            .expect("run validate-pdf.sh");
        let report = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success(), "validators failed on {}:\n{report}", pdf.display());
        for judge in ["qpdf", "mupdf", "pdfinfo", "pdffonts", "pdftotext", "text-order", "pdf.js", "veraPDF"] {
            assert!(
                report.contains(&format!("PASS  {judge:<10}")),
                "{judge} did not pass on {}:\n{report}",
                pdf.display()
            );
        }
        assert!(report.contains("3b") && report.contains("ua1"), "veraPDF did not check 3b and ua1:\n{report}");
    }
}

/// The large fixture (three times the reference, tests/fixtures/besar.yaml): its split tables,
/// broken chart and many photos stay valid PDF/A-3b and PDF/UA-1 for every judge.
#[test]
fn the_large_fixture_passes_all_validators_for_pdf_a3b_and_ua1() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("besar.pdf");
    let o = Command::new(env!("CARGO_BIN_EXE_lkjip"))
        .arg("build")
        .arg(fixture("besar.yaml"))
        .arg("-o")
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(o.status.success(), "build besar.yaml failed:\n{}", String::from_utf8_lossy(&o.stderr));
    let out = Command::new("bash")
        .arg(validate_pdf_script())
        .arg(&pdf)
        .env("PDF_FLAVOURS", "3b,ua1")
        .env("PDFVAL_HOME", pdfval_home())
        .output()
        .expect("run validate-pdf.sh");
    let report = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "validators failed on besar.yaml:\n{report}");
    for judge in ["qpdf", "mupdf", "pdffonts", "pdf.js", "veraPDF"] {
        assert!(report.contains(&format!("PASS  {judge:<10}")), "{judge} did not pass on besar.yaml:\n{report}");
    }
}
