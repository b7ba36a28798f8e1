//! Pure computation: a checked report in, every derived figure out. No I/O.
#![deny(clippy::float_arithmetic)]
// money and percentages are Decimal: see clippy.toml
// No panic from input (#11): no unwrap/expect, no unchecked arithmetic outside tests; each
// exception is an #[expect] with its reason where it stands.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects))]

pub mod beda;
pub mod candidates;
pub mod context;
pub mod figures;
pub mod narratives;
pub mod predikat;
pub mod report;
pub mod typed;
