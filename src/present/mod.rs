//! Computed report → Typst data: every value the layouts print, formatted in Rust.
//!
//! This is the presentation layer: it rounds nothing itself (figures arrive as
//! [`Persen`](crate::compute::report::Persen) already rounded once) and only formats and
//! arranges. Narrative placeholders are resolved here into the figures they name.
// No panic from input (#11): no unwrap/expect, no unchecked arithmetic outside tests; each
// exception is an #[expect] with its reason where it stands.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects))]

mod bab1_2;
mod bab3;
mod bagan;
pub mod figures;
mod front;
mod sumbu;
mod text;
mod ukur;
mod urutan;

pub use text::{TAK_TERDEFINISI, pemerintah};

/// What the presentation layer returns: its one fault is typed, worded in the catalogue.
pub type Result<T> = std::result::Result<T, crate::messages::present::PresentFault>;

use crate::compute::report::Computed;
use crate::model::Report;
use crate::render::data::TypstData;

/// Build everything the layouts read. Fails only on a placeholder `check` would have
/// refused (so never for a prepared report).
pub fn typst_data(report: &Report, c: &Computed) -> crate::present::Result<TypstData> {
    let cx = text::Cx { report, c };
    Ok(TypstData {
        dokumen: front::dokumen(&cx),
        sampul: front::sampul(&cx),
        kata_pengantar: front::kata_pengantar(&cx)?,
        ikhtisar: front::ikhtisar(&cx)?,
        pernyataan_reviu: front::reviu(&cx)?,
        bab1: bab1_2::bab1(&cx)?,
        bab2: bab1_2::bab2(&cx)?,
        bab3: bab3::bab3(&cx)?,
        bab4: front::bab4(&cx)?,
        lampiran_pk: front::lampiran_pk(&cx),
    })
}
