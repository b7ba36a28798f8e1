//! The compact PDF, side by side with Typst's own file for the same content: size, and what the
//! rewrite costs in time against the render it follows.
//!
//! For the reference report and three times its content: Typst's bytes (`Writer::Typst`, the
//! file `typst compile` writes for the same layouts and data, byte for byte, as lkjip 0.1 wrote
//! it), lkjip's compact bytes and their ratio; then the median time of `compact()` alone over
//! RUNS runs against the median time of the whole render (Typst's layout and export), in turns.
//! The images' streams (photos, logo, their masks) are the same bytes in both files, already
//! compressed, so no packing can shrink them: the last column gives the ratio of the rest.
//! Run: `cargo bench --locked --bench compact` (release profile, like the tests).
#![allow(clippy::disallowed_types, reason = "benchmarks measure time and ratios in floats; they never make a report")]

mod common;

use std::time::Instant;

use common::{assembled, median, tripled};
use lkjip::render::{self, Layouts, Mode, RenderInput, Writer, compact};

const RUNS: usize = 7;

/// The bytes of every image stream (`/Subtype /Image`, masks included) of a PDF, as stored.
fn image_bytes(pdf: &[u8]) -> usize {
    let doc = lopdf::Document::load_mem(pdf).unwrap_or_else(|e| panic!("Typst's PDF does not load: {e}"));
    doc.objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|t| t.as_name()).is_ok_and(|n| n == b"Image"))
        .map(|s| s.content.len())
        .sum()
}

fn main() {
    let layouts = Layouts::embedded();
    let reference = assembled();
    let tripled = tripled();
    let cases: [(&str, RenderInput); 2] = [
        ("reference", reference.input(Mode::Final { revision: 1 })),
        (
            "three times the content",
            RenderInput {
                data: &tripled,
                source_yaml: ("bench.yaml", b"bench: true\n"),
                assets: reference.assets.clone(),
                mode: Mode::Final { revision: 1 },
                ident: "lkjip-bench".into(),
                date: lkjip::value::tanggal::Tanggal { tahun: 2022, bulan: 3, hari: 1 },
            },
        ),
    ];
    println!(
        "{:>24}  {:>6}  {:>12}  {:>12}  {:>6}  {:>10}  {:>10}  {:>6}  {:>12}  {:>14}",
        "case",
        "pages",
        "typst bytes",
        "lkjip bytes",
        "ratio",
        "render ms",
        "compact ms",
        "cost",
        "image bytes",
        "ratio w/o img"
    );
    for (name, input) in &cases {
        let (mut render_ms, mut compact_ms) = (Vec::new(), Vec::new());
        let mut sizes = None;
        for _ in 0..RUNS {
            let t = Instant::now();
            let typst = render::render_written(&layouts, input, Writer::Typst).unwrap_or_else(|e| panic!("{e}"));
            render_ms.push(t.elapsed().as_secs_f64() * 1000.0);
            let t = Instant::now();
            let small = compact::compact(&typst.pdf).unwrap_or_else(|e| panic!("{e}"));
            compact_ms.push(t.elapsed().as_secs_f64() * 1000.0);
            sizes = Some((typst.pages, typst.pdf.len(), small.len(), image_bytes(&typst.pdf)));
        }
        let (pages, typst, small, images) = sizes.expect("at least one run");
        let (r, c) = (median(&render_ms), median(&compact_ms));
        println!(
            "{name:>24}  {pages:>6}  {typst:>12}  {small:>12}  {:>5.3}x  {r:>10.0}  {c:>10.1}  {:>5.1}%  {images:>12}  {:>13.3}x",
            small as f64 / typst as f64,
            100.0 * c / r,
            (small - images) as f64 / (typst - images) as f64
        );
    }
}
