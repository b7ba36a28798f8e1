//! The Typst data of BAB III up to the IKU achievement: scales, tables 3.1–3.4, charts.

use serde::{Deserialize, Serialize};

use super::{BagianAnalisis, BagianKeuangan, Isi, Narasi, Tujuan};

/// BAB III Akuntabilitas Kinerja.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bab3 {
    /// Opening text of the chapter.
    pub pengantar: Narasi,
    /// "A. Kerangka Pengukuran Kinerja" with the scale tables.
    pub kerangka: BagianKerangka,
    /// "B. Capaian Indikator Kinerja Utama": tables 3.1–3.4 and the charts.
    pub capaian: BagianCapaian,
    /// "C. Pengukuran, Evaluasi dan Analisis …": one entry per sasaran.
    pub analisis: BagianAnalisis,
    /// "D. Akuntabilitas Keuangan".
    pub keuangan: BagianKeuangan,
}

/// Measurement framework and the scales.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianKerangka {
    /// Heading, e.g. "A. Kerangka Pengukuran Kinerja".
    pub judul: String,
    /// The section in reading order: narrative (with the generated "Sasaran n terdiri dari …"
    /// list) and the blocks "skala status" and "skala kategori".
    pub urutan: Vec<Isi>,
    /// Status against target: ("< 100 %", "Tidak Tercapai"), …
    pub skala_status: Vec<Skala>,
    /// Category scale: ("> 90,00", "Sangat Baik"), …; `no` numbers the rows.
    pub skala_kategori: Vec<Skala>,
    /// Categories of budget absorption, when the data has them.
    #[serde(default)]
    pub skala_serapan: Vec<Skala>,
}

/// One row of a scale.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skala {
    /// Row number, e.g. "1".
    pub no: String,
    /// Range as printed, e.g. "75,00 – 89,99".
    pub rentang: String,
    /// Label, e.g. "Baik".
    pub predikat: String,
}

/// IKU achievement: tables 3.1–3.4 and the charts.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianCapaian {
    /// Heading, e.g. "B. Capaian Indikator Kinerja Utama".
    pub judul: String,
    /// The section in reading order: the planner's text with the blocks "tabel capaian",
    /// "grafik capaian", "tabel banding", "grafik tren", "tabel akhir", "tingkat capaian" (the
    /// generated lists of indicators by status) and "tabel sebaran" (unless BAB III.C places it).
    pub urutan: Vec<Isi>,
    /// Table 3.1: target, realisation, capaian of the year.
    pub tabel_capaian: Vec<Tujuan<BarisCapaian>>,
    /// Chart: capaian per indicator against the 100 % line.
    pub grafik_capaian: GrafikCapaian,
    /// Years compared in table 3.2, e.g. ["2018", "2019", "2020", "2021"].
    pub tahun_banding: Vec<String>,
    /// Table 3.2: realised values over the years with the trend.
    pub tabel_banding: Vec<Tujuan<BarisBanding>>,
    /// One multi-year chart (target vs realisasi) per IKU.
    pub grafik_tren: Vec<GrafikTren>,
    /// Year of the end of the Renstra, e.g. "2021".
    pub tahun_akhir_renstra: String,
    /// Table 3.3: against the end-of-Renstra target.
    pub tabel_akhir: Vec<Tujuan<BarisAkhir>>,
    /// Table 3.4: counts and shares above/at/below target.
    pub sebaran: Vec<BarisSebaran>,
    /// The sentence under table 3.4 (what its percentages are of).
    pub catatan_sebaran: String,
    /// Notes under table 3.1: years judged against the end-of-Renstra target, ratios.
    #[serde(default)]
    pub catatan_capaian: Narasi,
    /// Header of table 3.2's difference column, e.g. "Selisih 2021–2020"; `None`: no such column.
    #[serde(default)]
    pub judul_selisih: Option<String>,
    /// Indicators measured per quarter in the report year.
    #[serde(default)]
    pub triwulan: Vec<super::ukur::BarisTriwulan>,
}

/// Row of table 3.1.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisCapaian {
    /// Indicator.
    pub indikator: String,
    /// Unit.
    pub satuan: String,
    /// Target of the year.
    pub target: String,
    /// Realisation.
    pub realisasi: String,
    /// Capaian, e.g. "76,56" or "tak terdefinisi".
    pub capaian: String,
}

/// Row of table 3.2.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisBanding {
    /// Indicator.
    pub indikator: String,
    /// Unit.
    pub satuan: String,
    /// One value per `tahun_banding` ("-" when none).
    pub nilai: Vec<String>,
    /// The difference with the previous year, when the table has that column.
    #[serde(default)]
    pub selisih: String,
    /// Trend against the previous year: "Naik", "Turun", "Tetap".
    pub keterangan: String,
}

/// Row of table 3.3.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisAkhir {
    /// Indicator.
    pub indikator: String,
    /// Unit.
    pub satuan: String,
    /// Realisation up to this year.
    pub realisasi: String,
    /// Target at the end of the Renstra.
    pub target_akhir: String,
    /// Capaian against it.
    pub capaian: String,
    /// Status, e.g. "Tidak Tercapai".
    pub keterangan: String,
}

/// Row of table 3.4.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisSebaran {
    /// Number, e.g. "1".
    pub no: String,
    /// "Melebihi Target", "Sesuai Target", "Tidak Mencapai Target", "Tak Terdefinisi".
    pub uraian: String,
    /// Number of indicators, e.g. "3".
    pub jumlah: String,
    /// Share, e.g. "37,50 %".
    pub persentase: String,
}

/// Bar chart of capaian per indicator.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrafikCapaian {
    /// Caption, e.g. "Capaian Indikator Kinerja Utama Tahun 2021".
    pub judul: String,
    /// Alternative text for PDF/UA, describing the chart in words.
    pub alt: String,
    /// Position of the 100 % line as a fraction of the bar width, e.g. "0.3333".
    pub garis_100: String,
    /// The value axis: round ticks from 0 % to its end ("0 %", "50 %", …, "150 %").
    pub sumbu: Vec<Tick>,
    /// One bar per indicator.
    pub batang: Vec<Batang>,
}

/// One bar.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Batang {
    /// Label (indicator, possibly shortened).
    pub label: String,
    /// Value as printed next to the bar, e.g. "115,00 %" or "tak terdefinisi".
    pub nilai: String,
    /// Bar length as a fraction of the width; `None` draws no bar.
    pub fraksi: Option<String>,
    /// Whether the bar reaches the target (drawn in the "met" colour).
    pub tercapai: bool,
}

/// Multi-year chart of one indicator: target vs realisation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrafikTren {
    /// Caption, e.g. "Target dan Realisasi Nilai Ekspor Perdagangan 2017–2021".
    pub judul: String,
    /// Alternative text for PDF/UA.
    pub alt: String,
    /// Unit shown at the axis, e.g. "Juta US$".
    pub satuan: String,
    /// The value axis, from 0 to a round value at or above the largest target or realisation.
    pub sumbu: Vec<Tick>,
    /// One group of two bars per year.
    pub tahun: Vec<TitikTren>,
}

/// A tick of a chart's value axis.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tick {
    /// Its label as printed, e.g. "50 %" or "2,5".
    pub label: String,
    /// Its place along the axis, a fraction of the axis length ("0.3333").
    pub fraksi: String,
}

/// One year in a trend chart; fractions are of the value axis (`GrafikTren::sumbu`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitikTren {
    /// Year, e.g. "2020".
    pub tahun: String,
    /// Target as printed ("-" when none).
    pub target: String,
    /// Realisation as printed ("-" when none).
    pub realisasi: String,
    /// Target bar height fraction; `None` draws none.
    pub fraksi_target: Option<String>,
    /// Realisation bar height fraction; `None` draws none.
    pub fraksi_realisasi: Option<String>,
}
