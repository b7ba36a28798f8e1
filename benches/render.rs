//! Render benchmark: speed and peak memory of lkjip on the reference report and on a synthetic
//! report three times its size.
//!
//! - `cli build`: the `lkjip build` binary on the reference YAML, a fresh process per run, as a
//!   user runs it (YAML → checks → computed report → PDF/A-3b + UA-1 → file); peak memory per run.
//! - `reference`: the same end to end in this process, three runs (memory must stay bounded).
//! - `tripled`: rendering alone of three times the content, three runs.
//!
//! In-process cases run in a fresh process each, so each VmHWM is that case's alone.
//! Run: `cargo bench --locked --bench render` (release profile, like the tests).
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    reason = "benchmarks write scratch files and measure time in floats; they never make a report"
)]

mod common;

use std::process::Command;
use std::time::Instant;

use common::{REFERENCE, assembled, measure, report_runs, tripled};
use lkjip::render::{self, Layouts, Mode, RenderInput};

const RUNS: usize = 5;

fn run_cli() {
    let out = std::env::temp_dir().join(format!("lkjip-bench-{}.pdf", std::process::id()));
    let runs: Vec<_> = (0..RUNS)
        .map(|_| measure(Command::new(env!("CARGO_BIN_EXE_lkjip")).args(["-q", "build", REFERENCE, "-o"]).arg(&out)))
        .collect();
    let size = std::fs::metadata(&out).map(|m| m.len() / 1024).unwrap_or(0);
    let _ = std::fs::remove_file(&out);
    report_runs("cli build (reference)", &runs, &format!("{size} KiB, "));
}

fn run_in_process(name: &str) {
    let layouts = Layouts::embedded();
    let tripled_data = (name == "tripled").then(tripled);
    let reference = assembled();
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let t = Instant::now();
        let r = match &tripled_data {
            // end to end, every run: YAML → model → computed → Typst data → PDF
            None => render::render(&layouts, &assembled().input(Mode::Final { revision: 1 })),
            Some(data) => render::render(
                &layouts,
                &RenderInput {
                    data,
                    source_yaml: ("bench.yaml", b"bench: true\n"),
                    assets: reference.assets.clone(),
                    mode: Mode::Final { revision: 1 },
                    ident: "lkjip-bench".into(),
                    date: lkjip::value::tanggal::Tanggal { tahun: 2022, bulan: 3, hari: 1 },
                },
            ),
        };
        let r = r.unwrap_or_else(|e| panic!("render failed: {e}"));
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        last = Some(r);
    }
    let r = last.expect("at least one run");
    println!(
        "{name:>22}: {} pages, {} KiB, ms {:?} (median {:.0}), peak RSS {:.0} MiB",
        r.pages,
        r.pdf.len() / 1024,
        times.iter().map(|t| t.round() as u64).collect::<Vec<_>>(),
        common::median(&times),
        vm_hwm_mib()
    );
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

fn main() {
    lkjip::memory::tune_allocator();
    match std::env::var("LKJIP_BENCH_CASE").as_deref() {
        Ok("cli") => run_cli(),
        Ok(case) => run_in_process(case),
        Err(_) => {
            for case in ["cli", "reference", "tripled"] {
                let status = Command::new(std::env::current_exe().unwrap())
                    .env("LKJIP_BENCH_CASE", case)
                    .status()
                    .expect("run bench case");
                assert!(status.success(), "bench case {case} failed");
            }
        }
    }
}
