//! Photos in a released PDF: resampled to their print size and free of EXIF and GPS, while the
//! archive's bag keeps the original file byte for byte and `reproduce` gives the same PDF.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::phone_photos as photos;
use crate::prelude::pdfval_home;

/// What pikepdf finds in the PDF: every image XObject's size and filter, and any stream (raw or
/// decoded) that holds an EXIF header, the camera make written by `photos::exif` or a TIFF header.
const SCAN: &str = r#"
import json, sys, pikepdf
needles = [b"Exif\x00\x00", sys.argv[2].encode(), b"MM\x00\x2a", bytes([0x88, 0x25, 0x00, 0x04])]
pdf = pikepdf.open(sys.argv[1])
images, hits = [], []
for n, obj in enumerate(pdf.objects):
    if not isinstance(obj, pikepdf.Stream):
        continue
    data = [obj.read_raw_bytes()]
    try:
        data.append(obj.read_bytes())
    except Exception:
        pass
    hits += [[n, repr(x)] for x in needles if any(x in d for d in data)]
    if obj.get("/Subtype") == "/Image":
        images.append({"w": int(obj.Width), "h": int(obj.Height), "filter": str(obj.get("/Filter"))})
print(json.dumps({"images": images, "hits": hits}))
"#;

fn scan(pdf: &Path) -> serde_json::Value {
    let python = pdfval_home().join("venv/bin/python");
    assert!(python.is_file(), "pikepdf's python is not installed at {} (.ci/run)", python.display());
    let out = Command::new(&python).arg("-c").arg(SCAN).arg(pdf).arg(photos::CANARY_MAKE).output().unwrap();
    assert!(out.status.success(), "pikepdf scan failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn lkjip(args: &[&str], arsip: &Path) -> std::process::Output {
    crate::prelude::lkjip_cmd("C").args(args).env("LKJIP_ARSIP", arsip).output().unwrap()
}

/// A copy of the example report's folder (YAML, logo, photos) in `tmp/laporan`.
fn example_copy(tmp: &Path) -> (PathBuf, PathBuf) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/pekalongan-2021");
    let dir = tmp.join("laporan");
    std::fs::create_dir_all(dir.join("foto")).unwrap();
    std::fs::copy(src.join("logo-contoh.png"), dir.join("logo-contoh.png")).unwrap();
    for e in std::fs::read_dir(src.join("foto")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.join("foto").join(e.file_name())).unwrap();
    }
    (src, dir)
}

#[test]
fn the_pixels_follow_dokumen_ppi_and_an_absurd_ppi_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let (src, dir) = example_copy(tmp.path());
    let yaml = std::fs::read_to_string(src.join("lkjip.yaml")).unwrap();
    assert!(yaml.contains("  kertas: a4\n"));
    let y = dir.join("lkjip.yaml");
    std::fs::write(&y, yaml.replace("  kertas: a4\n", "  kertas: a4\n  ppi: 150\n")).unwrap();
    let pdf = tmp.path().join("150.pdf");
    let out = crate::prelude::lkjip(&["build", y.to_str().unwrap(), "-o", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // 76 mm at 150 ppi: 448,8 → 449 pixels; the logo's 45 mm: 265,7 → 266.
    let widths: Vec<_> = scan(&pdf)["images"].as_array().unwrap().iter().map(|i| i["w"].as_u64().unwrap()).collect();
    assert!(widths.contains(&449) && widths.contains(&266), "{widths:?}");
    assert!(widths.iter().all(|w| *w == 449 || *w == 266), "{widths:?}");

    std::fs::write(&y, yaml.replace("  kertas: a4\n", "  kertas: a4\n  ppi: 5000\n")).unwrap();
    let out = crate::prelude::lkjip(&["check", y.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("dokumen.ppi") && said.contains("5000 ppi is outside 72–600"), "{said}");
}

#[test]
fn a_released_pdf_publishes_no_exif_or_gps_and_the_bag_keeps_the_original_photo() {
    let tmp = tempfile::tempdir().unwrap();
    let (src, dir) = example_copy(tmp.path());
    // A phone photo, taken with the phone turned (orientation 6), with the position it was taken at.
    let original = photos::phone_jpeg(3024, 2268, 9, 6);
    assert!(photos::has_exif_traces(&original), "the test photo must carry EXIF and GPS");
    std::fs::write(dir.join("foto/hp.jpg"), &original).unwrap();
    let yaml = std::fs::read_to_string(src.join("lkjip.yaml")).unwrap();
    assert!(yaml.contains("foto/sasaran2-pelatihan-ekspor.png"));
    let yaml = yaml.replace("foto/sasaran2-pelatihan-ekspor.png", "foto/hp.jpg");
    std::fs::write(dir.join("lkjip.yaml"), yaml).unwrap();

    let arsip = tmp.path().join("arsip");
    let y = dir.join("lkjip.yaml");
    let out = lkjip(&["release", y.to_str().unwrap(), "--ya", "--format", "json"], &arsip);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let released: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let pdf_path = PathBuf::from(released["pdf"].as_str().unwrap());
    let pdf = std::fs::read(&pdf_path).unwrap();

    assert!(!photos::has_exif_traces(&pdf), "EXIF or GPS bytes in the released PDF");
    let found = scan(&pdf_path);
    assert_eq!(found["hits"], serde_json::json!([]), "EXIF or GPS in a stream of the PDF");
    let images = found["images"].as_array().unwrap();
    // Upright (2268 × 3024 as seen), 659 pixels for 76 mm at 220 ppi, still a JPEG.
    let phone = serde_json::json!({"w": 659, "h": 879, "filter": "/DCTDecode"});
    assert!(images.contains(&phone), "no 659 × 879 JPEG among {images:?}");
    // The drawings, 1200 pixels wide in the folder, are embedded 659 wide; the logo 390 (45 mm).
    assert!(images.iter().all(|i| i["w"] == 659 || i["w"] == 390), "{images:?}");

    // The archive keeps the original, EXIF and all, untouched.
    let bag_source = pdf_path.parent().unwrap().join("source");
    assert_eq!(std::fs::read(bag_source.join("foto/hp.jpg")).unwrap(), original, "the bag's photo is not the original");
    assert_eq!(
        std::fs::read(bag_source.join("logo-contoh.png")).unwrap(),
        std::fs::read(src.join("logo-contoh.png")).unwrap()
    );
    // And the PDF comes out of those originals again, byte for byte.
    let again = lkjip(&["reproduce", "1"], &arsip);
    assert!(
        again.status.success(),
        "reproduce differs: {}{}",
        String::from_utf8_lossy(&again.stdout),
        String::from_utf8_lossy(&again.stderr)
    );
}
