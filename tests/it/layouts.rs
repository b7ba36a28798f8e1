//! `lkjip layouts DIR` through the real binary: writes the embedded layouts, refuses a non-empty
//! folder with exit code 2 and a message naming it; the document-wide rules hold no report data.

use crate::prelude::lkjip_cmd;

#[test]
fn layouts_command_writes_files_and_refuses_a_non_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("tata-letak");
    let out = lkjip_cmd("C").arg("layouts").arg(&target).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for name in ["laporan.typ", "gaya.typ", "komponen.typ", "tabel.typ", "grafik.typ"] {
        assert!(target.join(name).is_file(), "{name} not written");
    }
    let again = lkjip_cmd("C").arg("layouts").arg(&target).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(err.contains("not empty") && err.contains("tata-letak"), "{err}");
}

/// A top-level set or show rule of laporan.typ is part of the styles of everything after it, and
/// Typst reuses a laid-out element only when its styles are the same: a rule holding a report's
/// words (the agency in a page header, a show rule's captured data) made a second agency's
/// report in `build A B …` cost as much as the first, and undid `watch`'s reuse of unchanged
/// pages. Only the paper may come from the data (and it is the same for most reports).
#[test]
fn document_wide_rules_hold_no_report_data() {
    let layouts = lkjip::render::Layouts::embedded();
    let dir = tempfile::tempdir().unwrap();
    layouts.write_to(dir.path()).unwrap();
    let laporan = std::fs::read_to_string(dir.path().join("laporan.typ")).unwrap();
    let rules: Vec<&str> = laporan.lines().filter(|l| l.starts_with("#set ") || l.starts_with("#show")).collect();
    assert!(rules.iter().any(|l| l.starts_with("#show: gaya")), "no document-wide style found: {rules:?}");
    for rule in rules {
        let data = rule.replace("D.dokumen.kertas", "");
        for word in ["D.", "D)", "instansi", "tahun", "S."] {
            assert!(!data.contains(word), "a document-wide rule holds report data ({word}): {rule}");
        }
    }
}
