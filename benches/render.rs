//! Render benchmark: the reference report end to end (YAML → checks → computed report →
//! PDF/A-3b and UA-1) and a synthetic report three times its size, three runs each, reporting wall time,
//! pages, PDF size and peak memory (VmHWM of a fresh process per case).
//!
//! The first case runs the `lkjip build` binary itself, a fresh process per run, as a user would.
//!
//! Run: `cargo bench --locked --bench render` (release profile, like the tests).

use std::collections::BTreeMap;
use std::process::Command;
use std::time::Instant;

use std::path::Path;

use lkjip::commands::assemble::{Assembled, assemble};
use lkjip::commands::prepare::{Checked, prepare};
use lkjip::render::{self, Layouts, Mode, RenderInput, TypstData};

const RUNS: usize = 3;

const REFERENCE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/pekalongan-2021/lkjip.yaml");

/// The reference report, read, checked, computed and presented: what `lkjip build` does first.
fn assembled() -> Assembled {
    let Checked::Valid(p) = prepare(Path::new(REFERENCE)).expect("read the reference") else { panic!("the reference does not check") };
    assemble(&p).expect("assemble").unwrap_or_else(|e| panic!("{e}"))
}

fn sample() -> TypstData {
    assembled().data
}

/// Three times the sample: every BAB I section, tujuan, IKU, sasaran analysis and chart thrice.
fn tripled() -> TypstData {
    let mut d = sample();
    fn x3<T: Clone>(v: &mut Vec<T>) {
        let orig = v.clone();
        v.extend(orig.iter().cloned());
        v.extend(orig);
    }
    x3(&mut d.bab1.bagian);
    x3(&mut d.bab2.tujuan_sasaran.tujuan);
    x3(&mut d.bab2.iku.sasaran);
    x3(&mut d.bab2.pk.sasaran);
    x3(&mut d.bab2.pk.program);
    x3(&mut d.bab3.capaian.tabel_capaian);
    x3(&mut d.bab3.capaian.tabel_banding);
    x3(&mut d.bab3.capaian.tabel_akhir);
    x3(&mut d.bab3.capaian.grafik_capaian.batang);
    x3(&mut d.bab3.capaian.grafik_tren);
    x3(&mut d.bab3.analisis.sasaran);
    for (i, s) in d.bab3.analisis.sasaran.iter_mut().enumerate() {
        s.label = format!("Sasaran {}", i + 1);
    }
    x3(&mut d.bab4.narasi);
    d
}

fn assets() -> BTreeMap<String, Vec<u8>> {
    assembled().assets
}

fn vm_hwm_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

/// `lkjip build` of the reference as a user runs it: a fresh process each time. Peak memory is
/// the largest resident set of those processes (`getrusage(RUSAGE_CHILDREN)`).
fn run_cli() {
    let out = std::env::temp_dir().join(format!("lkjip-bench-{}.pdf", std::process::id()));
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let status = Command::new(env!("CARGO_BIN_EXE_lkjip"))
            .args(["-q", "build", REFERENCE, "-o"])
            .arg(&out)
            .status()
            .expect("run lkjip build");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        assert!(status.success(), "lkjip build failed");
    }
    let size = std::fs::metadata(&out).map(|m| m.len() as usize).unwrap_or(0);
    let _ = std::fs::remove_file(&out);
    let mut sorted = times.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "{:>9}: {} KiB, ms {:?} (median {:.0}), peak RSS of the processes {:.0} MB",
        "cli build",
        size / 1024,
        times.iter().map(|t| t.round() as u64).collect::<Vec<_>>(),
        sorted[RUNS / 2],
        children_max_rss_kb() as f64 / 1000.0
    );
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn children_max_rss_kb() -> i64 {
    // SAFETY: getrusage writes into the zeroed struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    usage.ru_maxrss
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn children_max_rss_kb() -> i64 {
    0
}

fn run_case(name: &str) {
    if name == "cli" {
        run_cli();
        return;
    }
    if name == "reference" {
        // end to end, every run: YAML → model → computed → Typst data → PDF
        let layouts = Layouts::embedded();
        let mut times = Vec::new();
        let mut pages = 0;
        let mut size = 0;
        for _ in 0..RUNS {
            let t = Instant::now();
            let a = assembled();
            let r = render::render(&layouts, &a.input(Mode::Final { revision: 1 })).unwrap_or_else(|e| panic!("render failed: {e}"));
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            (pages, size) = (r.pages, r.pdf.len());
        }
        report(name, pages, size, &times);
        return;
    }
    let data = tripled();
    let layouts = Layouts::embedded();
    let input = RenderInput {
        data: &data,
        source_yaml: ("bench.yaml", b"bench: true\n"),
        assets: assets(),
        mode: Mode::Final { revision: 1 },
        ident: "lkjip-bench".into(),
        date: (2022, 3, 1),
    };
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let t = Instant::now();
        let r = render::render(&layouts, &input).unwrap_or_else(|e| panic!("render failed: {e}"));
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        last = Some(r);
    }
    let r = last.unwrap();
    report(name, r.pages, r.pdf.len(), &times);
}

fn report(name: &str, pages: usize, size: usize, times: &[f64]) {
    let mut sorted = times.to_vec();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "{name:>9}: {pages} pages, {} KiB, ms {:?} (median {:.0}), peak RSS {:.0} MiB",
        size / 1024,
        times.iter().map(|t| t.round() as u64).collect::<Vec<_>>(),
        sorted[RUNS / 2],
        vm_hwm_mib()
    );
}

fn main() {
    lkjip::memory::tune_allocator();
    if let Ok(case) = std::env::var("LKJIP_BENCH_CASE") {
        run_case(&case);
        return;
    }
    // One fresh process per case, so each peak RSS is that case's alone.
    for case in ["cli", "reference", "tripled"] {
        let status = Command::new(std::env::current_exe().unwrap())
            .env("LKJIP_BENCH_CASE", case)
            .status()
            .expect("run bench case");
        assert!(status.success(), "bench case {case} failed");
    }
}
