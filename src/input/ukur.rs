//! The YAML of indicators as agencies measure them: values given as numerator and
//! denominator, quarterly (triwulan) values and how the year follows from them.
//!
//! These are parts of [`super::types::Indikator`] and [`super::types::Program`]; `model::ukur`
//! checks them and `formula::ukur` derives each year's values from them.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::Tahun;
use crate::number::Num;

/// A value given as numerator and denominator (households with access / all households).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pecahan {
    /// Numerator, e.g. `940468` households with access.
    pub pembilang: Num,
    /// Denominator, e.g. `1096138` households; never 0.
    pub penyebut: Num,
}

/// Targets and realisations of an indicator given as numerator and denominator, by year;
/// the value of a year is pembilang ÷ penyebut × `kali`, computed exactly.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rasio {
    /// The factor of the ratio: `100` (default) for a percentage, `1000` per mille, `1` a plain ratio.
    #[serde(default)]
    pub kali: Option<Num>,
    /// Targets by year as a fraction (instead of `target` for that year).
    #[serde(default)]
    pub target: BTreeMap<Tahun, Pecahan>,
    /// Realisations by year as a fraction (instead of `realisasi` for that year).
    #[serde(default)]
    pub realisasi: BTreeMap<Tahun, Pecahan>,
}

/// The four quarters (triwulan I–IV) of one year; a list may stop early (the year is not over).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Triwulan {
    /// Targets of triwulan I, II, III, IV (at most four).
    #[serde(default)]
    pub target: Vec<Num>,
    /// Realisations of triwulan I, II, III, IV (at most four).
    #[serde(default)]
    pub realisasi: Vec<Num>,
}

pub use crate::value::agregasi::Agregasi;

/// The budget of a program per quarter: the plan (rencana penarikan) and the spending.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TriwulanAnggaran {
    /// Planned spending of triwulan I–IV (rencana penarikan dana); adds up to the pagu when all four are given.
    #[serde(default)]
    pub rencana: Vec<Num>,
    /// Spending of triwulan I–IV; adds up to the program's realisasi when all four are given.
    #[serde(default)]
    pub realisasi: Vec<Num>,
}

/// Table 3.2, the comparison with earlier years.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Perbandingan {
    /// How many years up to the report year the table shows (default 4; 2–10). Years before the
    /// Renstra are shown from the realisations written for them (history).
    #[serde(default)]
    pub jumlah_tahun: Option<u16>,
    /// A column with the difference against the previous year, and the words "Kenaikan",
    /// "Penurunan", "Tetap", "Tidak tersedia data" or "Tidak sebanding" as its remark.
    #[serde(default)]
    pub selisih: bool,
}

/// The volume of a kegiatan's output: TV (target) and RV (realisation), for the EKA efficiency.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Volume {
    /// Unit of the output, e.g. `laporan`.
    pub satuan: String,
    pub target: Num,
    pub realisasi: Num,
}
