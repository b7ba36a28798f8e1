//! `lkjip layouts DIR` through the real binary: writes the embedded layouts, refuses a non-empty
//! folder with exit code 2 and a message naming it.

use std::process::Command;

#[test]
fn layouts_command_writes_files_and_refuses_a_non_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("tata-letak");
    let out = Command::new(env!("CARGO_BIN_EXE_lkjip")).arg("layouts").arg(&target).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for name in ["laporan.typ", "gaya.typ", "komponen.typ", "tabel.typ", "grafik.typ"] {
        assert!(target.join(name).is_file(), "{name} not written");
    }
    let again = Command::new(env!("CARGO_BIN_EXE_lkjip")).arg("layouts").arg(&target).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(err.contains("not empty") && err.contains("tata-letak"), "{err}");
}
