//! What the benchmarks share: the reference report, a synthetic one three times its size, and
//! running a process while measuring its wall time and peak memory.

#![allow(dead_code)] // each bench target uses a part

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use lkjip::pipeline::{self, Assembled, Loaded};
use lkjip::render::TypstData;

pub const REFERENCE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/pekalongan-2021/lkjip.yaml");

/// The reference report, read, checked, computed and presented: what `lkjip build` does first.
pub fn assembled() -> Assembled {
    match pipeline::load(Path::new(REFERENCE)).expect("read the reference") {
        Loaded::Ready(ready) => ready.assembled,
        Loaded::Stopped(s) => panic!("the reference does not check:\n{}", s.problems),
    }
}

/// Three times the reference: every BAB I section, tujuan, IKU, sasaran analysis and chart thrice.
pub fn tripled() -> TypstData {
    let mut d = assembled().data;
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

/// One finished process: wall time from spawn to exit, and its own peak resident set.
pub struct Measured {
    pub ms: f64,
    pub peak_kb: i64,
    /// User + system CPU seconds (0 where not measured): fairer than wall time on a busy machine.
    pub cpu_s: f64,
}

/// Run `cmd` to completion; panics when it fails, so a broken case never reports a figure.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(clippy::zombie_processes)] // reaped by wait4, which also gives its peak memory
#[allow(unsafe_code, reason = "wait4 for the child's peak memory, see SAFETY below")]
pub fn measure(cmd: &mut Command) -> Measured {
    let t = Instant::now();
    let child = cmd.spawn().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    let mut status = 0;
    // SAFETY: wait4 reaps our own child and writes into the zeroed rusage it is given; the
    // `Child` is not waited on afterwards.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    assert!(pid > 0, "wait4 failed for {cmd:?}");
    assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "{cmd:?} failed (status {status})");
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Measured { ms, peak_kb: usage.ru_maxrss, cpu_s: secs(usage.ru_utime) + secs(usage.ru_stime) }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn measure(cmd: &mut Command) -> Measured {
    let t = Instant::now();
    let status = cmd.status().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(status.success(), "{cmd:?} failed");
    Measured { ms: t.elapsed().as_secs_f64() * 1000.0, peak_kb: 0, cpu_s: 0.0 }
}

/// Median of a few numbers.
pub fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

/// `measure` several runs; prints "name: median, mean and range of ms; range of peak RSS in MB".
pub fn report_runs(name: &str, runs: &[Measured], extra: &str) {
    let ms: Vec<f64> = runs.iter().map(|r| r.ms).collect();
    let (lo, hi) = ms.iter().fold((f64::MAX, f64::MIN), |(l, h), &v| (l.min(v), h.max(v)));
    let peaks: Vec<i64> = runs.iter().map(|r| r.peak_kb / 1000).collect();
    println!(
        "{name:>26}: {extra}{} runs, median {:.0} ms, mean {:.0} ms ({:.0}–{:.0}), peak RSS {}–{} MB",
        runs.len(),
        median(&ms),
        ms.iter().sum::<f64>() / ms.len() as f64,
        lo,
        hi,
        peaks.iter().min().unwrap_or(&0),
        peaks.iter().max().unwrap_or(&0),
    );
}
