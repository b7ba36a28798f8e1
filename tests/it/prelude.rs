//! Shared helpers for the render tests: the sample report, rendering it, and poppler/qpdf calls
//! that fail loudly when the tool is missing (a missing judge must never pass silently).

#![allow(dead_code)]

pub mod outlines;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use lkjip::render::{self, Layouts, Mode, RenderInput, Rendered, TypstData};

pub const YAML_NAME: &str = "lkjip-2021.yaml";
pub const YAML: &[u8] = b"# sumber uji\ninstansi: Dinas Perdagangan Koperasi dan UKM Kota Pekalongan\ntahun: 2021\n";

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn sample() -> TypstData {
    let text = std::fs::read_to_string(fixtures().join("typst-data.json")).expect("read typst-data.json");
    serde_json::from_str(&text).expect("typst-data.json matches the data contract")
}

pub fn assets() -> BTreeMap<String, Vec<u8>> {
    let mut a = BTreeMap::new();
    a.insert("logo.png".to_string(), std::fs::read(fixtures().join("logo.png")).unwrap());
    a.insert("foto/pasar.png".to_string(), std::fs::read(fixtures().join("foto-pasar.png")).unwrap());
    a
}

pub fn render_with(data: &TypstData, mode: Mode) -> Rendered {
    try_render(&Layouts::embedded(), data, mode).unwrap_or_else(|e| panic!("render failed: {e}"))
}

pub fn try_render(layouts: &Layouts, data: &TypstData, mode: Mode) -> Result<Rendered, render::RenderError> {
    let input = RenderInput {
        data,
        source_yaml: (YAML_NAME, YAML),
        assets: assets(),
        mode,
        ident: "lkjip-uji-pekalongan-2021".into(),
        date: (2022, 3, 1),
    };
    render::render(layouts, &input)
}

/// Run a tool; panic with a clear message if it is not installed or fails.
pub fn tool(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap_or_else(|e| {
        panic!("required tool `{cmd}` is not available ({e}); install it (poppler-utils / qpdf), see .ci/run")
    });
    assert!(out.status.success(), "`{cmd} {}` failed: {}", args.join(" "), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("tool output is UTF-8")
}

pub fn write_temp(pdf: &[u8]) -> tempfile::TempPath {
    let mut f = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    std::io::Write::write_all(&mut f, pdf).unwrap();
    f.into_temp_path()
}

/// Text of the whole PDF, or of pages `from..=to`, in content-stream order (`-raw`: a table cell's
/// lines stay together), whitespace-normalised.
pub fn text(pdf: &[u8], pages: Option<(usize, usize)>) -> String {
    let path = write_temp(pdf);
    let p = path.to_str().unwrap();
    let raw = match pages {
        Some((a, b)) => {
            tool("pdftotext", &["-raw", "-enc", "UTF-8", "-f", &a.to_string(), "-l", &b.to_string(), p, "-"])
        }
        None => tool("pdftotext", &["-raw", "-enc", "UTF-8", p, "-"]),
    };
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Assert that `needles` occur in `hay` in this order; name the first one that does not.
pub fn assert_in_order(hay: &str, needles: &[&str]) {
    let mut pos = 0;
    for n in needles {
        match hay[pos..].find(n) {
            Some(i) => pos += i + n.len(),
            None => panic!(
                "{n:?} missing or out of order (present at all: {}); text from there: {:?}",
                hay.contains(n),
                &hay[pos..hay.len().min(pos + 300)]
            ),
        }
    }
}

/// Text as MuPDF extracts it (unlike pdftotext it keeps diagonal text such as the watermark).
pub fn mutool_text(pdf: &[u8]) -> String {
    let path = write_temp(pdf);
    tool("mutool", &["draw", "-q", "-F", "txt", "-o", "-", path.to_str().unwrap()])
}
