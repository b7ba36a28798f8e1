//! lkjip as a library: the layers YAML → model → computed report → Typst data → PDF → archive.
//!
//! Arrows point one way. `input` and `model` know nothing of rendering; `compute` is pure;
//! `render` turns a computed report into PDF bytes; `archive` stores bytes and never renders.
//! `pipeline` is the only place where the layers meet; `commands` call it. The floors of every
//! module, and the test that keeps the arrows pointing down, are in `tests/it/arrows.rs`.

pub mod archive;
pub mod cli;
pub mod commands;
pub mod compute;
pub mod diag;
pub mod format;
pub mod formula;
pub mod fsx;
pub mod input;
pub mod memory;
pub mod messages;
pub mod model;
pub mod narrative;
pub mod notice;
pub mod number;
pub mod pdfcheck;
pub mod pipeline;
pub mod present;
pub mod render;
pub mod show;
pub mod value;
pub mod workbook;
pub mod yamldiff;
