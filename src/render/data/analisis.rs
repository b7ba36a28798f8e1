//! The Typst data of BAB III per sasaran (analysis, programs, activities, efficiency, photos)
//! and of its financial accountability.

use serde::{Deserialize, Serialize};

use super::{BarisCapaian, Foto, Isi, Narasi};

/// Analysis per sasaran.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianAnalisis {
    /// Heading, e.g. "C. Pengukuran, Evaluasi dan Analisis Capaian Kinerja Sasaran Strategis".
    pub judul: String,
    /// Text before the first sasaran, in reading order: it may place "tabel sebaran" (table 3.4).
    pub urutan: Vec<Isi>,
    /// One entry per sasaran.
    pub sasaran: Vec<AnalisisSasaran>,
}

/// Everything BAB III says about one sasaran.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnalisisSasaran {
    /// Label, e.g. "Sasaran 1".
    pub label: String,
    /// The sasaran, e.g. "Meningkatnya peran koperasi dan lembaga keuangan".
    pub uraian: String,
    /// Analysis table rows (one per indicator).
    pub analisis: Vec<BarisAnalisis>,
    /// Text after the analysis table.
    pub narasi: Narasi,
    /// Supporting programs with their outcome indicators.
    pub program: Vec<ProgramOutcome>,
    /// Programs with their activities, budget and outputs.
    pub kegiatan: Vec<ProgramKegiatan>,
    /// Supporting factors.
    pub faktor_pendukung: Narasi,
    /// Inhibiting factors.
    pub faktor_penghambat: Narasi,
    /// Efficiency table.
    pub efisiensi: Efisiensi,
    /// Recommendations.
    pub rekomendasi: Narasi,
    /// Documentation photos.
    pub foto: Vec<Foto>,
}

/// Row of a sasaran's analysis table.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisAnalisis {
    /// Number, e.g. "1".
    pub no: String,
    /// Indicator.
    pub indikator: String,
    /// Unit.
    pub satuan: String,
    /// Target of the year.
    pub target: String,
    /// Realisation.
    pub realisasi: String,
    /// Capaian of the year.
    pub capaian: String,
    /// End-of-Renstra target.
    pub target_akhir: String,
    /// Capaian against it.
    pub capaian_akhir: String,
    /// Category on the scale, e.g. "Baik".
    pub kategori: String,
}

/// A program with its outcome indicators.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramOutcome {
    /// Marker, e.g. "1)".
    pub penanda: String,
    /// Program name.
    pub nama: String,
    /// Outcome indicators.
    pub indikator: Vec<BarisOutcome>,
}

/// An outcome indicator row.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisOutcome {
    /// Number, e.g. "1".
    pub no: String,
    /// Indicator.
    pub uraian: String,
    /// Unit.
    pub satuan: String,
    /// Target.
    pub target: String,
    /// Realisation.
    pub realisasi: String,
}

/// A program with its activities (kegiatan table).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramKegiatan {
    /// Number, e.g. "1.".
    pub no: String,
    /// Program name.
    pub program: String,
    /// Activities.
    pub kegiatan: Vec<Kegiatan>,
}

/// One activity.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kegiatan {
    /// Activity name.
    pub uraian: String,
    /// Budget ceiling, e.g. "40.900.000".
    pub pagu: String,
    /// Spending.
    pub realisasi: String,
    /// Absorption, e.g. "97,15".
    pub serapan: String,
    /// Outputs, one line each.
    pub output: Vec<String>,
    /// "Menunjang" or "Kurang Menunjang".
    pub keterangan: String,
    /// A sub kegiatan (printed indented under its kegiatan).
    #[serde(default)]
    pub sub: bool,
}

/// Efficiency table of a sasaran.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Efisiensi {
    /// Indicators: performance side.
    pub indikator: Vec<BarisCapaian>,
    /// Programs: financial side.
    pub program: Vec<EfisiensiProgram>,
    /// Average capaian, e.g. "73,84".
    pub rata_rata_capaian: String,
    /// Total budget.
    pub jumlah_pagu: String,
    /// Total spending.
    pub jumlah_realisasi: String,
    /// Total absorption, e.g. "95,64".
    pub serapan: String,
    /// Efficiency level, e.g. "-22,79 %".
    pub tingkat_efisiensi: String,
    /// The method in words, e.g. "(capaian ÷ serapan − 1) × 100".
    pub metode: String,
    /// For the EKA method: one row per kegiatan measured.
    #[serde(default)]
    pub eka: Vec<super::ukur::BarisEka>,
}

/// Financial side of an efficiency row.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EfisiensiProgram {
    /// Program name.
    pub nama: String,
    /// Budget.
    pub pagu: String,
    /// Spending.
    pub realisasi: String,
    /// Absorption.
    pub serapan: String,
}

/// Financial accountability.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianKeuangan {
    /// Heading, e.g. "D. Akuntabilitas Keuangan".
    pub judul: String,
    /// The section in reading order: the planner's text with the block "tabel keuangan" (and the
    /// generated summary after it when the planner wrote no text).
    pub urutan: Vec<Isi>,
    /// Rows: income, operational spending, capital spending, …
    pub baris: Vec<BarisKeuangan>,
    /// Optional total row.
    pub jumlah: Option<BarisKeuangan>,
    /// Programs' budgets per quarter, when given.
    #[serde(default)]
    pub triwulan: Vec<super::ukur::BarisTriwulanAnggaran>,
}

/// Row of the financial table.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisKeuangan {
    /// Number, e.g. "1." ("" for the total).
    pub no: String,
    /// Item, e.g. "Belanja Operasional".
    pub uraian: String,
    /// Budget.
    pub pagu: String,
    /// Realisation.
    pub realisasi: String,
    /// Percentage.
    pub persentase: String,
}
