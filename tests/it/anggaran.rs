//! Budgets as regional governments keep them and the warnings a reviewer raises: plausibility
//! (serapan, capaian, jumps between years, a kegiatan above its program), in both languages.

use crate::prelude::{fixture_text, fixture_with, lkjip, lkjip_cmd};

/// `kecil.yaml` with each `(from, to)` replaced once, checked; (exit code, stderr).
fn check_with(changes: &[(&str, &str)], lang: &str) -> (i32, String) {
    let text = fixture_with("kecil.yaml", changes);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("lkjip.yaml");
    std::fs::write(&p, text).unwrap();
    let out = lkjip_cmd(lang).args(["check", p.to_str().unwrap()]).output().unwrap();
    (out.status.code().unwrap(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn the_fixture_raises_no_plausibility_warning() {
    let out = lkjip(&["check", &crate::prelude::fixture("kecil.yaml")]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("(0 warnings)"), "{out:?}");
}

#[test]
fn a_serapan_below_ten_percent_is_a_warning_at_its_realisasi() {
    let (code, err) = check_with(&[("pagu: 300000, realisasi: 250000", "pagu: 300000, realisasi: 29970")], "C");
    assert_eq!(code, 0, "a warning, not an error: {err}");
    assert!(
        err.contains("warning: program[1].kegiatan[0].realisasi: the serapan of kegiatan `K3` is only 9,99 %"),
        "{err}"
    );
    assert!(err.contains("lkjip.yaml:"), "with its line: {err}");
    // 9,9997 % is printed 10,00 %, which is plausible: judged as printed
    let (_, err) = check_with(&[("pagu: 300000, realisasi: 250000", "pagu: 300000, realisasi: 29999")], "C");
    assert!(!err.contains("serapan"), "{err}");
    let (_, err) = check_with(&[("pagu: 300000, realisasi: 250000", "pagu: 300000, realisasi: 29970")], "id_ID.UTF-8");
    assert!(err.contains("serapan kegiatan `K3` hanya 9,99 %: apakah realisasinya sudah lengkap?"), "{err}");
}

#[test]
fn low_serapan_of_a_whole_program_and_of_belanja_is_a_warning() {
    let (_, err) = check_with(
        &[
            ("pagu: 600000, realisasi: 540000", "pagu: 600000, realisasi: 1000"),
            ("pagu: 400000, realisasi: 400000", "pagu: 400000, realisasi: 1000"),
            (
                "belanja_modal: { pagu: 2000000, realisasi: 1900000 }",
                "belanja_modal: { pagu: 2000000, realisasi: 100 }",
            ),
        ],
        "C",
    );
    assert!(err.contains("program[0].realisasi: the serapan of program `P1` is only 0,20 %"), "{err}");
    assert!(err.contains("program[0].kegiatan[0].realisasi: the serapan of kegiatan `K1` is only 0,17 %"), "{err}");
    assert!(
        err.contains("akuntabilitas.keuangan.belanja_modal.realisasi: the serapan of `belanja modal` is only 0,01 %"),
        "{err}"
    );
}

#[test]
fn a_serapan_above_one_hundred_percent_is_a_warning() {
    let (code, err) = check_with(&[("pagu: 300000, realisasi: 250000", "pagu: 300000, realisasi: 300001")], "C");
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: program[1].kegiatan[0].realisasi: realisasi 300001 is above the pagu 300000"),
        "{err}"
    );
}

#[test]
fn a_capaian_above_three_hundred_percent_is_a_warning_naming_the_year() {
    let (code, err) =
        check_with(&[("realisasi: { 2023: 50, 2024: 42.9 }", "realisasi: { 2023: 50, 2024: 180.82 }")], "C");
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: perencanaan.tujuan[0].sasaran[0].indikator[1].realisasi.2024: the capaian of 2024 is 300,02 %, above 300 %"),
        "{err}"
    );
    // 300 % itself passes (60.27 × 3 = 180.81)
    let (_, err) = check_with(&[("realisasi: { 2023: 50, 2024: 42.9 }", "realisasi: { 2023: 50, 2024: 180.81 }")], "C");
    assert!(!err.contains("above 300 %"), "{err}");
    // an outcome indicator of a program too
    let (_, err) = check_with(&[("target: 80, realisasi: 72", "target: 8, realisasi: 72")], "id_ID.UTF-8");
    assert!(
        err.contains("program[0].outcome[0].realisasi: capaian tahun 2024 adalah 900,00 %, di atas 300 %"),
        "{err}"
    );
}

#[test]
fn a_realisasi_ten_times_the_previous_years_is_a_warning() {
    // 50 → 501 (×10,02) and, for a negative indicator, 0,0201 → 0,00201 is exactly a tenth: passes
    let (_, err) = check_with(
        &[
            ("realisasi: { 2023: 50, 2024: 42.9 }", "realisasi: { 2023: 5, 2024: 50.01 }"),
            ("realisasi: { 2023: 0.0201, 2024: 0.0189 }", "realisasi: { 2023: 0.0201, 2024: 0.00201 }"),
        ],
        "C",
    );
    assert!(
        err.contains("indikator[1].realisasi.2024: the realisasi of 2024 (50.01) differs from the previous year's (5) by a factor of more than 10"),
        "{err}"
    );
    assert!(!err.contains("indikator[0].realisasi.2024: the realisasi"), "exactly a tenth passes: {err}");
    let (_, err) = check_with(
        &[("realisasi: { 2023: 0.0201, 2024: 0.0189 }", "realisasi: { 2023: 0.0201, 2024: 0.002 }")],
        "id_ID.UTF-8",
    );
    assert!(
        err.contains("indikator[0].realisasi.2024: realisasi tahun 2024 (0.002) berbeda lebih dari 10 kali lipat"),
        "{err}"
    );
}

#[test]
fn a_jump_onto_a_new_measurement_scale_is_not_a_unit_slip() {
    // 5 → 50,01 is flagged (above); declared as the year the scale changed, it is not
    let (code, err) = check_with(
        &[(
            "              realisasi: { 2023: 50, 2024: 42.9 }\n",
            "              skala_berubah: [2024]\n              realisasi: { 2023: 5, 2024: 50.01 }\n",
        )],
        "C",
    );
    assert!(!err.contains("by a factor of more than 10"), "{err}");
    assert_eq!(code, 0, "the variant itself is accepted: {err}");
}

#[test]
fn a_kegiatan_whose_pagu_alone_is_above_its_programs_is_named() {
    let (code, err) = check_with(&[("pagu: 300000, realisasi: 250000", "pagu: 5000001, realisasi: 250000")], "C");
    assert_eq!(code, 1, "the sum is above the program's pagu too: {err}");
    assert!(
        err.contains("warning: program[1].kegiatan[0].pagu: the pagu of kegiatan `K3` (5000001) is above the pagu of its program (5000000)"),
        "{err}"
    );
    let (_, err) =
        check_with(&[("pagu: 300000, realisasi: 250000", "pagu: 5000001, realisasi: 250000")], "id_ID.UTF-8");
    assert!(err.contains("pagu kegiatan `K3` (5000001) melebihi pagu program induknya (5000000)"), "{err}");
}

/// K1 of `kecil.yaml` as a kegiatan with two sub kegiatan (codes on every level), its pagu and
/// realisasi left to their sums (600 000 and 540 000, as before).
const K1: &str = "      - { id: K1, nama: Kegiatan Satu, pagu: 600000, realisasi: 540000, output: [Laporan] }\n";
const K1_SUB: &str = "      - id: K1
        kode: 2.17.02.1.01
        nama: Kegiatan Satu
        output: [Laporan]
        sub_kegiatan:
          - { id: K1a, kode: 2.17.02.1.01.01, nama: Sub Satu A, pagu: 350000, realisasi: 300000, output: [Data UMKM] }
          - { id: K1b, kode: 2.17.02.1.01.02, nama: Sub Satu B, pagu: 250000, realisasi: 240000 }
";

fn json_of(changes: &[(&str, &str)]) -> (i32, serde_json::Value) {
    let text = fixture_with("kecil.yaml", changes);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("lkjip.yaml");
    std::fs::write(&p, text).unwrap();
    let out = lkjip(&["check", "--format", "json", p.to_str().unwrap()]);
    (out.status.code().unwrap(), serde_json::from_slice(&out.stdout).expect("json"))
}

#[test]
fn sub_kegiatan_add_up_to_their_kegiatan_and_program() {
    let (code, v) = json_of(&[(K1, K1_SUB), ("    pagu: 1000000\n", "    kode: 2.17.02\n")]);
    assert_eq!(code, 0, "{v:#}");
    let p = &v["report"]["program"][0];
    assert_eq!(p["pagu"], "1000000", "the program's pagu is the sum of its kegiatan: {p:#}");
    assert_eq!(p["realisasi"], "940000");
    let k = &p["kegiatan"][0];
    assert_eq!(k["serapan"]["nilai"], "90.00", "{k:#}");
    assert_eq!(k["sub_kegiatan"][0]["id"], "K1a");
    assert_eq!(k["sub_kegiatan"][0]["serapan"]["nilai"], "85.71");
    assert_eq!(k["sub_kegiatan"][1]["serapan"]["nilai"], "96.00");
    assert!(p["kegiatan"][1].get("sub_kegiatan").is_none(), "a kegiatan without sub kegiatan keeps its old figures");
    // the two-level form gives the same figures
    let (_, old) = json_of(&[]);
    assert_eq!(old["report"]["program"][0]["pagu"], "1000000");
    assert_eq!(old["report"]["program"][0]["kegiatan"][0]["serapan"], k["serapan"]);
}

#[test]
fn a_written_figure_that_is_not_the_sum_of_its_children_names_both() {
    let k1 = K1_SUB.replace("        output: [Laporan]\n", "        pagu: 600001\n        realisasi: 540000\n");
    let (code, err) = check_with(&[(K1, &k1)], "C");
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("error: program[0].kegiatan[0].pagu: the pagu of kegiatan `K1` is 600001, but its sub kegiatan add up to 600000"),
        "{err}"
    );
    assert!(!err.contains("kegiatan[0].realisasi: the realisasi"), "the realisasi agrees: {err}");
    let (_, err) = check_with(&[(K1, &k1)], "id_ID.UTF-8");
    assert!(err.contains("pagu kegiatan `K1` tertulis 600001, tetapi jumlah sub kegiatan di bawahnya 600000"), "{err}");
    // the program's pagu against its kegiatan (the reference's two-level check) still holds
    let (code, err) = check_with(&[("    pagu: 1000000\n", "    pagu: 1000001\n")], "C");
    assert_eq!(code, 1);
    assert!(
        err.contains("program[0].pagu: the activities' pagu add up to 1000000, not the program's 1000001"),
        "{err}"
    );
}

#[test]
fn a_level_with_no_figure_and_nothing_to_add_up_is_an_error() {
    let (code, err) = check_with(&[(K1, "      - { id: K1, nama: Kegiatan Satu, realisasi: 540000 }\n")], "C");
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "program[0].kegiatan[0].pagu: kegiatan `K1` has no pagu: write it, or list all of its sub kegiatan"
        ),
        "{err}"
    );
    let (code, err) =
        check_with(&[("    pagu: 5000000\n    kegiatan_lengkap: false\n", "    kegiatan_lengkap: false\n")], "C");
    assert_eq!(code, 1);
    assert!(err.contains("program[1].pagu: program `P2` has no pagu: write it, or list all of its kegiatan"), "{err}");
}

#[test]
fn a_sasaran_links_sub_kegiatan_and_counts_each_once() {
    let (code, v) = json_of(&[(K1, K1_SUB), ("kegiatan: [K1, K2]", "kegiatan: [K1a, K2]")]);
    assert_eq!(code, 0, "{v:#}");
    let s = &v["report"]["sasaran"][0];
    assert_eq!(s["pagu"], "750000", "K1a 350 000 + K2 400 000: {s:#}");
    assert_eq!(s["realisasi"], "700000");
    let (code, err) = check_with(&[(K1, K1_SUB), ("kegiatan: [K1, K2]", "kegiatan: [K1, K1a]")], "C");
    assert_eq!(code, 1);
    assert!(
        err.contains("analisis_sasaran[0].kegiatan[1]: `K1a` is a sub kegiatan of `K1`, which is listed too"),
        "{err}"
    );
}

#[test]
fn sub_kegiatan_plausibility_and_placeholders() {
    let k1 = K1_SUB.replace("pagu: 250000, realisasi: 240000", "pagu: 250000, realisasi: 2000");
    let (_, err) = check_with(&[(K1, &k1)], "C");
    assert!(
        err.contains(
            "program[0].kegiatan[0].sub_kegiatan[1].realisasi: the serapan of sub kegiatan `K1b` is only 0,80 %"
        ),
        "{err}"
    );
    let (code, err) = check_with(
        &[(K1, K1_SUB), ("Tidak ada temuan berulang.", "Serapan {K1a.serapan} dari {K1a.pagu}; {K1b.nama}.")],
        "C",
    );
    assert_eq!(code, 0, "placeholders of a sub kegiatan are known: {err}");
}

#[test]
fn the_pdf_prints_codes_and_sub_kegiatan_under_their_kegiatan() {
    let mut text =
        fixture_text("kecil.yaml").replacen(K1, K1_SUB, 1).replacen("    pagu: 1000000\n", "    kode: 2.17.02\n", 1);
    text = text.replacen("kegiatan: [K3]", "kegiatan: [K3, K1b]", 1);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("lkjip.yaml");
    std::fs::write(&p, text).unwrap();
    let pdf = dir.path().join("lkjip.pdf");
    let out = lkjip_cmd("C").arg("build").arg(&p).arg("-o").arg(&pdf).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let t = crate::prelude::text(&std::fs::read(&pdf).unwrap(), None);
    let flat = t.split_whitespace().collect::<Vec<_>>().join(" ");
    // the PK lists the program after its code
    assert!(flat.contains("2.17.02 Program Satu Rp 1.000.000"), "{flat}");
    // sasaran 1: the kegiatan with its sums, then its sub kegiatan (indented) with theirs
    crate::prelude::assert_in_order(
        &flat,
        &[
            "2.17.02.1.01 Kegiatan Satu 600.000 540.000 90,00 Laporan",
            "– 2.17.02.1.01.01 Sub Satu A 350.000 300.000 85,71 Data UMKM",
            "– 2.17.02.1.01.02 Sub Satu B 250.000 240.000 96,00",
        ],
    );
    // sasaran 2 links only K1b: it is printed under its kegiatan's name, which carries no
    // figures; programs in file order
    let s2 = &flat[flat.rfind("Program, Kegiatan, Anggaran dan Output Sasaran 2").unwrap()..];
    crate::prelude::assert_in_order(
        s2,
        &[
            "2.17.02.1.01 Kegiatan Satu",
            "– 2.17.02.1.01.02 Sub Satu B 250.000 240.000 96,00",
            "Program Penunjang Administrasi 300.000 250.000 83,33",
        ],
    );
    let head = &s2[..s2.find("Sub Satu B").unwrap()];
    assert!(!head.contains("600.000"), "{head}");
}
