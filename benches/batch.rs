//! Batch benchmark: a Bappeda's year, 40 agencies' reports (copies of the reference, each with
//! another agency name), built by one `lkjip build A B …` against 40 separate `lkjip build`
//! processes, one after the other and as many at a time as the machine has cores, in the same
//! run. Wall time, CPU seconds and peak memory of each way.
//!
//! The copies differ only in the agency's name, so one process re-uses most of what Typst laid
//! out for the first (tables, charts, paragraphs): the case the issue asks for, and the best
//! case. A second case measures the other end: the examples in `data/`, four agencies' reports
//! that share nothing but the layouts, three rounds of one process against two at a time.
//!
//! Run: `cargo bench --locked --bench batch` (release profile). `BATCH_REPORTS=N` changes the
//! number of reports (default 40).
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    reason = "benchmarks write scratch files and measure time in floats; they never make a report"
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use common::{Measured, REFERENCE, measure};

fn copies(dir: &Path, n: usize) -> Vec<PathBuf> {
    let from = Path::new(REFERENCE).parent().unwrap();
    let text = std::fs::read_to_string(REFERENCE).unwrap();
    let name = "  nama: Dinas Perdagangan Koperasi dan UKM\n";
    assert!(text.contains(name), "the agency's name line is no longer in the reference");
    (0..n)
        .map(|i| {
            let folder = dir.join(format!("dinas-{i:02}"));
            let ok = Command::new("cp").arg("-a").arg(from).arg(&folder).status().unwrap().success();
            assert!(ok, "cannot copy the reference report");
            let yaml = folder.join("lkjip.yaml");
            std::fs::write(&yaml, text.replacen(name, &format!("  nama: Dinas Nomor {} Kota Pekalongan\n", i + 1), 1))
                .unwrap();
            yaml
        })
        .collect()
}

fn line(name: &str, m: &Measured, n: usize) {
    println!(
        "{name:>34}: {n} reports in {:.1} s wall ({:.0} ms per report), {:.1} s CPU, peak RSS {} MB",
        m.ms / 1000.0,
        m.ms / n as f64,
        m.cpu_s,
        m.peak_kb / 1000
    );
}

fn main() {
    let n: usize = std::env::var("BATCH_REPORTS").ok().and_then(|v| v.parse().ok()).unwrap_or(40);
    let bin = env!("CARGO_BIN_EXE_lkjip");
    let dir = tempfile::tempdir().unwrap();
    let yamls = copies(dir.path(), n);
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());

    let one_process = measure(Command::new(bin).args(["-q", "build"]).args(&yamls));
    line("one process (lkjip build A B …)", &one_process, n);

    // one after the other: what a shell loop does
    let t = Instant::now();
    let runs: Vec<Measured> = yamls
        .iter()
        .map(|y| measure(Command::new(bin).args(["-q", "build"]).arg(y).arg("-o").arg(y.with_extension("1.pdf"))))
        .collect();
    let sequential = Measured {
        ms: t.elapsed().as_secs_f64() * 1000.0,
        peak_kb: runs.iter().map(|r| r.peak_kb).max().unwrap_or(0),
        cpu_s: runs.iter().map(|r| r.cpu_s).sum(),
    };
    line("separate processes, one at a time", &sequential, n);

    for y in &yamls {
        let batch = std::fs::read(y.with_extension("pdf")).unwrap();
        assert!(
            batch == std::fs::read(y.with_extension("1.pdf")).unwrap(),
            "{}: other bytes in the batch",
            y.display()
        );
    }

    // as many at a time as there are cores: `xargs -P` (writes the same PDFs again)
    let parallel = measure(
        Command::new("xargs")
            .arg("-P")
            .arg(cores.to_string())
            .args(["-n", "1", bin, "-q", "build"])
            .stdin(std::fs::File::open(list(dir.path(), &yamls)).unwrap()),
    );
    line(&format!("separate processes, {cores} at a time"), &parallel, n);
    println!(
        "{:>34}: {:.2}x the wall time of one at a time, {:.2}x of {cores} at a time (peak RSS of xargs' run is its largest child)",
        "one process",
        one_process.ms / sequential.ms,
        one_process.ms / parallel.ms
    );
    different(bin, dir.path(), cores);
}

/// The examples in `data/` (different agencies, nothing shared but the layouts): one process
/// against `cores` separate processes at a time, alternately, three rounds.
fn different(bin: &str, scratch: &Path, cores: usize) {
    let data = Path::new(REFERENCE).parent().unwrap().parent().unwrap();
    let to = scratch.join("contoh");
    let ok = Command::new("cp").arg("-a").arg(data).arg(&to).status().unwrap().success();
    assert!(ok, "cannot copy the examples");
    let mut yamls: Vec<PathBuf> =
        std::fs::read_dir(&to).unwrap().map(|e| e.unwrap().path().join("lkjip.yaml")).filter(|y| y.is_file()).collect();
    yamls.sort();
    let n = yamls.len();
    assert!(n >= 3, "too few examples in data/: {n}");
    let (mut batch, mut separate) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        batch.push(measure(Command::new(bin).args(["-q", "build"]).args(&yamls)));
        separate.push(measure(
            Command::new("xargs")
                .arg("-P")
                .arg(cores.to_string())
                .args(["-n", "1", bin, "-q", "build"])
                .stdin(std::fs::File::open(list(scratch, &yamls)).unwrap()),
        ));
    }
    let show = |m: &[Measured]| {
        let each: Vec<String> = m.iter().map(|r| format!("{:.2} s ({:.1} s CPU)", r.ms / 1000.0, r.cpu_s)).collect();
        each.join(", ")
    };
    println!("{:>34}: {n} examples of data/: {}", "one process", show(&batch));
    println!("{:>34}: {n} examples of data/: {}", format!("separate, {cores} at a time"), show(&separate));
    let ratio: Vec<String> = batch.iter().zip(&separate).map(|(b, s)| format!("{:.2}x", b.ms / s.ms)).collect();
    println!("{:>34}: {} of {cores} at a time, per round", "one process", ratio.join(", "));
}

/// The YAML paths, one per line, for xargs.
fn list(dir: &Path, yamls: &[PathBuf]) -> PathBuf {
    let path = dir.join("list.txt");
    let text: String = yamls.iter().map(|y| format!("{}\n", y.display())).collect();
    std::fs::write(&path, text).unwrap();
    path
}
