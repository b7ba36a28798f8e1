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
//! Every contender runs in turn, round after round, so that whatever else the machine does
//! weighs on all alike.
//!
//! Run: `TYPST=/path/to/typst cargo bench --locked --profile release-lto --bench versus_typst_cli`
//! (`--profile release-lto` measures lkjip as it is installed; without it, the `release` build).
//! Several typst-cli builds at once: `TYPST=musl=/a/typst:glibc=/b/typst`. `LKJIP_VERSUS_DIR=DIR`
//! keeps the workspaces in DIR. typst's own release settings (what its published binaries are
//! built with, `x86_64-unknown-linux-musl` on Linux): `CARGO_PROFILE_RELEASE_LTO=thin
//! CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 cargo install typst-cli@0.15.1 --locked --features
//! vendor-openssl --target x86_64-unknown-linux-musl` (needs `musl-tools`). Without typst-cli
//! it says so and exits with 2: a comparison without the other side is not a result.
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    reason = "benchmarks write scratch files and measure time in floats; they never make a report"
)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{REFERENCE, assembled, measure, report_runs, tripled};
use lkjip::render::{self, Layouts, Mode, RenderInput, TypstData};

const RUNS: usize = 11;

/// Reads what lkjip passes in `sys.inputs` from files, for typst-cli.
const SHIM: &str = r#"// Benchmark shim: what lkjip passes in sys.inputs, read from files for typst-cli.
#let masukan = (
  aset: json("/aset.json").map(n => (n, read("/aset/" + n, encoding: none))).to-dict(),
  sumber: (nama: "lkjip.yaml"),
  mode: (draf: true, revisi: none),
)
"#;

/// The typst-cli builds to compare with: `TYPST` as `label=path` entries separated by `:` (a bare
/// path is labelled `typst`), else `typst` on PATH.
fn typst_clis() -> Vec<(String, PathBuf)> {
    if let Some(list) = std::env::var("TYPST").ok().filter(|v| !v.is_empty()) {
        return list
            .split(':')
            .map(|entry| match entry.split_once('=') {
                Some((label, path)) => (label.to_owned(), PathBuf::from(path)),
                None => ("typst".to_owned(), PathBuf::from(entry)),
            })
            .collect();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|d| d.join("typst"))
        .filter(|p| p.is_file())
        .take(1)
        .map(|p| ("typst".to_owned(), p))
        .collect()
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

/// `typst compile` of the workspace in `dir`, as typst-cli is run.
fn typst_compile(typst: &Path, dir: &Path) -> Command {
    let mut cmd = Command::new(typst);
    cmd.arg("compile")
        .arg("--root")
        .arg(dir)
        .args(["--ignore-system-fonts", "--font-path"])
        .arg(dir.join("fonts"))
        .args(["--pdf-standard", "a-3b,ua-1"])
        .arg(dir.join("laporan.typ"))
        .arg(dir.join("typst-cli.pdf"));
    cmd
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
    let typsts = typst_clis();
    if typsts.is_empty() {
        eprintln!(
            "typst-cli not found: install it (cargo install typst-cli@0.15.1 --locked) and put it on PATH or in TYPST"
        );
        std::process::exit(2);
    }
    for (label, typst) in &typsts {
        let version =
            Command::new(typst).arg("--version").output().unwrap_or_else(|e| panic!("{}: {e}", typst.display()));
        println!("{label}: {} ({})", String::from_utf8_lossy(&version.stdout).trim(), typst.display());
    }

    // LKJIP_VERSUS_DIR keeps the workspaces there, to look at or to run typst by hand.
    let keep = std::env::var_os("LKJIP_VERSUS_DIR").map(PathBuf::from);
    let base =
        keep.clone().unwrap_or_else(|| std::env::temp_dir().join(format!("lkjip-versus-{}", std::process::id())));
    let lkjip = env!("CARGO_BIN_EXE_lkjip");
    for (case, data) in [("reference", assembled().data), ("tripled", tripled())] {
        let dir = base.join(case);
        fs::create_dir_all(&dir).unwrap();
        workspace(&dir, &data);
        let out = dir.join("lkjip.pdf");
        let me = std::env::current_exe().unwrap();
        let mut theirs: Vec<Vec<common::Measured>> = typsts.iter().map(|_| Vec::new()).collect();
        let mut ours = Vec::new();
        for _ in 0..RUNS {
            for ((_, typst), runs) in typsts.iter().zip(&mut theirs) {
                runs.push(measure(&mut typst_compile(typst, &dir)));
            }
            ours.push(if case == "reference" {
                measure(Command::new(lkjip).args(["-q", "build", REFERENCE, "-o"]).arg(&out))
            } else {
                // No YAML is three times the reference: a fresh process of this bench builds the
                // tripled data from the reference YAML and renders it once (`render_tripled`).
                measure(Command::new(&me).env(RENDER_TRIPLED, &out))
            });
        }
        let size = fs::metadata(dir.join("typst-cli.pdf")).unwrap().len() / 1024;
        for ((label, _), runs) in typsts.iter().zip(&theirs) {
            report_runs(&format!("{label} compile ({case})"), runs, &format!("{size} KiB, "));
        }
        report_runs(&format!("lkjip ({case})"), &ours, "");
    }
    if keep.is_none() {
        let _ = fs::remove_dir_all(&base);
    }
}
