//! The ground floor's value types: what a problem's severity and place are, a calendar date, a
//! NIP, how quarters add up to a year. Each knows nothing of lkjip's reports, so every room above
//! may use them (numbers and their one rounding are in [`crate::number`], beside them).
#![deny(clippy::float_arithmetic)]
// money and percentages are Decimal: see clippy.toml
// No panic from input (#11): no unwrap/expect, no unchecked arithmetic outside tests; each
// exception is an #[expect] with its reason where it stands.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects))]

pub mod agregasi;
pub mod nip;
pub mod position;
pub mod severity;
pub mod tanggal;
