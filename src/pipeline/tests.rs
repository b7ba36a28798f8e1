//! Tests of the pipeline, and of the stages through it: positions are indexed only for a
//! problem, and the Typst data carries formatted figures and generated sentences.
#![allow(clippy::disallowed_methods, reason = "tests write their fixtures directly")]

use std::path::Path;

use super::*;
use crate::present::typst_data;
use crate::render::TypstData;

#[test]
fn a_clean_report_is_not_indexed_but_a_problem_gets_its_line() {
    let clean = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kecil.yaml");
    let Checked::Valid(p) = check(&clean).unwrap() else { panic!("the fixture does not check clean") };
    assert!(!p.source.is_indexed(), "a clean report was parsed a second time for positions");
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("lkjip.yaml");
    std::fs::write(&broken, p.source.text.replacen("tempat:", "tempta:", 1)).unwrap();
    let Checked::Invalid(stopped) = check(&broken).unwrap() else { panic!("a misspelt key checks clean") };
    let problems = &stopped.problems;
    let line = p.source.text.lines().position(|l| l.contains("tempat:")).unwrap() + 1;
    assert!(problems.problems.iter().any(|q| q.position.is_some_and(|pos| pos.line == line)), "{problems:?}");
}

fn data(path: &str) -> TypstData {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let Checked::Valid(p) = check(&p).unwrap() else { panic!("invalid fixture") };
    typst_data(&p.report, &p.computed).unwrap()
}

#[test]
fn tables_carry_formatted_figures() {
    let d = data("tests/fixtures/kecil.yaml");
    let t = &d.bab3.capaian.tabel_capaian[0].sasaran[0].indikator;
    assert_eq!((t[0].target.as_str(), t[0].realisasi.as_str(), t[0].capaian.as_str()), ("0,025", "0,0189", "124,40"));
    assert_eq!(t[1].capaian, "71,18");
    let undefined = &d.bab3.capaian.tabel_capaian[0].sasaran[1].indikator[0];
    assert_eq!(undefined.capaian, "tak terdefinisi");
    assert_eq!(d.bab2.pk.jumlah, "6.000.000");
    assert_eq!(d.bab2.pk.sasaran[0].indikator[1].target, "60,27 %");
    let e = &d.bab3.analisis.sasaran[0].efisiensi;
    assert_eq!((e.jumlah_pagu.as_str(), e.serapan.as_str()), ("1.000.000", "94,00"));
    assert_eq!(d.kata_pengantar.tanda_tangan.awalan.as_deref(), Some("Plt."));
    assert_eq!(d.kata_pengantar.tanda_tangan.nip.as_deref(), Some("19700101 199503 2 001"));
    assert_eq!(d.kata_pengantar.tanda_tangan.tanggal.as_deref(), Some("28 Februari 2025"));
    assert_eq!(d.bab3.kerangka.skala_kategori[0].rentang, "≥ 90,00 %");
    let chart = &d.bab3.capaian.grafik_capaian;
    // 124,40 % at most: the axis ends at 125 % with a tick every 25 %
    assert_eq!(chart.garis_100, "0.8000");
    let axis: Vec<(&str, &str)> = chart.sumbu.iter().map(|t| (t.label.as_str(), t.fraksi.as_str())).collect();
    assert_eq!(
        axis,
        [
            ("0 %", "0.0000"),
            ("25 %", "0.2000"),
            ("50 %", "0.4000"),
            ("75 %", "0.6000"),
            ("100 %", "0.8000"),
            ("125 %", "1.0000")
        ]
    );
    let trend = &d.bab3.capaian.grafik_tren[0];
    assert!(trend.sumbu.len() >= 2 && trend.sumbu[0].label == "0", "{:?}", trend.sumbu);
    assert_eq!(trend.sumbu.last().unwrap().fraksi, "1.0000");
    assert_eq!(chart.batang[0].fraksi.as_deref(), Some("0.9952"));
    assert_eq!(chart.batang[2].fraksi, None);
}

#[test]
fn generated_sentences_use_computed_figures() {
    let d = data("tests/fixtures/kecil.yaml");
    let text = serde_json::to_string(&d.ikhtisar.kalimat).unwrap();
    assert!(text.contains("1 indikator (50,00 %) melebihi target"), "{text}");
    assert!(text.contains("capaian 1 indikator tidak dapat dihitung"), "{text}");
    let kp = serde_json::to_string(&d.kata_pengantar.narasi).unwrap();
    assert!(kp.contains("Capaian rata-rata adalah"), "{kp}");
    let keu = serde_json::to_string(&d.bab3.keuangan.urutan).unwrap();
    assert!(keu.contains("Realisasi belanja operasi sebesar Rp 3.500.000 dari pagu Rp 4.000.000 (87,50 %)"), "{keu}");
    let reference = data("data/pekalongan-2021/lkjip.yaml");
    let keu = serde_json::to_string(&reference.bab3.keuangan.urutan).unwrap();
    assert!(!keu.contains("Realisasi belanja operasi sebesar"), "the planner's own paragraph is not repeated");
    let bab4 = serde_json::to_string(&d.bab4.narasi).unwrap();
    assert!(bab4.contains("Indikator Persentase UMKM menerima KUR dengan capaian kinerja 71,18 % (Cukup)."), "{bab4}");
}
