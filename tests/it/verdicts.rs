//! The answers of `verify`, `log` and `diff` become exit codes (0 yes, 1 no) through the real
//! binary, on an archive released with a stand-in renderer (the archive never renders itself).

use std::path::Path;

use lkjip::archive::{self, ReleaseRequest};

use crate::prelude::lkjip_cmd;

fn req(yaml: &str, note: Option<&str>) -> ReleaseRequest {
    crate::prelude::stand_in_request(yaml, note)
}

fn release(dir: &Path, yaml: &str, note: Option<&str>) -> archive::Released {
    let r = req(yaml, note);
    archive::release(dir, &r, |n| Ok(format!("%PDF-1.7\n% revision {n}\n% {yaml}\n%%EOF\n").into_bytes())).unwrap()
}

fn code(args: &[&str], dir: &Path) -> i32 {
    let o = lkjip_cmd("C").args(args).arg("--archive").arg(dir).output().expect("run lkjip");
    o.status.code().unwrap_or_else(|| panic!("killed: {}", String::from_utf8_lossy(&o.stderr)))
}

#[test]
fn commands_map_answers_to_exit_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let first = release(dir, "a: 1\n", None);
    release(dir, "a: 2\n", Some("fix"));
    let pdf = first.pdf_path.to_str().unwrap();
    assert_eq!(code(&["verify", pdf, "--format", "json"], dir), 0, "an archived PDF is known");
    assert_eq!(code(&["verify"], dir), 0, "a clean archive audits clean");
    let stranger = dir.join("x.pdf");
    std::fs::write(&stranger, b"%PDF-1.7 other").unwrap();
    assert_eq!(code(&["verify", stranger.to_str().unwrap()], dir), 1, "an unknown PDF is a no");
    assert_eq!(code(&["log"], dir), 0);
    assert_eq!(code(&["diff", "1", "2"], dir), 0);
    std::fs::write(dir.join("stray.txt"), b"x").unwrap();
    assert_eq!(code(&["verify"], dir), 1, "a stray file fails the audit");
    assert_eq!(code(&["log"], &dir.join("missing")), 2, "no archive there: could not run");
}
