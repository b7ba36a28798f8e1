//! How a year's value of an indicator measured every quarter (triwulan) follows from the four.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How a year's value follows from its four quarters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Agregasi {
    /// The sum of the four quarters (counts, amounts: visitors, permits issued).
    Jumlah,
    /// The fourth quarter's value (a state at the year's end: a cumulative percentage, an index).
    Akhir,
    /// The mean of the four quarters (a level measured every quarter).
    RataRata,
}
