//! The compact PDF against Typst's own file for the same content: the size target, the same
//! objects as qpdf reads them, and what it means for archives made before it.

#[path = "../../benches/common/mod.rs"]
mod bench_common;

use std::path::Path;
use std::process::Command;

use lkjip::archive::{self, Generator, ReleaseRequest, Source};
use lkjip::render::{self, Layouts, Mode, RenderInput, Writer};
use serde_json::Value;

fn both(input: &RenderInput) -> (Vec<u8>, Vec<u8>) {
    let layouts = Layouts::embedded();
    let typst = render::render_written(&layouts, input, Writer::Typst).unwrap().pdf;
    let small = render::render_written(&layouts, input, Writer::Compact).unwrap().pdf;
    (typst, small)
}

#[test]
fn besides_the_images_the_compact_pdf_is_at_most_045_of_typsts_for_the_reference_and_three_times_it() {
    let reference = bench_common::assembled();
    let tripled = bench_common::tripled();
    let tripled_input = RenderInput { data: &tripled, ..reference.input(Mode::Final { revision: 1 }) };
    for (name, input) in [("reference", reference.input(Mode::Draft)), ("3x", tripled_input)] {
        let (typst, small) = both(&input);
        // The photos' pixels are the same stream bytes in both files (resampled and encoded
        // before Typst, src/render/resample.rs); the target is on everything else.
        let images: usize = qpdf_objects(&typst)
            .values()
            .filter(|v| v["stream"]["dict"]["/Subtype"] == "/Image")
            .map(|v| {
                let b64 = v["stream"]["data"].as_str().expect("inline stream data");
                b64.len() / 4 * 3 - b64.bytes().rev().take_while(|&c| c == b'=').count()
            })
            .sum();
        let ratio = (small.len() - images) as f64 / (typst.len() - images) as f64;
        assert!(
            ratio <= 0.45,
            "{name}: {} bytes against Typst's {} ({images} of images in both): {ratio:.3}x",
            small.len(),
            typst.len()
        );
        assert!(small.ends_with(b"%%EOF\n") && typst.ends_with(b"%%EOF\n"), "{name}: no %%EOF\\n at the end");
        // The default entry points write the compact file.
        let once = render::render_once(&Layouts::embedded(), &input).unwrap().pdf;
        assert_eq!(once, small, "{name}: render_once writes other bytes");
    }
}

/// qpdf's reading of a PDF: object key → value (stream dictionaries with their raw data).
fn qpdf_objects(pdf: &[u8]) -> serde_json::Map<String, Value> {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("f.pdf");
    std::fs::write(&f, pdf).unwrap();
    let out = Command::new("qpdf")
        .args(["--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=none"])
        .arg(&f)
        .output()
        .expect("qpdf is installed (.ci/run)");
    assert!(out.status.success(), "qpdf: {}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["qpdf"][1].as_object().unwrap().clone()
}

#[test]
fn qpdf_reads_the_same_objects_in_both_files() {
    let a = bench_common::assembled();
    let (typst, small) = both(&a.input(Mode::Final { revision: 1 }));
    let (t, s) = (qpdf_objects(&typst), qpdf_objects(&small));
    let objects = t.keys().filter(|k| k.starts_with("obj:")).count();
    assert!(objects > 2000, "the reference has thousands of objects, found {objects}");
    for (key, value) in &t {
        if key == "trailer" {
            for entry in ["/Root", "/Info", "/ID"] {
                assert_eq!(s[key]["value"][entry], value["value"][entry], "trailer {entry}");
            }
        } else {
            assert_eq!(s.get(key), Some(value), "{key} differs");
        }
    }
    let mut added = std::collections::BTreeMap::new();
    for (key, value) in s.iter().filter(|(k, _)| !t.contains_key(*k)) {
        let ty = value["stream"]["dict"]["/Type"].as_str().unwrap_or_else(|| panic!("{key} is new and not a stream"));
        *added.entry(ty.to_owned()).or_insert(0) += 1;
    }
    let per = lkjip::render::compact::PER_STREAM;
    assert_eq!(added.get("/XRef"), Some(&1), "{added:?}");
    assert!(added.get("/ObjStm").is_some_and(|&n| n >= objects / per / 2), "{added:?}");
    assert_eq!(added.len(), 2, "{added:?}");
}

fn lkjip(args: &[&str], archive: &Path) -> (Option<i32>, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_lkjip")).args(args).arg("--archive").arg(archive).output().unwrap();
    (o.status.code(), format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr)))
}

/// An archive released by lkjip 0.1.0, which wrote Typst's bytes as they came: it keeps its
/// bytes and is still identified, and `reproduce` says the generator changed.
#[test]
fn an_archive_of_the_typst_writer_keeps_its_bytes_and_reproduce_names_the_generator() {
    let old = Generator { lkjip: "0.1.0".into(), typst: "0.15.1".into() };
    let new = lkjip::pipeline::identity::generator();
    assert_ne!(new, old, "the compact writer must come with a new generator id");
    let dir = tempfile::tempdir().unwrap();
    let arsip = dir.path().join("arsip");
    let Ok(lkjip::pipeline::Loaded::Ready(p)) = lkjip::pipeline::load(Path::new(bench_common::REFERENCE)) else {
        panic!("the reference checks")
    };
    let a = bench_common::assembled();
    let mut sources = vec![Source::held(a.file_name.clone(), a.yaml.clone())];
    sources.extend(a.assets.iter().map(|(n, b)| Source::held(n.clone(), b.clone())));
    let req = ReleaseRequest {
        report: lkjip::pipeline::identity::report_id(&p.report),
        sources,
        note: None,
        generator: old.clone(),
        bagging_date: lkjip::value::tanggal::Tanggal { tahun: 2022, bulan: 3, hari: 1 },
        bag_info: vec![],
        tsa: None,
    };
    let mut typst_bytes = Vec::new();
    let r = archive::release(&arsip, &req, |revision| {
        let input = a.input(Mode::Final { revision });
        typst_bytes = render::render_written(&Layouts::embedded(), &input, Writer::Typst)?.pdf;
        Ok(typst_bytes.clone())
    })
    .unwrap();
    assert_eq!(std::fs::read(&r.pdf_path).unwrap(), typst_bytes, "the archive keeps the bytes it was given");
    assert!(!typst_bytes.windows(9).any(|w| w == b"/XRef/Siz"), "the old writer has a classic xref table");

    let (code, out) = lkjip(&["verify", r.pdf_path.to_str().unwrap()], &arsip);
    assert_eq!(code, Some(0), "{out}");
    let (code, out) = lkjip(&["reproduce", "1"], &arsip);
    assert_eq!(code, Some(1), "the compact re-render is other bytes: {out}");
    let said = format!("released with lkjip 0.1.0 and Typst 0.15.1; this is lkjip {} and Typst", new.lkjip);
    assert!(out.contains(&said), "reproduce does not name the generator change: {out}");
    assert_eq!(std::fs::read(&r.pdf_path).unwrap(), typst_bytes, "reproduce left the archived PDF alone");
}
