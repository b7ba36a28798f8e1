//! `lkjip check` as a user runs it: exit codes, and messages that name line and field.

use std::path::PathBuf;

use crate::prelude::{fixture, fixture_text, lkjip};

/// Write `kecil.yaml` with one text replacement into a temp dir; returns its path.
fn variant(dir: &tempfile::TempDir, from: &str, to: &str) -> PathBuf {
    let text = fixture_text("kecil.yaml");
    assert!(text.contains(from), "fixture lacks {from:?}");
    let p = dir.path().join("lkjip.yaml");
    std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
    p
}

fn check_variant(from: &str, to: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let p = variant(&dir, from, to);
    let out = lkjip(&["check", p.to_str().unwrap()]);
    (out.status.code().unwrap(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn valid_file_exits_0() {
    let out = lkjip(&["check", &fixture("kecil.yaml")]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 above, 0 at, 1 below target"));
}

#[test]
fn unreadable_file_exits_2() {
    let out = lkjip(&["check", "/nonexistent/lkjip.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent/lkjip.yaml"));
}

#[test]
fn malformed_yaml_names_the_line() {
    let (code, err) = check_variant("  tempat: Contoh\n", "  tempat: [Contoh\n");
    assert_eq!(code, 1);
    assert!(err.contains("lkjip.yaml:"), "{err}");
    assert!(err.contains(":6:") || err.contains(":5:") || err.contains(":7:"), "{err}");
}

#[test]
fn wrong_type_names_line_and_field() {
    let (code, err) = check_variant("  tahun: 2024\n", "  tahun: duaribu\n");
    assert_eq!(code, 1);
    assert!(err.contains("lkjip.yaml:4:10: error: dokumen.tahun:"), "{err}");
}

#[test]
fn unknown_key_is_an_error_with_a_suggestion() {
    let (code, err) = check_variant("              realisasi: { 2024: 0 }", "              realisasy: { 2024: 0 }");
    assert_eq!(code, 1);
    assert!(err.contains("perencanaan.tujuan[0].sasaran[1].indikator[0]: unknown field `realisasy`"), "{err}");
    assert!(err.contains("did you mean `realisasi`?"), "{err}");
    assert!(err.contains("lkjip.yaml:65:15:"), "{err}");
}

#[test]
fn missing_required_field_names_the_field() {
    let (code, err) = check_variant("  tempat: Contoh\n", "");
    assert_eq!(code, 1);
    assert!(err.contains("dokumen: missing field `tempat`"), "{err}");
}

#[test]
fn duplicate_id_names_both_places() {
    let (code, err) = check_variant("- id: umkm", "- id: theil");
    assert_eq!(code, 1);
    assert!(err.contains("perencanaan.tujuan[0].sasaran[0].indikator[1].id: duplicate id `theil`: already used at perencanaan.tujuan[0].sasaran[0].indikator[0]"), "{err}");
    assert!(err.contains("lkjip.yaml:51:19:"), "{err}");
}

#[test]
fn semantic_problems_are_all_reported_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("kecil.yaml"))
        .unwrap()
        .replace("target: { 2024: 60.27, 2026: 60.27 }", "target: { 2019: 1, 2026: 60.27 }")
        .replace("program: [P1, P2]", "program: [P1, P9]")
        .replace("pagu: 600000, realisasi: 540000", "pagu: 600000, realisasi: 640000")
        .replace("pagu: 400000, realisasi: 400000", "pagu: -400000, realisasi: 400000")
        .replace("Tidak ada temuan berulang.", "Capaian {nope.capaian} dan 71,13 %.");
    let p = dir.path().join("x.yaml");
    std::fs::write(&p, text).unwrap();
    let out = lkjip(&["check", p.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for want in [
        "indikator[1].target.2019: 2019 is outside the Renstra period 2021–2026",
        "indikator[1].target: no target for the report year 2024",
        "perjanjian_kinerja.program[1]: unknown program `P9`",
        "program[0].kegiatan[0].realisasi: realisasi 640000 is above the pagu 600000",
        "program[0].kegiatan[1].pagu: money cannot be negative (-400000)",
        "the activities' pagu add up to 200000, not the program's 1000000",
    ] {
        assert!(err.contains(want), "missing {want:?} in\n{err}");
    }
}

#[test]
fn unknown_placeholder_and_typed_figure() {
    let (code, err) = check_variant("Tidak ada temuan berulang.", "Capaian {nope.capaian} dan 71,13 %.");
    assert_eq!(code, 1);
    assert!(err.contains("akuntabilitas.analisis_sasaran[1].uraian: placeholder `{nope.capaian}`: no indicator, sasaran, program or kegiatan has the id `nope`"), "{err}");
    // S2's own capaian is undefined, so "Capaian" is compared with every capaian of the report
    assert!(err.contains("warning: akuntabilitas.analisis_sasaran[1].uraian: `71,13 %`: no capaian of the report is 71,13 % as typed; say whose capaian it is"), "{err}");
    let (code, err) = check_variant("Tidak ada temuan berulang.", "Capaian {umkm.capaian}, bukan 71,13 %.");
    assert_eq!(code, 0, "a typed figure is a warning, not an error: {err}");
    assert!(err.contains("warning: akuntabilitas.analisis_sasaran[1].uraian: `71,13 %` is none of the figures of `umkm`: capaian 71,18 %, target 60,27 %, realisasi 42,9 %"), "71,18 is computed; 71,13 is not: {err}");
    let (code, err) = check_variant("Tidak ada temuan berulang.", "Capaian KUP/KUR 71,13 %.");
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("warning: akuntabilitas.analisis_sasaran[1].uraian: `71,13 %` — the capaian of `umkm` is 71,18 %; write `{umkm.capaian}`"), "{err}");
    let (code, err) = check_variant("Tidak ada temuan berulang.", "Capaian 71,18 %.");
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "71,18 matches a computed figure: {err}");
    assert!(err.contains("note: akuntabilitas.analisis_sasaran[1].uraian: `71,18 %` is right (the capaian of `umkm`) but typed by hand"), "{err}");
    assert!(
        err.contains("= hint: write `{umkm.capaian}` instead, so the text stays right when the data change"),
        "{err}"
    );
}

#[test]
fn scale_with_a_gap_is_an_error() {
    let scale = "akuntabilitas:\n  skala:\n    status: [{label: Kurang, maks: 99.99}, {label: Cukup, min: 100}]\n    kategori: [{label: Buruk, maks: 89.99}, {label: Baik, min: 90.01}]\n";
    let (code, err) = check_variant("akuntabilitas:\n", scale);
    assert_eq!(code, 1);
    assert!(err.contains("akuntabilitas.skala.kategori[1]: gap between bands `Buruk` and `Baik`: values from 90.00 to below 90.01 have no band"), "{err}");
}

#[test]
fn json_output_has_every_figure_as_strings() {
    let out = lkjip(&["check", "--format", "json", &fixture("kecil.yaml")]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = &v["report"];
    assert_eq!(r["indikator"][0]["capaian"]["nilai"], "124.40");
    assert_eq!(r["indikator"][0]["capaian_akhir"]["nilai"], "95.98");
    assert_eq!(r["indikator"][1]["capaian"]["nilai"], "71.18");
    assert_eq!(r["indikator"][2]["capaian"], serde_json::Value::Null, "target 0 is undefined");
    assert_eq!(r["sasaran"][0]["serapan"]["nilai"], "94.00");
    assert_eq!(r["program"][0]["realisasi"], "940000");
    assert_eq!(r["keuangan"]["pagu_pk"], "6000000");
    assert_eq!(r["keuangan"]["selaras"], true);
    assert_eq!(r["ringkasan"]["persen_melebihi"]["nilai"], "50.00");
}

/// `check` of `text` written as `lkjip.yaml`, in `lang`: (exit code, stderr).
fn check_text_in(text: &str, lang: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("lkjip.yaml");
    std::fs::write(&p, text).unwrap();
    let out = crate::prelude::lkjip_cmd(lang).arg("check").arg(&p).output().unwrap();
    (out.status.code().unwrap(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// The 1-based number of the line of `text` that equals `line`.
fn line_of(text: &str, line: &str) -> usize {
    text.lines().position(|l| l == line).map(|i| i + 1).unwrap_or_else(|| panic!("no line {line:?}"))
}

#[test]
fn a_word_bullet_in_a_narrative_is_a_warning_with_its_line_field_and_fix() {
    let first = "  Puji syukur kami panjatkan. Capaian rata-rata adalah {ringkasan.capaian}.\n";
    let text = fixture_text("kecil.yaml").replacen(first, &format!("{first}\n  • Poin satu\n  - poin dua\n"), 1);
    let at = line_of(&text, "  • Poin satu");
    for (lang, fix) in [("C", "write `- ` instead of `• `"), ("id_ID.UTF-8", "tulis `- ` sebagai ganti `• `")] {
        let (code, err) = check_text_in(&text, lang);
        assert_eq!(code, 0, "a warning does not stop: {err}");
        let head = format!("lkjip.yaml:{at}:3: warning: kata_pengantar: ");
        let head_id = format!("lkjip.yaml:{at}:3: peringatan: kata_pengantar: ");
        assert!(err.contains(&head) || err.contains(&head_id), "{lang}: no {head:?}:\n{err}");
        assert!(err.contains(fix), "{lang}: no fix {fix:?}:\n{err}");
        assert_eq!(err.matches("`- ` ").count(), 1, "only the bullet line, not the `- ` item:\n{err}");
    }
}

#[test]
fn a_quoted_text_over_several_lines_is_a_warning_suggesting_a_block() {
    let from = "  latar_belakang: Latar belakang.\n";
    let quoted = "  latar_belakang: \"Paragraf satu.\n    Paragraf dua.\"\n  ";
    let text = fixture_text("kecil.yaml").replacen(from, quoted, 1).replacen(
        "  gambaran_umum: Gambaran umum.",
        "gambaran_umum: \"Gambaran \\\"umum\\\" – satu baris.\"",
        1,
    );
    let at = line_of(&text, "  latar_belakang: \"Paragraf satu.");
    for (lang, fix) in [("C", "`field: |`"), ("id_ID.UTF-8", "`kolom: |`")] {
        let (code, err) = check_text_in(&text, lang);
        assert_eq!(code, 0, "a warning does not stop: {err}");
        assert!(err.contains(&format!("lkjip.yaml:{at}:")), "{lang}: not at line {at}:\n{err}");
        assert!(err.contains("pendahuluan.latar_belakang: "), "{lang}: field not named:\n{err}");
        assert!(err.contains(fix), "{lang}: no fix {fix:?}:\n{err}");
        assert!(!err.contains("gambaran_umum"), "a quoted text on one line is fine:\n{err}");
    }
}
