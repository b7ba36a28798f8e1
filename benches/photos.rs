//! Photo benchmark: the reference report with 24 phone photos of 4032 × 3024 (3–5 MB each, with
//! EXIF and a GPS position, made here as noisy gradients), six per sasaran analysis.
//!
//! - `cli build`: `lkjip build`, a fresh process per run: time, peak memory, PDF size;
//! - `cli release`: `lkjip release` once (it also keeps the originals for the archive's bag).
//!
//! Targets (issue #12): the PDF ≤ 5 MB, peak memory < 250 MB, still PDF/A-3b + PDF/UA-1
//! (veraPDF and the other judges of `validate-pdf.sh`), and no EXIF/GPS in the PDF. A target
//! missed is a panic, so a broken case never reports a figure.
//! Run: `cargo bench --locked --bench photos` (release profile, like the tests).
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    reason = "benchmarks write scratch files and measure time in floats; they never make a report"
)]

mod common;
#[path = "common/photos.rs"]
mod photos;

use std::path::Path;
use std::process::Command;

use common::{REFERENCE, measure, report_runs};

const PHOTOS: usize = 24;
const RUNS: usize = 3;
const MAX_PDF: u64 = 5_000_000;
const MAX_PEAK_KB: i64 = 250_000;

/// The reference YAML with every sasaran analysis showing six of the phone photos.
fn report(dir: &Path) -> std::path::PathBuf {
    let text = std::fs::read_to_string(REFERENCE).expect("read the reference");
    let mut doc: serde_yaml::Value = serde_yaml::from_str(&text).expect("parse the reference");
    std::fs::create_dir_all(dir.join("foto")).unwrap();
    let src = Path::new(REFERENCE).parent().unwrap();
    std::fs::copy(src.join("logo-contoh.png"), dir.join("logo-contoh.png")).unwrap();
    let mut total = 0u64;
    for i in 0..PHOTOS {
        let jpeg = photos::phone_jpeg(4032, 3024, i as u64 + 1, if i % 6 == 5 { 6 } else { 1 });
        assert!((3_000_000..=5_000_000).contains(&jpeg.len()), "photo {i} is {} bytes, not 3–5 MB", jpeg.len());
        total += jpeg.len() as u64;
        std::fs::write(dir.join(format!("foto/hp-{i:02}.jpg")), &jpeg).unwrap();
    }
    let analyses = doc["akuntabilitas"]["analisis_sasaran"].as_sequence_mut().expect("analisis_sasaran");
    let per = PHOTOS.div_ceil(analyses.len());
    for (k, a) in analyses.iter_mut().enumerate() {
        let list: Vec<serde_yaml::Value> = (k * per..((k + 1) * per).min(PHOTOS))
            .map(|i| {
                serde_yaml::from_str(&format!(
                    "{{berkas: foto/hp-{i:02}.jpg, keterangan: \"Dokumentasi kegiatan, foto {}\"}}",
                    i + 1
                ))
                .unwrap()
            })
            .collect();
        a["foto"] = serde_yaml::Value::Sequence(list);
    }
    let yaml = dir.join("lkjip.yaml");
    std::fs::write(&yaml, serde_yaml::to_string(&doc).unwrap()).unwrap();
    println!("{PHOTOS} phone photos of 4032 × 3024, {:.1} MB in all", total as f64 / 1e6);
    yaml
}

fn validate(pdf: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = root.join("scripts/validators/validate-pdf.sh");
    assert!(script.is_file(), "validator script missing at {}", script.display());
    let out =
        Command::new("bash").arg(&script).arg(pdf).env("PDF_FLAVOURS", "3b,ua1").output().expect("run validators");
    let report = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success() && report.contains("PASS  veraPDF"), "validators failed:\n{report}");
    println!("{:>26}: veraPDF PDF/A-3b + PDF/UA-1, qpdf, MuPDF, Poppler, pdf.js pass", "validators");
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = report(tmp.path());
    let pdf = tmp.path().join("lkjip.pdf");
    let exe = env!("CARGO_BIN_EXE_lkjip");
    let runs: Vec<_> =
        (0..RUNS).map(|_| measure(Command::new(exe).args(["-q", "build"]).arg(&yaml).arg("-o").arg(&pdf))).collect();
    let cpu = runs.iter().map(|r| r.cpu_s).sum::<f64>() / RUNS as f64;
    let size = std::fs::metadata(&pdf).unwrap().len();
    report_runs("cli build (24 photos)", &runs, &format!("{:.2} MB PDF, {cpu:.1} s CPU each, ", size as f64 / 1e6));
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(!photos::has_exif_traces(&bytes), "EXIF or GPS reached the PDF");
    assert!(size <= MAX_PDF, "the PDF is {size} bytes, more than {MAX_PDF}");
    let worst = runs.iter().map(|r| r.peak_kb).max().unwrap();
    assert!(worst < MAX_PEAK_KB, "build peaked at {worst} kB");
    validate(&pdf);

    let arsip = tmp.path().join("arsip");
    let release = measure(Command::new(exe).args(["-q", "release", "--ya"]).arg(&yaml).env("LKJIP_ARSIP", &arsip));
    let cpu = release.cpu_s;
    assert!(release.peak_kb < MAX_PEAK_KB, "release peaked at {} kB", release.peak_kb);
    report_runs("cli release (24 photos)", &[release], &format!("{cpu:.1} s CPU, "));
}
