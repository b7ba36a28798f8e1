//! Computed report → Typst data: every value the layouts print, formatted in Rust.
//!
//! This is the presentation layer: it rounds nothing itself (figures arrive as
//! [`Persen`](crate::compute::report::Persen) already rounded once) and only formats and
//! arranges. Narrative placeholders are resolved here into the figures they name.
// No panic from input (#11): no unwrap/expect, no unchecked arithmetic outside tests; each
// exception is an #[expect] with its reason where it stands.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects))]

mod bab1_2;
mod bab3;
mod bagan;
pub mod figures;
mod front;
mod sumbu;
mod text;
mod ukur;
mod urutan;

pub use text::{TAK_TERDEFINISI, pemerintah};

use crate::compute::report::Computed;
use crate::model::Report;
use crate::render::data::TypstData;

/// Build everything the layouts read. Fails only on a placeholder `check` would have
/// refused (so never for a prepared report).
pub fn typst_data(report: &Report, c: &Computed) -> anyhow::Result<TypstData> {
    let cx = text::Cx { report, c };
    Ok(TypstData {
        dokumen: front::dokumen(&cx),
        sampul: front::sampul(&cx),
        kata_pengantar: front::kata_pengantar(&cx)?,
        ikhtisar: front::ikhtisar(&cx)?,
        pernyataan_reviu: front::reviu(&cx)?,
        bab1: bab1_2::bab1(&cx)?,
        bab2: bab1_2::bab2(&cx)?,
        bab3: bab3::bab3(&cx)?,
        bab4: front::bab4(&cx)?,
        lampiran_pk: front::lampiran_pk(&cx),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::prepare::{Checked, prepare};

    fn data(path: &str) -> TypstData {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        let Checked::Valid(p) = prepare(&p).unwrap() else { panic!("invalid fixture") };
        typst_data(&p.report, &p.computed).unwrap()
    }

    #[test]
    fn tables_carry_formatted_figures() {
        let d = data("tests/fixtures/kecil.yaml");
        let t = &d.bab3.capaian.tabel_capaian[0].sasaran[0].indikator;
        assert_eq!(
            (t[0].target.as_str(), t[0].realisasi.as_str(), t[0].capaian.as_str()),
            ("0,025", "0,0189", "124,40")
        );
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
        assert!(
            keu.contains("Realisasi belanja operasi sebesar Rp 3.500.000 dari pagu Rp 4.000.000 (87,50 %)"),
            "{keu}"
        );
        let reference = data("data/pekalongan-2021/lkjip.yaml");
        let keu = serde_json::to_string(&reference.bab3.keuangan.urutan).unwrap();
        assert!(!keu.contains("Realisasi belanja operasi sebesar"), "the planner's own paragraph is not repeated");
        let bab4 = serde_json::to_string(&d.bab4.narasi).unwrap();
        assert!(
            bab4.contains("Indikator Persentase UMKM menerima KUR dengan capaian kinerja 71,18 % (Cukup)."),
            "{bab4}"
        );
    }
}
