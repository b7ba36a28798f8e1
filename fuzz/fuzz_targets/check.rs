//! libFuzzer target: any bytes as a report file, through the loader and `check`
//! (`pipeline::load`, as `lkjip check` runs it). A panic, an abort, a timeout or memory past
//! libFuzzer's `-rss_limit_mb` is a finding; every finding is kept in tests/fixtures/fuzz/,
//! which the stable fuzzer (src/pipeline/fuzz_tests.rs) replays on every `cargo test`.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

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
    let _ = lkjip::pipeline::load(path);
});
