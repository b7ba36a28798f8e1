//! `lkjip build A.yaml B.yaml …`: several reports in one run, each PDF the same bytes as its own
//! `lkjip build`, one bad report not stopping the others, a summary, and the exit code of the
//! worst outcome.

use crate::prelude::{lkjip_cmd, reports};

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn several_reports_in_one_run_are_the_pdfs_of_single_builds() {
    let dir = tempfile::tempdir().unwrap();
    let yamls = reports(dir.path(), 3);
    let out = lkjip_cmd("C").arg("build").args(&yamls).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.ends_with("3 reports: 3 built\n"), "{err}");
    for yaml in &yamls {
        assert!(err.contains(&format!("== {}\n", yaml.display())), "{err}");
        let batch = std::fs::read(yaml.with_extension("pdf")).unwrap();
        let single = yaml.with_extension("single.pdf");
        let one = lkjip_cmd("C").args(["-q", "build"]).arg(yaml).arg("-o").arg(&single).output().unwrap();
        assert!(one.status.success(), "{}", stderr(&one));
        assert!(batch == std::fs::read(&single).unwrap(), "{}: the batch wrote other bytes", yaml.display());
    }
    // the agencies differ, so the PDFs do
    let first = std::fs::read(yamls[0].with_extension("pdf")).unwrap();
    assert_ne!(first, std::fs::read(yamls[1].with_extension("pdf")).unwrap());
}

#[test]
fn a_report_with_errors_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let yamls = reports(dir.path(), 3);
    let text = std::fs::read_to_string(&yamls[1]).unwrap();
    std::fs::write(&yamls[1], text.replacen("  tahun: 2024", "  tahun: duaribu", 1)).unwrap();
    for lang in ["C", "id_ID.UTF-8"] {
        let out = lkjip_cmd(lang).arg("build").args(&yamls).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let err = stderr(&out);
        let bad = yamls[1].display().to_string();
        let summary = match lang {
            "C" => format!("3 reports: 2 built, 1 with errors in their data ({bad})\n"),
            _ => format!("3 laporan: 2 tersusun, 1 dengan kesalahan data ({bad})\n"),
        };
        assert!(err.ends_with(&summary), "{err}");
        // the problem is shown under its own report's heading, with its line
        let section = err.split(&format!("== {bad}\n")).nth(1).expect("the bad report has its heading");
        assert!(section.contains("dokumen.tahun"), "{err}");
        assert!(yamls[0].with_extension("pdf").is_file() && yamls[2].with_extension("pdf").is_file());
        assert!(!yamls[1].with_extension("pdf").exists(), "no PDF for the report with errors");
    }
}

#[test]
fn a_report_that_cannot_be_built_makes_the_run_exit_2_and_the_others_are_built() {
    let dir = tempfile::tempdir().unwrap();
    let yamls = reports(dir.path(), 2);
    // its PDF's place holds something that is not a PDF: refused, never overwritten
    std::fs::write(yamls[0].with_extension("pdf"), "catatan penting").unwrap();
    let out = lkjip_cmd("C").arg("build").args(&yamls).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("not a PDF"), "{err}");
    assert!(err.contains(&format!("1 could not be built ({})", yamls[0].display())), "{err}");
    assert_eq!(std::fs::read_to_string(yamls[0].with_extension("pdf")).unwrap(), "catatan penting");
    assert!(yamls[1].with_extension("pdf").is_file());
}

#[test]
fn options_naming_one_output_are_refused_with_several_reports() {
    let dir = tempfile::tempdir().unwrap();
    let yamls = reports(dir.path(), 2);
    for extra in [&["-o", "x.pdf"][..], &["--signature-box", "text"]] {
        let out = lkjip_cmd("C").arg("build").args(&yamls).args(extra).current_dir(dir.path()).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("works with one report only"), "{}", stderr(&out));
    }
    // two YAMLs that would write the same PDF
    let twin = yamls[0].with_extension("yml");
    std::fs::copy(&yamls[0], &twin).unwrap();
    let out = lkjip_cmd("C").arg("build").arg(&yamls[0]).arg(&twin).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("would both write"), "{}", stderr(&out));
    assert!(yamls.iter().all(|y| !y.with_extension("pdf").exists()), "nothing is written when refused");
}
