//! The Typst data of BAB I (sections, organisation chart) and BAB II (tables 2.1–2.3).

use serde::{Deserialize, Serialize};

use super::{Isi, Narasi};

/// A titled subsection of narrative, e.g. "A. Latar Belakang".
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bagian {
    /// Heading including its letter, e.g. "A. Latar Belakang".
    pub judul: String,
    /// The text.
    pub narasi: Narasi,
}

/// BAB I Pendahuluan.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bab1 {
    /// Subsections in order (latar belakang, gambaran umum, tugas dan fungsi, …).
    pub bagian: Vec<Bagian>,
    /// Organisation chart, drawn after subsection number `struktur_setelah` (0-based index into
    /// `bagian`); `None` draws no chart.
    pub struktur: Option<StrukturOrganisasi>,
}

/// Organisation chart.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StrukturOrganisasi {
    /// Index into `Bab1::bagian` after which the chart is placed.
    pub setelah: usize,
    /// Caption, e.g. "Bagan Susunan Organisasi Dinas … Kota Pekalongan".
    pub judul: String,
    /// Alternative text (PDF/UA): every unit under its superior, in words.
    pub alt: String,
    /// The drawing, laid out by Rust (`present::bagan`).
    pub bagan: Bagan,
}

/// An organisation chart laid out: boxes and the lines joining them. Lengths are in tenths of a
/// millimetre from the drawing's top-left corner; the layout only places them.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bagan {
    /// Width of the drawing.
    pub lebar: i64,
    /// Height of the drawing.
    pub tinggi: i64,
    /// Type size of the unit names, in thousandths of a point (7000 = 7 pt).
    pub ukuran: i64,
    /// Inner margin of a box, left and right.
    pub inset: i64,
    /// One box per unit.
    pub kotak: Vec<Kotak>,
    /// Connecting lines, each horizontal or vertical.
    pub garis: Vec<Garis>,
}

/// A unit's box.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kotak {
    /// The unit's name.
    pub nama: String,
    /// Left edge.
    pub x: i64,
    /// Top edge.
    pub y: i64,
    /// Width.
    pub w: i64,
    /// Height.
    pub h: i64,
    /// The head of the agency (set bold).
    pub kepala: bool,
}

/// A straight connecting line.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Garis {
    /// Start.
    pub x0: i64,
    /// Start.
    pub y0: i64,
    /// End.
    pub x1: i64,
    /// End.
    pub y1: i64,
    /// Dashed (the coordination line of the Kelompok Jabatan Fungsional).
    pub putus: bool,
}

/// BAB II Perencanaan Kinerja.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bab2 {
    /// Opening text of the chapter.
    pub pengantar: Narasi,
    /// "A. Rencana Strategis" and any other narrative subsections before the tables.
    pub bagian: Vec<Bagian>,
    /// Table 2.1 and its subsection.
    pub tujuan_sasaran: BagianTujuanSasaran,
    /// Table 2.2 (IKU) and its subsection.
    pub iku: BagianIku,
    /// Table 2.3 (Perjanjian Kinerja) and its subsection.
    pub pk: BagianPk,
    /// The programs with their own goals (tujuan program), when any program has one.
    #[serde(default)]
    pub program_tujuan: Vec<ProgramTujuan>,
}

/// A program with its goal and description.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramTujuan {
    /// Number, e.g. "1.".
    pub no: String,
    /// Code and name, e.g. "2.17.02 Program Pemberdayaan UMKM".
    pub program: String,
    /// What the program does; "" when not written.
    pub uraian: String,
    /// The program's goal; "-" when not written.
    pub tujuan: String,
    /// Pagu in Rupiah without prefix.
    pub pagu: String,
}

/// Subsection with table 2.1: goals and targets with yearly values across the Renstra period.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianTujuanSasaran {
    /// Heading, e.g. "B. Tujuan dan Sasaran Jangka Menengah Perangkat Daerah".
    pub judul: String,
    /// Text before the table.
    pub narasi: Narasi,
    /// Years with realised values, e.g. ["2016", "2017"].
    pub tahun_realisasi: Vec<String>,
    /// Years with targets, e.g. ["2018", …, "2021"].
    pub tahun_target: Vec<String>,
    /// The rows grouped by goal.
    pub tujuan: Vec<Tujuan<BarisRenstra>>,
}

/// A goal (tujuan) with its own indicators and its targets (sasaran); `B` is the row type.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tujuan<B> {
    /// Number as printed, e.g. "1.".
    pub no: String,
    /// The goal.
    pub uraian: String,
    /// Indicators of the goal itself (may be empty).
    pub indikator: Vec<B>,
    /// Targets under the goal.
    pub sasaran: Vec<Sasaran<B>>,
}

/// A target (sasaran) with its indicator rows.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sasaran<B> {
    /// The target.
    pub uraian: String,
    /// One row per indicator.
    pub indikator: Vec<B>,
}

/// Row of table 2.1.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisRenstra {
    /// Indicator.
    pub indikator: String,
    /// Unit.
    pub satuan: String,
    /// Baseline ("data awal"), "" when none.
    pub data_awal: String,
    /// One value per `tahun_realisasi` ("-" when none).
    pub realisasi: Vec<String>,
    /// One value per `tahun_target`.
    pub target: Vec<String>,
    /// End-of-plan condition ("kondisi akhir").
    pub kondisi_akhir: String,
}

/// Subsection with table 2.2 (IKU with formulas).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianIku {
    /// Heading, e.g. "C. Indikator Kinerja Utama".
    pub judul: String,
    /// The section in reading order, with the block "tabel iku" (table 2.2).
    pub urutan: Vec<Isi>,
    /// Rows grouped by sasaran.
    pub sasaran: Vec<SasaranIku>,
}

/// A sasaran in table 2.2.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SasaranIku {
    /// Number, e.g. "1".
    pub no: String,
    /// The sasaran.
    pub uraian: String,
    /// Its indicators.
    pub indikator: Vec<BarisIku>,
}

/// Row of table 2.2.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisIku {
    /// Indicator.
    pub uraian: String,
    /// How it is computed, as text (e.g. "Σ UMKM penerima KUP/KUR ÷ Σ UMKM × 100 %").
    pub formula: String,
    /// Unit.
    pub satuan: String,
    /// Target of the year.
    pub target: String,
}

/// Subsection with table 2.3 (Perjanjian Kinerja of the year, with program budgets).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianPk {
    /// Heading, e.g. "D. Perjanjian Kinerja Tahun 2021".
    pub judul: String,
    /// The section in reading order, with the block "tabel pk" (table 2.3).
    pub urutan: Vec<Isi>,
    /// Agreed targets, grouped by sasaran (also used by the lampiran).
    pub sasaran: Vec<SasaranPk>,
    /// Program budgets.
    pub program: Vec<AnggaranProgram>,
    /// Column heading of the budget, e.g. "ANGGARAN PERUBAHAN".
    pub judul_anggaran: String,
    /// Total of `program[].anggaran`, e.g. "22.991.804.000".
    pub jumlah: String,
}

/// A sasaran in the PK.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SasaranPk {
    /// Number, e.g. "1.".
    pub no: String,
    /// The sasaran strategis.
    pub uraian: String,
    /// Its indicators and targets.
    pub indikator: Vec<IndikatorTarget>,
}

/// An indicator with its target as printed ("60,27 %", "Rp 9,43 Trilyun").
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndikatorTarget {
    /// Indicator.
    pub uraian: String,
    /// Target with unit.
    pub target: String,
}

/// A program's budget.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnggaranProgram {
    /// Number, e.g. "1.".
    pub no: String,
    /// Program name.
    pub program: String,
    /// Amount in Rupiah without prefix, e.g. "8.339.050.000".
    pub anggaran: String,
}
