//! `lkjip diff A B` shows, below the YAML paths, what the change did to the computed figures:
//! an indicator's capaian and status, a kegiatan's serapan; in both languages, the numbers
//! computed here independently (Decimal, rounded once half away from zero), never copied from
//! the output. Revisions are archived with a stand-in renderer (the diff reads only sources).

use std::path::Path;

use lkjip::archive;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::prelude::{lkjip_cmd, root};

fn reference() -> String {
    std::fs::read_to_string(root().join("data/pekalongan-2021/lkjip.yaml")).unwrap()
}

/// `text` with `from` (which must occur exactly once) replaced by `to`.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "{from:?} occurs once in the reference");
    text.replacen(from, to, 1)
}

fn release(dir: &Path, yaml: &str, note: Option<&str>) {
    let req = crate::prelude::stand_in_request(yaml, note);
    archive::release(dir, &req, |n| Ok(format!("%PDF-1.7\n% revision {n}\n%%EOF\n").into_bytes())).unwrap();
}

/// `lkjip diff 1 2` on an archive of `old` then `new`, in `lang`: (exit code, stdout).
fn diff(old: &str, new: &str, lang: &str) -> (Option<i32>, String) {
    let tmp = tempfile::tempdir().unwrap();
    release(tmp.path(), old, None);
    release(tmp.path(), new, Some("koreksi"));
    let o = lkjip_cmd(lang).args(["diff", "1", "2", "--archive"]).arg(tmp.path()).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    (o.status.code(), format!("{out}{}", String::from_utf8_lossy(&o.stderr)))
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// `part ÷ whole × 100` shown with 2 decimals, as Indonesian writes it (`95,49 %`).
fn pct(part: &str, whole: &str) -> (Decimal, String) {
    let v =
        (d(part) / d(whole) * Decimal::ONE_HUNDRED).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    (v, format!("{} %", format!("{v:.2}").replace('.', ",")))
}

/// The reference's default status scale: above 100 %, exactly 100 %, below.
fn status(capaian: Decimal) -> &'static str {
    match capaian.cmp(&Decimal::ONE_HUNDRED) {
        std::cmp::Ordering::Greater => "Melebihi Target",
        std::cmp::Ordering::Equal => "Tercapai",
        std::cmp::Ordering::Less => "Tidak Tercapai",
    }
}

#[test]
fn a_changed_realisasi_shows_the_capaian_and_status_it_gives_in_both_languages() {
    let old = reference();
    // ekspor: target 2021 26.18, realisasi 30.26 → 25.5
    let new = edit(&old, "2021: 30.26\n", "2021: 25.5\n");
    let (before, before_s) = pct("30.26", "26.18");
    let (after, after_s) = pct("25.5", "26.18");
    assert_ne!(status(before), status(after), "the edit crosses the 100 % line");
    for (lang, heading) in
        [("C", "computed figures that changed:"), ("id_ID.UTF-8", "angka hasil hitungan yang berubah:")]
    {
        let (code, out) = diff(&old, &new, lang);
        assert_eq!(code, Some(0), "{out}");
        assert!(out.contains("realisasi.2021: 30.26 → 25.5"), "the YAML path is still shown:\n{out}");
        let line = format!(
            "IKU ekspor Nilai ekspor perdagangan: capaian {before_s} → {after_s}, status {} → {}",
            status(before),
            status(after)
        );
        let at = out.find(heading).unwrap_or_else(|| panic!("no heading {heading:?}:\n{out}"));
        assert!(out[at..].contains(&line), "{lang}: no line {line:?}:\n{out}");
        // only that indicator changed
        assert_eq!(out.matches("capaian").count(), 1, "{out}");
    }
}

#[test]
fn a_changed_kegiatan_realisasi_shows_its_serapan() {
    let old = reference();
    let new = edit(&old, "realisasi: 26183000\n", "realisasi: 27000000\n");
    let (_, before) = pct("26183000", "29225000");
    let (_, after) = pct("27000000", "29225000");
    let line = format!(
        "kegiatan perencanaan-evaluasi Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah: serapan {before} → {after}, realisasi Rp 26.183.000 → Rp 27.000.000"
    );
    let (code, out) = diff(&old, &new, "C");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains(&line), "no line {line:?}:\n{out}");
    let (_, out) = diff(&old, &new, "id_ID.UTF-8");
    assert!(out.contains(&line), "the same words in Indonesian (kegiatan, serapan, realisasi):\n{out}");
}

#[test]
fn a_side_that_does_not_compute_is_named_and_its_paths_still_show() {
    let old = reference();
    // an indicator's target for the report year removed: the model refuses the newer side
    let new = edit(&old, "                2021: 26.18\n", "");
    for (lang, said, absent) in [
        ("C", "revision 2 (the newer) does not compute", "(none)"),
        ("id_ID.UTF-8", "revisi 2 (yang baru) tidak dapat dihitung", "(tidak ada)"),
    ] {
        let (code, out) = diff(&old, &new, lang);
        assert_eq!(code, Some(0), "{out}");
        assert!(out.contains(&format!("target.2021: 26.18 → {absent}")), "{out}");
        assert!(out.contains(said), "{lang}: {said:?} missing:\n{out}");
        assert!(!out.contains("capaian"), "no computed line when a side does not compute:\n{out}");
    }
}

#[test]
fn a_change_of_words_only_changes_no_figure() {
    let old = reference();
    let new = edit(&old, "uraian: Meningkatnya nilai ekspor perdagangan\n", "uraian: Meningkatnya nilai ekspor\n");
    let (_, out) = diff(&old, &new, "C");
    assert!(out.contains("no computed figure changed"), "{out}");
    let (_, out) = diff(&old, &new, "id_ID.UTF-8");
    assert!(out.contains("tidak ada angka hasil hitungan yang berubah"), "{out}");
}
