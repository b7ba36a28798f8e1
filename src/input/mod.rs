//! Reading a report file: YAML text → [`types::Lkjip`], with positions for every field path.

pub mod types;
