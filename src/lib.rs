//! lkjip as a library: the layers YAML → model → computed report → Typst data → PDF → archive.
//!
//! Arrows point one way. `input` and `model` know nothing of rendering; `compute` is pure;
//! `render` turns a computed report into PDF bytes; `archive` stores bytes and never renders.
//! `commands` is the only place where the layers meet.

pub mod archive;
pub mod cli;
pub mod commands;
pub mod compute;
pub mod diag;
pub mod format;
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
pub mod workbook;
pub mod yamldiff;
