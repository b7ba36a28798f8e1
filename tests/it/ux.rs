//! The CLI as planning staff meet it: init and its scaffolds, messages in their language
//! with the source line, completions and the manual page.

use std::process::Output;

use crate::prelude::{lkjip, lkjip_cmd};

fn lkjip_env(args: &[&str], lang: &str) -> Output {
    lkjip_cmd(lang).args(args).output().expect("run lkjip")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn fixture() -> String {
    crate::prelude::fixture("kecil.yaml")
}

#[test]
fn fresh_scaffold_check_names_every_field_to_fill() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("lkjip-2025");
    let out = lkjip(&["init", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let yaml = dir.join("lkjip.yaml");
    assert!(dir.join("lkjip.schema.json").is_file());
    let body = std::fs::read_to_string(&yaml).unwrap();
    assert!(body.starts_with("# yaml-language-server: $schema=lkjip.schema.json\n"));
    assert!(body.contains("# BAB I Pendahuluan."), "Indonesian hints as comments");
    serde_yaml::from_str::<serde_yaml::Value>(&body).expect("the scaffold is YAML");

    let out = lkjip(&["check", yaml.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for field in [
        "dokumen.tanggal",
        "instansi.nama",
        "penandatangan.nip",
        "kata_pengantar",
        "pendahuluan.latar_belakang",
        "perencanaan.renstra.awal",
        "perencanaan.tujuan[0].sasaran[0].indikator[0].target.",
        "program[0].pagu",
        "program[0].kegiatan[0].realisasi",
        "akuntabilitas.keuangan.pendapatan.pagu",
        "penutup.uraian",
    ] {
        assert!(err.contains(&format!("error: {field}")), "{field} not named in\n{err}");
    }
    assert!(err.contains(": this field is empty: fill it in"), "{err}");
    let errors = err.matches(": error: ").count();
    let blanks: usize =
        body.lines().filter(|l| !l.trim_start().starts_with('#')).map(|l| l.matches("\"\"").count()).sum();
    assert_eq!(errors, blanks, "one error per blank, nothing else:\n{err}");
    assert!(text(&out.stdout).contains(&format!("{errors} errors")));
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("catatan.txt"), "penting").unwrap();
    let out = lkjip(&["init", tmp.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("is not empty"), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(tmp.path().join("catatan.txt")).unwrap(), "penting");
    assert!(!tmp.path().join("lkjip.yaml").exists());
    // an existing empty folder is fine
    let empty = tmp.path().join("kosong");
    std::fs::create_dir(&empty).unwrap();
    let out = lkjip_cmd("C").args(["init", "."]).current_dir(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(empty.join("lkjip.yaml").is_file() && empty.join("lkjip.schema.json").is_file());
    assert_eq!(std::fs::read_dir(&empty).unwrap().count(), 2, "no temporary file left");
}

#[test]
fn from_last_year_keeps_structure_and_history_and_empties_the_year() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("2025");
    let out = lkjip(&["init", dir.to_str().unwrap(), "--from", &fixture()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let body = std::fs::read_to_string(dir.join("lkjip.yaml")).unwrap();
    let v: serde_yaml::Value = serde_yaml::from_str(&body).expect("parses");
    let d = &v["dokumen"];
    assert_eq!(d["tahun"].as_u64(), Some(2025));
    assert_eq!(d["tanggal"].as_str(), Some(""));
    assert_eq!(v["instansi"]["nama"].as_str(), Some("Dinas Contoh"));
    assert_eq!(v["penandatangan"]["nip"].as_str(), Some("19700101 199503 2 001"));
    let theil = &v["perencanaan"]["tujuan"][0]["sasaran"][0]["indikator"][0];
    assert_eq!(theil["id"].as_str(), Some("theil"));
    // targets kept with their exact text, past realisations kept, this year's to fill
    assert!(body.contains("target: { 2023: 0.026, 2024: 0.025, 2025: \"\", 2026: 0.018169 }"), "{body}");
    assert!(body.contains("realisasi: { 2023: 0.0201, 2024: 0.0189, 2025: \"\" }"), "{body}");
    assert_eq!(v["perencanaan"]["perjanjian_kinerja"]["indikator"][1].as_str(), Some("umkm"));
    let p1 = &v["program"][0];
    assert_eq!(p1["nama"].as_str(), Some("Program Satu"));
    assert_eq!(p1["pagu"].as_str(), Some(""));
    assert_eq!(p1["kegiatan"][0]["realisasi"].as_str(), Some(""));
    assert_eq!(p1["kegiatan"][0]["output"][0].as_str(), Some(""));
    assert_eq!(v["akuntabilitas"]["analisis_sasaran"][0]["uraian"].as_str(), Some(""));
    assert_eq!(v["akuntabilitas"]["analisis_sasaran"][0]["kegiatan"][1].as_str(), Some("K2"));
    assert_eq!(v["akuntabilitas"]["keuangan"]["belanja_modal"]["pagu"].as_str(), Some(""));
    assert_eq!(v["kata_pengantar"].as_str(), Some(""));
    assert_eq!(v["penutup"]["uraian"].as_str(), Some(""));
    assert!(v["pendahuluan"]["fungsi"].as_str().unwrap().contains("Fungsi dua"), "agency texts kept");

    // check lists what is to fill; filling every blank with last year's kind of values passes
    let out = lkjip(&["check", dir.join("lkjip.yaml").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("error: perencanaan.tujuan[0].sasaran[0].indikator[0].realisasi.2025: this field is empty"),
        "{err}"
    );
    assert!(err.contains("error: program[1].kegiatan[0].pagu: this field is empty"), "{err}");
    assert!(
        err.contains("error: perencanaan.tujuan[0].sasaran[0].indikator[1].target.2025: this field is empty"),
        "{err}"
    );

    // once every "" is filled in, the report is valid: nothing else was broken on the way
    let mut filled = body.replace("tanggal: \"\"", "tanggal: 2026-02-27");
    for k in ["pagu", "realisasi", "target", "2025"] {
        filled = filled.replace(&format!("{k}: \"\""), &format!("{k}: 0"));
    }
    let filled = filled.replace("\"\"", "Isi");
    std::fs::write(dir.join("lkjip.yaml"), filled).unwrap();
    let out = lkjip(&["check", dir.join("lkjip.yaml").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn messages_in_indonesian_with_the_source_line_and_a_marker() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("lkjip.yaml");
    let src = std::fs::read_to_string(fixture()).unwrap().replacen(
        "              realisasi: { 2024: 0 }",
        "              realisasy: { 2024: 0 }",
        1,
    );
    std::fs::write(&p, src).unwrap();
    let file = p.to_str().unwrap();

    let id = text(&lkjip_env(&["check", file], "id_ID.UTF-8").stderr);
    assert!(
        id.contains(": kesalahan: perencanaan.tujuan[0].sasaran[1].indikator[0]: isian `realisasy` tidak dikenal"),
        "{id}"
    );
    assert!(id.contains("= saran: maksudnya `realisasi`?"), "{id}");
    assert!(id.contains("65 |               realisasy: { 2024: 0 }\n   |               ^^^^^^^^^^\n"), "{id}");
    let out = lkjip_env(&["check", file], "id_ID.UTF-8");
    assert!(text(&out.stdout).contains("1 kesalahan, 0 peringatan"), "{}", text(&out.stdout));

    let en = text(&lkjip_env(&["--lang", "en", "check", file], "id_ID.UTF-8").stderr);
    assert!(en.contains(": error: perencanaan.tujuan[0].sasaran[1].indikator[0]: unknown field `realisasy`"), "{en}");
    assert!(en.contains("= hint: did you mean `realisasi`?"), "{en}");
    let forced = text(&lkjip(&["check", file, "--lang", "id"]).stderr);
    assert!(forced.contains("kesalahan"), "{forced}");
}

#[test]
fn common_semantic_messages_in_indonesian() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("lkjip.yaml");
    let src = std::fs::read_to_string(fixture()).unwrap().replacen("- id: umkm", "- id: theil", 1).replacen(
        "target: { 2024: 0, 2026: 0 }",
        "target: { 2026: 0 }",
        1,
    );
    std::fs::write(&p, src).unwrap();
    let out = lkjip(&["--lang", "id", "check", p.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert!(err.contains("id `theil` ganda: sudah dipakai di perencanaan.tujuan[0].sasaran[0].indikator[0]"), "{err}");
    assert!(err.contains("belum ada target untuk tahun laporan 2024"), "{err}");
    assert!(err.contains("perjanjian_kinerja.indikator[1]: indikator `umkm` tidak ada"), "{err}");
    assert!(!err.contains(": error:") && !err.contains("warning:"), "{err}");

    // narrative checks run once the model is valid
    let src = std::fs::read_to_string(fixture()).unwrap().replacen(
        "Tidak ada temuan berulang.",
        "Capaian {nope.capaian} dan 71,13 %.",
        1,
    );
    std::fs::write(&p, src).unwrap();
    let err = text(&lkjip(&["--lang", "id", "check", p.to_str().unwrap()]).stderr);
    assert!(err.contains("kesalahan: akuntabilitas.analisis_sasaran[1].uraian: penanda `{nope.capaian}`: tidak ada indikator, sasaran, program atau kegiatan ber-id `nope`"), "{err}");
    assert!(err.contains("peringatan: akuntabilitas.analisis_sasaran[1].uraian: `71,13 %`: tidak ada capaian dalam laporan yang sama dengan 71,13 %; sebutkan capaian milik siapa"), "{err}");
    assert!(err.contains("= saran: tulis penanda seperti `{ID.capaian}`"), "{err}");
    assert!(!err.contains(": error:") && !err.contains("warning:"), "{err}");
}

#[test]
fn quiet_prints_nothing_on_success() {
    let out = lkjip(&["-q", "check", &fixture()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "");
    let out = lkjip(&["check", "-v", &fixture()]);
    assert!(text(&out.stderr).trim_end().ends_with(" s"), "{}", text(&out.stderr));
}

#[test]
fn empty_texts_are_named_once_without_echoes() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("lkjip.yaml");
    let src = std::fs::read_to_string(fixture())
        .unwrap()
        .replacen("  tanggal: 2025-02-28", "  tanggal: \"\"", 1)
        .replacen("nip: \"19700101 199503 2 001\"", "nip: \"\"", 1)
        .replacen("latar_belakang: Latar belakang.", "latar_belakang: |\n\n", 1)
        .replacen("indikator: [theil, umkm, temuan]", "indikator: [theil, \"\", temuan]", 1);
    std::fs::write(&p, src).unwrap();
    let out = lkjip(&["check", p.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for field in [
        "dokumen.tanggal",
        "penandatangan.nip",
        "pendahuluan.latar_belakang",
        "perencanaan.perjanjian_kinerja.indikator[1]",
    ] {
        assert_eq!(err.matches(&format!("error: {field}: ")).count(), 1, "{field} once in\n{err}");
        assert!(err.contains(&format!("error: {field}: this field is empty: fill it in")), "{err}");
    }
    assert_eq!(err.matches(": error: ").count(), 4, "{err}");
}

#[test]
fn completions_man_and_help_examples() {
    for shell in ["bash", "zsh", "fish"] {
        let out = lkjip(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0));
        let script = text(&out.stdout);
        assert!(script.contains("lkjip") && script.contains("init") && script.contains("check"), "{shell}: {script}");
    }
    let man = text(&lkjip(&["man"]).stdout);
    assert!(man.starts_with(".ie") || man.contains(".TH lkjip"), "{man}");
    assert!(man.contains("completions"), "{man}");
    for cmd in [
        "check",
        "init",
        "schema",
        "watch",
        "completions",
        "man",
        "build",
        "release",
        "verify",
        "log",
        "diff",
        "reproduce",
        "layouts",
    ] {
        let help = text(&lkjip(&[cmd, "--help"]).stdout);
        assert!(help.contains("Examples:\n  "), "{cmd} --help has no examples:\n{help}");
    }
}

#[test]
fn budget_scale_and_file_messages_in_indonesian() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("lkjip.yaml");
    let src = std::fs::read_to_string(fixture())
        .unwrap()
        .replacen("pagu: 400000, realisasi: 400000", "pagu: -400000, realisasi: 400000", 1)
        .replacen("pagu: 600000, realisasi: 540000", "pagu: 600000, realisasi: 640000", 1)
        .replacen("  tanggal: 2025-02-28", "  tanggal: 2025-02-30", 1)
        .replacen("akuntabilitas:\n", "akuntabilitas:\n  skala:\n    status: [{label: A, maks: 99.99}, {label: B, min: 100}]\n    kategori: [{label: C, maks: 89.99}, {label: D, min: 90.01}]\n", 1)
        .replacen("      faktor_pendukung: [Dukungan pimpinan.]", "      faktor_pendukung: [Dukungan pimpinan.]\n      foto: [{ berkas: ../x.png, keterangan: x }]", 1);
    std::fs::write(&p, src).unwrap();
    let out = lkjip(&["--lang", "id", "check", p.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for want in [
        "nilai uang tidak boleh negatif (-400000)",
        "realisasi 640000 melebihi pagu 600000",
        "jumlah pagu kegiatan 200000 tidak sama dengan pagu program 1000000",
        "saran: jika tidak semua kegiatan program dicantumkan, tulis `kegiatan_lengkap: false`",
        "`2025-02-30` bukan tanggal yang sah",
        "ada celah antara rentang `C` dan `D`",
        "`../x.png` keluar dari folder laporan",
    ] {
        assert!(err.contains(want), "missing {want:?} in\n{err}");
    }
    assert!(!err.contains(": error:") && !err.contains("warning:"), "{err}");
}

#[test]
fn type_choice_placeholder_and_run_errors_in_indonesian() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("lkjip.yaml");
    let run = |src: String| {
        std::fs::write(&p, src).unwrap();
        text(&lkjip(&["--lang", "id", "check", p.to_str().unwrap()]).stderr)
    };
    let f = std::fs::read_to_string(fixture()).unwrap();
    let err = run(f.replacen("  tahun: 2024", "  tahun: duaribu", 1));
    assert!(err.contains("dokumen.tahun: jenis nilai salah: string \"duaribu\", seharusnya u16"), "{err}");
    let err = run(f.replacen("polaritas: negatif", "polaritas: negativ", 1));
    assert!(err.contains("pilihan `negativ` tidak dikenal; yang dikenal: `positif`, `negatif`"), "{err}");
    let err = run(f.replacen("{theil.capaian}", "{theil.capaiyan}", 1));
    assert!(err.contains("penanda `{theil.capaiyan}` tidak dapat diisi: angka `capaiyan` tidak dikenal"), "{err}");
    let out = lkjip(&["--lang", "id", "check", "/tidak/ada.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(said.starts_with("kesalahan: tidak dapat membaca /tidak/ada.yaml: tidak ada (kode OS 2)"), "{said}");
}
