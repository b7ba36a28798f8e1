//! Pure computation: a checked report in, every derived figure out. No I/O.
#![deny(clippy::float_arithmetic)] // money and percentages are Decimal: see clippy.toml

pub mod candidates;
pub mod context;
pub mod figures;
pub mod formula;
pub mod narratives;
pub mod report;
pub mod scale;
pub mod typed;
