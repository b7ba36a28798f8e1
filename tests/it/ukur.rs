//! Indicators as agencies measure them (#13 item 3), through `lkjip check` and `build`: ratios
//! given as numerator and denominator, a year without a target of its own, history before the
//! Renstra, quarters, a change of measurement scale; each figure computed, each mistake named.

use crate::prelude::{fixture_with, lkjip};

/// `kecil.yaml` with text replacements, in a temp dir.
fn variant(edits: &[(&str, &str)]) -> (tempfile::TempDir, std::path::PathBuf) {
    let text = fixture_with("kecil.yaml", edits);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("lkjip.yaml");
    std::fs::write(&p, text).unwrap();
    (dir, p)
}

/// The variant checked as JSON: (exit code, the JSON output).
fn check(edits: &[(&str, &str)]) -> (i32, serde_json::Value) {
    let (_dir, p) = variant(edits);
    let out = lkjip(&["check", "--format", "json", p.to_str().unwrap()]);
    (out.status.code().unwrap(), serde_json::from_slice(&out.stdout).unwrap())
}

/// The variant built, as the PDF's text.
fn pdf_text(edits: &[(&str, &str)]) -> String {
    let (dir, p) = variant(edits);
    let pdf = dir.path().join("out.pdf");
    let out = lkjip(&["build", p.to_str().unwrap(), "-o", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    crate::prelude::text(&std::fs::read(&pdf).unwrap(), None)
}

fn problems(v: &serde_json::Value) -> String {
    serde_json::to_string_pretty(&v["problems"]).unwrap()
}

const UMKM: &str = "target: { 2024: 60.27, 2026: 60.27 }\n              realisasi: { 2023: 50, 2024: 42.9 }";

#[test]
fn a_ratio_is_computed_from_numerator_and_denominator_and_both_are_shown() {
    let (code, v) = check(&[(
        UMKM,
        "target: { 2024: 60.27, 2026: 60.27 }\n              realisasi: { 2023: 50 }\n              rasio: { realisasi: { 2024: { pembilang: 940468, penyebut: 1096138 } } }",
    )]);
    assert_eq!(code, 0, "{}", problems(&v));
    let i = &v["report"]["indikator"][1];
    // 940468 / 1096138 × 100 = 85,7982…; shown at the document's 2 decimals
    assert_eq!(i["realisasi"], "85.80");
    // capaian from the unrounded ratio: 85,798175… / 60,27 × 100 = 142,3564…
    assert_eq!(i["capaian"]["nilai"], "142.36");
    // the difference of the printed values: 85,80 − 50
    assert_eq!(i["selisih_lalu"], "35.80");

    // the PDF shows the ratio with its numerator and denominator
    let text = pdf_text(&[(
        UMKM,
        "target: { 2024: 60.27, 2026: 60.27 }\n              realisasi: { 2023: 50 }\n              rasio: { realisasi: { 2024: { pembilang: 940468, penyebut: 1096138 } } }",
    )]);
    assert!(text.contains("85,80"), "{text}");
    // (the two lines of the cell read as one in the text)
    assert!(text.contains("(940.468 / 1.096.138)"), "{text}");
    assert!(text.contains("dihitung dari pembilang"), "{text}");
}

#[test]
fn ratio_mistakes_are_named() {
    let (code, v) = check(&[(
        UMKM,
        "target: { 2024: 60.27, 2026: 60.27 }\n              realisasi: { 2024: 42.9 }\n              rasio: { kali: 0, realisasi: { 2024: { pembilang: 1, penyebut: 0 } } }",
    )]);
    assert_eq!(code, 1);
    let p = problems(&v);
    assert!(p.contains("rasio.realisasi.2024\""), "{p}");
    assert!(p.contains("given twice, as a value and as numerator/denominator"), "{p}");
    assert!(p.contains("rasio.realisasi.2024.penyebut"), "{p}");
    assert!(p.contains("the denominator (penyebut) is 0"), "{p}");
    assert!(p.contains("rasio.kali"), "{p}");
}

#[test]
fn a_year_without_its_own_target_is_judged_against_the_end_target_only_when_declared() {
    let no_target = ("target: { 2024: 60.27, 2026: 60.27 }", "target: { 2026: 60.27 }");
    let (code, v) = check(&[no_target]);
    assert_eq!(code, 1, "a missing target stays an error");
    let p = problems(&v);
    assert!(p.contains("no target for the report year 2024"), "{p}");
    assert!(p.contains("tanpa_target: [2024]"), "the hint says how to declare it: {p}");

    let (code, v) = check(&[
        no_target,
        (
            "iku: true\n              target: { 2026",
            "iku: true\n              tanpa_target: [2024]\n              target: { 2026",
        ),
    ]);
    assert_eq!(code, 0, "{}", problems(&v));
    let i = &v["report"]["indikator"][1];
    assert_eq!(i["tanpa_target"], true);
    assert_eq!(i["target"], serde_json::Value::Null);
    // 42,9 / 60,27 (the end-of-Renstra target)
    assert_eq!(i["capaian"]["nilai"], "71.18");
    assert_eq!(i["capaian_akhir"]["nilai"], "71.18");
    assert_eq!(i["status"], "Tidak Tercapai");

    // declared for a year that has a target: refused
    let (code, v) = check(&[(
        "iku: true\n              target: { 2024: 60.27",
        "iku: true\n              tanpa_target: [2024]\n              target: { 2024: 60.27",
    )]);
    assert_eq!(code, 1);
    assert!(problems(&v).contains("is listed as a year without a target, but a target for 2024 is given"));
}

#[test]
fn history_before_the_renstra_and_the_difference_with_last_year() {
    // realisations before the Renstra (2021–2026) are history; targets there are still refused
    let (code, v) = check(&[
        (
            UMKM,
            "target: { 2024: 60.27, 2026: 60.27 }\n              realisasi: { 2019: 30, 2020: 35.5, 2023: 50, 2024: 42.9 }",
        ),
        (
            "uraian: Tidak ada temuan berulang.",
            "uraian: UMKM {umkm.selisih_lalu} poin, {umkm.tren_kinerja}; Theil {theil.tren_kinerja}.",
        ),
    ]);
    assert_eq!(code, 0, "{}", problems(&v));
    let i = &v["report"]["indikator"][1];
    assert_eq!(i["seri"]["2019"]["realisasi"], "30");
    assert_eq!(i["selisih_lalu"], "-7.1");
    let (code, v) = check(&[(
        UMKM,
        "target: { 2019: 1, 2024: 60.27, 2026: 60.27 }\n              realisasi: { 2023: 50, 2024: 42.9 }",
    )]);
    assert_eq!(code, 1);
    assert!(problems(&v).contains("2019 is outside the Renstra period 2021–2026"));
}

#[test]
fn quarters_give_the_year_as_declared_and_disagreements_are_named() {
    let q = "triwulan: { 2024: { target: [10, 20, 40, 60.27], realisasi: [12, 25, 38, 42.9] } }";
    let (code, v) = check(&[(
        UMKM,
        &format!(
            "target: {{ 2026: 60.27 }}\n              realisasi: {{ 2023: 50 }}\n              agregasi: akhir\n              {q}"
        ),
    )]);
    assert_eq!(code, 0, "{}", problems(&v));
    let i = &v["report"]["indikator"][1];
    assert_eq!((i["target"].as_str(), i["realisasi"].as_str()), (Some("60.27"), Some("42.90")));
    assert_eq!(i["capaian"]["nilai"], "71.18");
    let tw: Vec<&str> =
        i["triwulan"].as_array().unwrap().iter().map(|t| t["capaian"]["nilai"].as_str().unwrap()).collect();
    assert_eq!(tw, ["120.00", "125.00", "95.00", "71.18"]);

    // a yearly value that disagrees with its quarters' sum
    let (code, v) = check(&[(
        UMKM,
        "target: { 2024: 60.27, 2026: 60.27 }\n              realisasi: { 2024: 42.9 }\n              agregasi: jumlah\n              triwulan: { 2024: { realisasi: [10, 10, 10, 10, 2.9] } }",
    )]);
    assert_eq!(code, 1);
    assert!(problems(&v).contains("5 quarters: a year has four"), "{}", problems(&v));
    let (code, v) = check(&[(
        UMKM,
        "target: { 2024: 60.27, 2026: 60.27 }\n              realisasi: { 2024: 42.9 }\n              agregasi: jumlah\n              triwulan: { 2024: { realisasi: [10, 10, 10, 10] } }",
    )]);
    assert_eq!(code, 1);
    assert!(
        problems(&v).contains("2024 is written as 42.9, but its four quarters give 40 (their sum)"),
        "{}",
        problems(&v)
    );

    // a program's budget per quarter: cumulative serapan, and the sum checked
    let (code, v) = check(&[(
        "    pagu: 1000000\n    outcome:",
        "    pagu: 1000000\n    triwulan: { rencana: [250000, 250000, 250000, 250000], realisasi: [100000, 200000, 300000, 340000] }\n    outcome:",
    )]);
    assert_eq!(code, 0, "{}", problems(&v));
    let s: Vec<&str> = v["report"]["program"][0]["serapan_triwulan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["nilai"].as_str().unwrap())
        .collect();
    assert_eq!(s, ["10.00", "30.00", "60.00", "94.00"]);
    let (code, v) = check(&[(
        "    pagu: 1000000\n    outcome:",
        "    pagu: 1000000\n    triwulan: { realisasi: [100000, 200000, 300000, 300000] }\n    outcome:",
    )]);
    assert_eq!(code, 1);
    assert!(problems(&v).contains("the four quarters' spending adds up to 900000, the program's realisasi is 940000"));
}

#[test]
fn a_change_of_measurement_scale_is_not_a_rise_or_a_fall() {
    let edits = [
        (
            UMKM,
            "target: { 2024: 60.27, 2026: 60.27 }\n              realisasi: { 2023: 500, 2024: 42.9 }\n              skala_berubah: [2024]",
        ),
        ("uraian: Tidak ada temuan berulang.", "uraian: Tren UMKM {umkm.tren}."),
    ];
    let (code, v) = check(&edits);
    assert_eq!(code, 0, "{}", problems(&v));
    let i = &v["report"]["indikator"][1];
    assert_eq!(i["sebanding"], false);
    assert_eq!(i["tren"], serde_json::Value::Null);
    assert_eq!(i["selisih_lalu"], serde_json::Value::Null);
}

const SKALA: &str = "akuntabilitas:\n  analisis_sasaran:";

#[test]
fn scales_with_whole_number_bounds_a_band_without_value_and_a_serapan_scale() {
    let skala = "akuntabilitas:
  skala:
    status:
      - { label: Tidak Tercapai, maks: 99.99 }
      - { label: Tercapai, min: 100, maks: 100 }
      - { label: Melebihi Target, min: 100.01 }
      - { label: Tidak Ada Target, tanpa_nilai: true }
    kategori:
      - { label: Sangat Baik, min: 91, maks: 100 }
      - { label: Baik, min: 76, maks: 90 }
      - { label: Cukup, min: 66, maks: 75 }
      - { label: Kurang, min: 51, maks: 65 }
      - { label: Sangat Kurang, maks: 50 }
    serapan:
      - { label: Tinggi, min: 90 }
      - { label: Rendah, maks: 89 }
  analisis_sasaran:";
    let (code, v) = check(&[(SKALA, skala)]);
    // the top band ends at 100 and does not say what happens above: a warning, and 124,40 % has
    // no category, so the placeholder {theil.kategori} cannot be printed
    assert_eq!(code, 1);
    let p = problems(&v);
    assert!(p.contains("akuntabilitas.skala.kategori") && p.contains("di_atas_maks: true"), "{p}");
    assert!(p.contains("placeholder `{theil.kategori}`: the category is not given"), "{p}");

    let (code, v) =
        check(&[(SKALA, &skala.replace("min: 91, maks: 100 }", "min: 91, maks: 100, di_atas_maks: true }"))]);
    assert_eq!(code, 0, "{}", problems(&v));
    assert!(!problems(&v).contains("di_atas_maks"), "{}", problems(&v));
    let r = &v["report"];
    assert_eq!(r["indikator"][0]["kategori"], "Sangat Baik", "124,40 % is above the top band");
    assert_eq!(r["indikator"][1]["kategori"], "Cukup", "71,18 is 71 at whole numbers");
    // (124,40 + 71,18) / 2 = 97,79 → 98
    assert_eq!(r["sasaran"][0]["kategori"], "Sangat Baik");
    // a target of 0 left undefined: the band without a value
    assert_eq!(r["indikator"][2]["status"], "Tidak Ada Target");
    assert_eq!(r["ringkasan"]["tanpa_capaian"], 1);
    assert_eq!(r["program"][0]["kegiatan"][0]["kategori_serapan"], "Tinggi");
    assert_eq!(r["keuangan"]["belanja"]["kategori_serapan"], "Tinggi");

    // the PDF prints the bands at their own precision and says how values are judged
    let text = pdf_text(&[(SKALA, &skala.replace("min: 91, maks: 100 }", "min: 91, maks: 100, di_atas_maks: true }"))]);
    assert!(text.contains("76 – 90 %"), "{text}");
    assert!(text.contains("≥ 91 % (91 – 100 % dan di atasnya)"), "{text}");
    assert!(text.contains("dibulatkan ke bilangan bulat"), "{text}");
    assert!(text.contains("Kategori Serapan Anggaran"), "{text}");
    assert!(text.contains("tidak dapat dihitung"), "{text}");
}

#[test]
fn the_eka_efficiency_per_kegiatan_with_its_offset() {
    let edits = [
        ("output: [Laporan] }", "output: [Laporan], volume: { satuan: laporan, target: 10, realisasi: 10 } }"),
        ("realisasi: 400000 }", "realisasi: 400000, volume: { satuan: dokumen, target: 4, realisasi: 5 } }"),
        (SKALA, "akuntabilitas:\n  efisiensi: { metode: eka }\n  analisis_sasaran:"),
    ];
    let (code, v) = check(&edits);
    assert_eq!(code, 0, "{}", problems(&v));
    // K3 serves S2 without a volume: left out, and said
    assert!(problems(&v).contains("kegiatan `K3` serves a sasaran measured by the EKA method"), "{}", problems(&v));
    let s = &v["report"]["sasaran"][0];
    // K1: 1 − 0,9 ÷ 1 = 0,1; K2: 1 − 1 ÷ 1,25 = 0,2; E = 15 %; 50 + 2,5 × 15 = 87,5 %
    assert_eq!(s["efisiensi_eka"]["nilai"], "15.00");
    assert_eq!(s["efisiensi"]["nilai"], "87.50");
    assert_eq!(v["report"]["sasaran"][1]["efisiensi"], serde_json::Value::Null, "no kegiatan with a volume");
    let k = &v["report"]["program"][0]["kegiatan"];
    assert_eq!((k[0]["eka"]["nilai"].as_str(), k[1]["eka"]["nilai"].as_str()), (Some("10.00"), Some("20.00")));
    // another offset and factor, declared
    let (_, v) = check(&[
        edits[0],
        edits[1],
        (SKALA, "akuntabilitas:\n  efisiensi: { metode: eka, dasar: 0, pengali: 1 }\n  analisis_sasaran:"),
    ]);
    assert_eq!(v["report"]["sasaran"][0]["efisiensi"]["nilai"], "15.00");
    let text = pdf_text(&edits);
    assert!(text.contains("Efisiensi Penggunaan Anggaran per Kegiatan"), "{text}");
    assert!(text.contains("87,50 %"), "{text}");
    assert!(text.contains("E = Σ(1 − (RA/PA) ÷ (RV/TV)) / n = 15,00 %"), "{text}");
}
