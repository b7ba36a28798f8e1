//! The Typst data of indicators measured per quarter and of the quarterly budget.

use serde::{Deserialize, Serialize};

/// One indicator's quarters of the report year (the table "Target dan Realisasi per Triwulan").
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisTriwulan {
    /// Indicator.
    pub indikator: String,
    /// Unit.
    pub satuan: String,
    /// Targets of triwulan I–IV ("-" when none); always four.
    pub target: Vec<String>,
    /// Realisations of triwulan I–IV ("-" when none); always four.
    pub realisasi: Vec<String>,
    /// Capaian of triwulan I–IV ("-" when none); always four.
    pub capaian: Vec<String>,
    /// The year's value and how it follows from the quarters, e.g. "104 (jumlah)".
    pub tahunan: String,
}

/// One program's budget per quarter.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisTriwulanAnggaran {
    /// Program.
    pub program: String,
    /// Planned spending of triwulan I–IV ("-" when none); always four.
    pub rencana: Vec<String>,
    /// Spending of triwulan I–IV ("-" when none); always four.
    pub realisasi: Vec<String>,
    /// Cumulative serapan against the pagu at the end of each quarter, e.g. "23,10"; always four.
    pub serapan_kumulatif: Vec<String>,
}

/// One kegiatan of the EKA efficiency: budget, output volume and its item 1 − (RA/PA) ÷ (RV/TV).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisEka {
    /// Kegiatan.
    pub kegiatan: String,
    /// PA and RA, e.g. "106.439.453.000".
    pub pagu: String,
    pub realisasi: String,
    /// Serapan RA ÷ PA, e.g. "98,40".
    pub serapan: String,
    /// TV and RV with the unit, e.g. "90 laporan".
    pub target_volume: String,
    pub realisasi_volume: String,
    /// RV ÷ TV, e.g. "88,07".
    pub capaian_volume: String,
    /// The item in %, e.g. "-11,73".
    pub efisiensi: String,
}
