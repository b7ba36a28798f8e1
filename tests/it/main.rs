//! The integration tests, as one binary (one link, one process): a module per area, and the
//! helpers they share in `prelude`. How to add a test or update a snapshot: `tests/README.md`.
#![allow(
    clippy::disallowed_methods,
    reason = "tests write their fixtures with std::fs::write; the ban is for the product"
)]
#![allow(clippy::disallowed_types, reason = "tests compare the signature box's float coordinates")]

mod outlines;
/// Phone photos with EXIF and GPS, made in code (shared with the photo benchmark).
#[path = "../../benches/common/photos.rs"]
mod phone_photos;
mod prelude;

mod anggaran;
mod archive;
mod arrows;
mod bahasa;
mod batch;
mod beda;
mod build;
mod check;
mod compact;
mod examples;
mod hostile;
mod hostile_limits;
mod jenis;
mod layout_check;
mod layouts;
mod periode;

mod photos;
mod reference;
mod render;
mod rilis;
mod rilis_batch;
mod schema;
mod sintaks;
mod suara;
mod ukur;
mod ux;
mod validators;
mod verdicts;
mod verify;
mod watch;
mod workbook;
