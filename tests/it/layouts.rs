//! `lkjip layouts DIR` through the real binary: writes the embedded layouts, refuses a non-empty
//! folder with exit code 2 and a message naming it.

use crate::prelude::lkjip_cmd;

#[test]
fn layouts_command_writes_files_and_refuses_a_non_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("tata-letak");
    let out = lkjip_cmd("C").arg("layouts").arg(&target).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for name in ["laporan.typ", "gaya.typ", "komponen.typ", "tabel.typ", "grafik.typ"] {
        assert!(target.join(name).is_file(), "{name} not written");
    }
    let again = lkjip_cmd("C").arg("layouts").arg(&target).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(err.contains("not empty") && err.contains("tata-letak"), "{err}");
}
