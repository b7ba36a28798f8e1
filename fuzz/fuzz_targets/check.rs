//! libFuzzer target: any bytes as a report file, through the loader and `check` (prepare, then
//! assemble, as `lkjip check` runs them). A panic, an abort, a timeout or memory past
//! libFuzzer's `-rss_limit_mb` is a finding; every finding is kept in tests/fixtures/fuzz/,
//! which the stable fuzzer (src/input/fuzz_tests.rs) replays on every `cargo test`.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use lkjip::commands::assemble::assemble;
use lkjip::commands::prepare::{Checked, prepare};

/// One folder for the whole run: each input is written over the same `lkjip.yaml`.
fn report_path() -> &'static PathBuf {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("lkjip.yaml");
        (dir, path)
    })
    .1
}

fuzz_target!(|data: &[u8]| {
    let path = report_path();
    std::fs::write(path, data).expect("write the case");
    if let Ok(Checked::Valid(p)) = prepare(path) {
        let _ = assemble(&p);
    }
});
