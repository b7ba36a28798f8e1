//! Pure computation: a checked report in, every derived figure out. No I/O.

pub mod figures;
pub mod formula;
pub mod narratives;
pub mod report;
pub mod scale;
