//! A new Renstra period: `init --from` of a report in the last year of its Renstra takes the
//! new period from `--renstra` (or asks on a terminal) and carries the indicators; `check` says
//! what to do about years outside the Renstra.

use crate::prelude::{fixture, fixture_text, lkjip, lkjip_cmd};

#[test]
fn past_its_renstra_init_from_needs_the_new_period() {
    let dir = tempfile::tempdir().unwrap();
    // kecil.yaml reports on 2024 in a Renstra 2021–2026: moved to its last year, 2026
    let last = dir.path().join("lalu.yaml");
    let text = fixture_text("kecil.yaml").replacen("  tahun: 2024\n", "  tahun: 2026\n", 1);
    assert!(text.contains("realisasi: { 2023: 0.0201, 2024: 0.0189 }"), "fixture changed");
    let text = text.replace(
        "realisasi: { 2023: 0.0201, 2024: 0.0189 }",
        "realisasi: { 2023: 0.0201, 2024: 0.0189, 2026: 0.0181 }",
    );
    std::fs::write(&last, text).unwrap();
    let new = dir.path().join("baru");
    // no terminal, no flag: it cannot guess
    let out = lkjip(&["init", new.to_str().unwrap(), "--from", last.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the Renstra 2021–2026 ended before 2027: give the new period, e.g. `--renstra 2027-2031`"),
        "{err}"
    );
    let out = lkjip_cmd("id_ID.UTF-8")
        .args(["init", new.to_str().unwrap(), "--from", last.to_str().unwrap(), "--renstra", "2028-2032"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("periode 2028–2032 tidak mencakup tahun laporan baru 2027"));
    let out = lkjip(&["init", new.to_str().unwrap(), "--from", last.to_str().unwrap(), "--renstra", "2027-2031"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let made = std::fs::read_to_string(new.join("lkjip.yaml")).unwrap();
    assert!(made.contains("# Renstra baru 2027–2031 (sebelumnya 2021–2026)"), "{made}");
    let doc: serde_yaml::Value = serde_yaml::from_str(&made).unwrap();
    let r = &doc["perencanaan"]["renstra"];
    assert_eq!((r["awal"].as_i64(), r["akhir"].as_i64(), r["uraian"].as_str()), (Some(2027), Some(2031), Some("")));
    let theil = &doc["perencanaan"]["tujuan"][0]["sasaran"][0]["indikator"][0];
    assert_eq!(theil["id"].as_str(), Some("theil"), "the indicators are carried");
    assert_eq!(theil["data_awal"].as_f64(), Some(0.0181), "the last realisation is the new baseline: {theil:?}");
    let years = |m: &serde_yaml::Value| m.as_mapping().unwrap().keys().map(|k| k.as_i64().unwrap()).collect::<Vec<_>>();
    assert_eq!(years(&theil["target"]), vec![2027, 2031], "the new year and the end target, to fill in");
    assert_eq!(years(&theil["realisasi"]), vec![2023, 2024, 2026, 2027], "past realisations stay as history");
    // what is left to do is filling in, not a year outside the period
    let out = lkjip(&["check", new.join("lkjip.yaml").to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(!err.contains("outside the Renstra"), "{err}");
    assert!(err.contains("perencanaan.renstra.uraian: this field is empty"), "{err}");
}

#[test]
fn within_its_renstra_init_from_keeps_the_period() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("baru");
    let out = lkjip(&["init", new.to_str().unwrap(), "--from", &fixture("kecil.yaml")]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let made = std::fs::read_to_string(new.join("lkjip.yaml")).unwrap();
    assert!(!made.contains("Renstra baru"));
    assert!(made.contains("awal: 2021") && made.contains("akhir: 2026"), "{made}");
}

#[test]
fn check_says_what_to_do_about_a_year_outside_the_renstra() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("lkjip.yaml");
    let text = fixture_text("kecil.yaml").replacen("  tahun: 2024\n", "  tahun: 2027\n", 1).replacen(
        "target: { 2024: 60.27, 2026: 60.27 }",
        "target: { 2020: 48, 2024: 60.27, 2026: 60.27 }",
        1,
    );
    std::fs::write(&p, text).unwrap();
    let out = lkjip(&["check", p.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("dokumen.tahun: 2027 is outside the Renstra period 2021–2026"), "{err}");
    assert!(err.contains("after 2026 a new Renstra has begun: write its period in `perencanaan.renstra`"), "{err}");
    assert!(err.contains("--renstra AWAL-AKHIR"), "{err}");
    assert!(err.contains("indikator[1].target.2020: 2020 is outside the Renstra period 2021–2026"), "{err}");
    assert!(err.contains("the last value before 2021 is the baseline: write it as `data_awal`"), "{err}");
    let out = lkjip_cmd("id_ID.UTF-8").args(["check", p.to_str().unwrap()]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("setelah 2026 berlaku Renstra baru"), "{err}");
}
