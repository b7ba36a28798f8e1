//! Pure computation: a checked report in, every derived figure out. No I/O.

pub mod formula;
pub mod scale;
