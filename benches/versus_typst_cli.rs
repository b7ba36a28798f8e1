//! Side by side with `typst compile` (typst-cli 0.15.1) on the same layouts, data and fonts.
//!
//! The workspace typst-cli compiles is what lkjip hands Typst: the embedded layouts, `data.json`
//! (the computed report), `sumber.yaml`, the images and Liberation Sans. lkjip passes images
//! and the mode in `sys.inputs` as values, which typst-cli cannot do, so the copy of the layouts
//! reads them from a small shim (`masukan.typ`) instead; everything else is byte for byte the
//! embedded layouts. typst-cli exports the same standards (`--pdf-standard a-3b,ua-1`).
//!
//! - reference: `lkjip build` end to end (YAML → PDF) against `typst compile` of the already
//!   computed data, both fresh processes;
//! - tripled: three times the content, `typst compile` against a fresh process that builds the
//!   tripled data from the reference YAML and renders it with lkjip.
//!
//! Run: `TYPST=/path/to/typst cargo bench --locked --bench versus_typst_cli`
//! (`LKJIP_VERSUS_DIR=DIR` keeps the workspaces in DIR)
//! (install with `cargo install typst-cli@0.15.1 --locked`). Without typst-cli it says so and
//! exits with 2: a comparison without the other side is not a result.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{REFERENCE, assembled, measure, report_runs, tripled};
use lkjip::render::{self, Layouts, Mode, RenderInput, TypstData};

const RUNS: usize = 5;

/// Reads what lkjip passes in `sys.inputs` from files, for typst-cli.
const SHIM: &str = r#"// Benchmark shim: what lkjip passes in sys.inputs, read from files for typst-cli.
#let masukan = (
  aset: json("/aset.json").map(n => (n, read("/aset/" + n, encoding: none))).to-dict(),
  sumber: (nama: "lkjip.yaml"),
  mode: (draf: true, revisi: none),
)
"#;

fn typst_cli() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("TYPST") {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("PATH")?.to_str()?.split(':').map(|d| Path::new(d).join("typst")).find(|p| p.is_file())
}

/// A folder typst-cli can compile: layouts (with the shim), data, source, images, fonts.
fn workspace(dir: &Path, data: &TypstData) {
    let a = assembled();
    for (name, text) in Layouts::embedded().files() {
        let text = if text.contains("sys.inputs.") {
            format!("#import \"masukan.typ\": masukan\n{}", text.replace("sys.inputs.", "masukan."))
        } else {
            text.to_string()
        };
        fs::write(dir.join(name), text).unwrap();
    }
    fs::write(dir.join("masukan.typ"), SHIM).unwrap();
    fs::write(dir.join("data.json"), serde_json::to_vec(data).unwrap()).unwrap();
    fs::write(dir.join("sumber.yaml"), &a.yaml).unwrap();
    let names: Vec<&String> = a.assets.keys().collect();
    fs::write(dir.join("aset.json"), serde_json::to_vec(&names).unwrap()).unwrap();
    for (name, bytes) in &a.assets {
        let path = dir.join("aset").join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts");
    fs::create_dir_all(dir.join("fonts")).unwrap();
    for entry in fs::read_dir(&fonts).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ttf") {
            fs::copy(&path, dir.join("fonts").join(path.file_name().unwrap())).unwrap();
        }
    }
}

fn typst_runs(typst: &Path, dir: &Path) -> Vec<common::Measured> {
    (0..RUNS)
        .map(|_| {
            measure(
                Command::new(typst)
                    .arg("compile")
                    .arg("--root")
                    .arg(dir)
                    .args(["--ignore-system-fonts", "--font-path"])
                    .arg(dir.join("fonts"))
                    .args(["--pdf-standard", "a-3b,ua-1"])
                    .arg(dir.join("laporan.typ"))
                    .arg(dir.join("typst-cli.pdf")),
            )
        })
        .collect()
}

/// Set to an output path: render the tripled report once with lkjip, write it there, exit.
const RENDER_TRIPLED: &str = "LKJIP_VERSUS_RENDER_TRIPLED";

fn render_tripled(out: &Path) {
    lkjip::memory::tune_allocator();
    let a = assembled();
    let data = tripled();
    let input = RenderInput { data: &data, ..a.input(Mode::Draft) };
    let r = render::render_once(&Layouts::embedded(), &input).unwrap_or_else(|e| panic!("render failed: {e}"));
    fs::write(out, r.pdf).unwrap();
}

fn main() {
    if let Some(out) = std::env::var_os(RENDER_TRIPLED) {
        render_tripled(Path::new(&out));
        return;
    }
    let Some(typst) = typst_cli() else {
        eprintln!("typst-cli not found: install it (cargo install typst-cli@0.15.1 --locked) and put it on PATH or in TYPST");
        std::process::exit(2);
    };
    let version = Command::new(&typst).arg("--version").output().expect("typst --version");
    println!("{}", String::from_utf8_lossy(&version.stdout).trim());

    // LKJIP_VERSUS_DIR keeps the workspaces there, to look at or to run typst by hand.
    let keep = std::env::var_os("LKJIP_VERSUS_DIR").map(PathBuf::from);
    let base = keep.clone().unwrap_or_else(|| std::env::temp_dir().join(format!("lkjip-versus-{}", std::process::id())));
    let lkjip = env!("CARGO_BIN_EXE_lkjip");
    for (case, data) in [("reference", assembled().data), ("tripled", tripled())] {
        let dir = base.join(case);
        fs::create_dir_all(&dir).unwrap();
        workspace(&dir, &data);
        let theirs = typst_runs(&typst, &dir);
        let size = fs::metadata(dir.join("typst-cli.pdf")).unwrap().len() / 1024;
        report_runs(&format!("typst compile ({case})"), &theirs, &format!("{size} KiB, "));
        let ours: Vec<_> = if case == "reference" {
            let out = dir.join("lkjip.pdf");
            (0..RUNS).map(|_| measure(Command::new(lkjip).args(["-q", "build", REFERENCE, "-o"]).arg(&out))).collect()
        } else {
            // No YAML is three times the reference: a fresh process of this bench builds the
            // tripled data from the reference YAML and renders it once (see `render_tripled`).
            let me = std::env::current_exe().unwrap();
            (0..RUNS).map(|_| measure(Command::new(&me).env(RENDER_TRIPLED, dir.join("lkjip.pdf")))).collect()
        };
        report_runs(&format!("lkjip ({case})"), &ours, "");
    }
    if keep.is_none() {
        let _ = fs::remove_dir_all(&base);
    }
}
