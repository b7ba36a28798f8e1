//! Watch benchmark: how soon `lkjip watch` has a new draft after an edit, and whether its memory
//! stays flat, on the reference report; beside a cold `lkjip build` in the same run.
//!
//! The real binary watches a copy of the reference in a temporary folder. Each edit saves the
//! YAML as most editors do (a new file renamed over the old), alternately changing a figure and
//! a paragraph, every edit a new value; the benchmark times from the end of the save to watch's
//! "ok" line (notice + re-render + atomic write, as a user waits for it), gives the median of all
//! edits and of each kind, and reads the CPU seconds the watch process spent on that edit from
//! /proc (fairer than wall time on a busy machine). Memory: the process's resident set after the
//! warm-up edits and after the last one.
//!
//! Run: `cargo bench --locked --bench watch` (release profile). `WATCH_EDITS=N` changes the
//! number of edits (default 100; the first 10 are the warm-up).
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    reason = "benchmarks write scratch files and measure time in floats; they never make a report"
)]

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{REFERENCE, measure, median, report_runs};

const WARM_UP: usize = 10;

/// Resident set and CPU seconds (user + system) of a running process, from /proc.
fn rss_kb_and_cpu(pid: u32) -> (u64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // fields after the command name (which may hold spaces) start after the last ')'
    let rest: Vec<&str> = stat.rsplit_once(')').map(|(_, r)| r.split_whitespace().collect()).unwrap_or_default();
    let ticks: f64 = rest.get(11).and_then(|u| u.parse::<f64>().ok()).unwrap_or(0.0)
        + rest.get(12).and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0);
    (rss, ticks / 100.0) // USER_HZ is 100 on Linux
}

fn copy_report(to: &Path) {
    let from = Path::new(REFERENCE).parent().unwrap();
    let status = Command::new("cp").arg("-a").arg(format!("{}/.", from.display())).arg(to).status().unwrap();
    assert!(status.success(), "cannot copy the reference report");
}

/// The YAML after edits `0..=n`: even edits change a figure (a target, so tables, charts and
/// sentences change), odd ones a paragraph; each edit changes only its own kind (the other
/// keeps the value its last edit gave it) to a new value, so every edit changes the PDF.
fn edited(text: &str, n: usize) -> String {
    let figure = n - n % 2; // the last figure edit so far
    let figure_text = format!("2021: 7.{:02}\n              realisasi:", 10 + figure % 80);
    let out = text.replacen("2021: 9.43\n              realisasi:", &figure_text, 1);
    assert_ne!(out, text, "the figure to edit is no longer in the reference");
    if n == 0 {
        return out;
    }
    let paragraph = n - 1 + n % 2; // the last paragraph edit so far
    let with = out.replacen("Rincian pencapaian sasaran", &format!("Rincian ({paragraph}) pencapaian sasaran"), 1);
    assert_ne!(with, out, "the sentence to edit is no longer in the reference");
    with
}

fn main() {
    let edits: usize = std::env::var("WATCH_EDITS").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
    assert!(edits > WARM_UP, "WATCH_EDITS must be more than {WARM_UP}");
    let bin = env!("CARGO_BIN_EXE_lkjip");
    let dir = tempfile::tempdir().unwrap();
    copy_report(dir.path());
    let yaml = dir.path().join("lkjip.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();

    // the reference point, in the same run: a cold build, a fresh process each time
    let out = dir.path().join("cold.pdf");
    let cold: Vec<_> =
        (0..5).map(|_| measure(Command::new(bin).args(["-q", "build"]).arg(&yaml).arg("-o").arg(&out))).collect();
    report_runs("cold build (reference)", &cold, "");

    let mut child = Command::new(bin)
        .args(["--lang", "en", "watch"])
        .arg(&yaml)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.starts_with("ok in ") || line.contains("error") {
                let _ = tx.send((Instant::now(), line));
            }
        }
    });
    let next = || {
        let (at, line) = rx.recv_timeout(Duration::from_secs(120)).expect("watch said nothing within 120 s");
        assert!(line.starts_with("ok in "), "watch failed: {line}");
        at
    };
    next();
    let (mut latencies, mut cpus) = (Vec::new(), Vec::new());
    let (mut figures, mut paragraphs) = (Vec::new(), Vec::new());
    let mut rss_warm = 0;
    for n in 0..edits {
        std::thread::sleep(Duration::from_millis(150)); // a person types, the process idles
        let (_, cpu_before) = rss_kb_and_cpu(pid);
        // saved as most editors save, a new file renamed over the old: an in-place write can be
        // seen half done when this process is held between its truncate and its write
        let saved = dir.path().join(".lkjip.yaml.tmp");
        std::fs::write(&saved, edited(&text, n)).unwrap();
        std::fs::rename(&saved, &yaml).unwrap();
        let written = Instant::now();
        let done = next();
        let (rss, cpu_after) = rss_kb_and_cpu(pid);
        if n + 1 == WARM_UP {
            rss_warm = rss;
        }
        if n >= WARM_UP {
            let latency = done.duration_since(written).as_secs_f64() * 1000.0;
            latencies.push(latency);
            if n.is_multiple_of(2) {
                figures.push(latency)
            } else {
                paragraphs.push(latency)
            }
            cpus.push((cpu_after - cpu_before) * 1000.0);
        }
    }
    let (rss_end, _) = rss_kb_and_cpu(pid);
    let _ = child.kill();
    let _ = child.wait();
    let max = latencies.iter().cloned().fold(0.0, f64::max);
    println!(
        "{:>26}: {} edits after {WARM_UP} warm-up: edit → new draft median {:.0} ms (max {:.0}), CPU per edit \
         median {:.0} ms",
        "watch (reference)",
        latencies.len(),
        median(&latencies),
        max,
        median(&cpus),
    );
    println!(
        "{:>26}: a figure edit median {:.0} ms, a paragraph edit median {:.0} ms",
        "watch by edit",
        median(&figures),
        median(&paragraphs),
    );
    println!(
        "{:>26}: resident {} MiB after warm-up, {} MiB after {edits} edits ({:+} MiB)",
        "watch memory",
        rss_warm / 1024,
        rss_end / 1024,
        (rss_end as i64 - rss_warm as i64) / 1024
    );
}
