//! YAML mistakes explained (#14 item 2): the line pre-pass names every usual syntax mistake of a
//! file in one `check`, with line, marker and fix, in both languages; it finds nothing in the
//! examples or the `init` scaffold; and every spelling lkjip suggests for a mistyped number is
//! accepted by the next run.

use std::path::{Path, PathBuf};

use crate::bahasa::english_words;
use crate::prelude::*;

/// `check` of `text` (written as a report in a folder of its own) in `lang`: exit code, what it
/// said, and the report's path as the lines name it.
fn check(text: &str, lang: &str) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("lkjip.yaml");
    std::fs::write(&yaml, text).unwrap();
    let path = yaml.to_str().unwrap().to_owned();
    let o = lkjip_cmd("C").args(["--lang", lang, "check", &path]).output().unwrap();
    (o.status.code(), format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr)), path)
}

/// The lines of `out` that report a problem on line `line` of `path`.
fn at_line<'a>(out: &'a str, path: &str, line: usize) -> Vec<&'a str> {
    let prefix = format!("{path}:{line}:");
    out.lines().filter(|l| l.starts_with(&prefix)).collect()
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            yaml_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
            out.push(p);
        }
    }
}

#[test]
fn the_examples_and_the_scaffold_give_the_pre_pass_nothing() {
    let mut files = Vec::new();
    yaml_files(&root().join("data"), &mut files);
    assert!(files.len() >= 4, "{files:?}");
    let mut texts: Vec<(String, String)> =
        files.iter().map(|f| (f.display().to_string(), std::fs::read_to_string(f).unwrap())).collect();
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("baru");
    let o = lkjip(&["init", new.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    texts.push(("init".into(), std::fs::read_to_string(new.join("lkjip.yaml")).unwrap()));
    for (name, text) in &texts {
        let found = lkjip::input::lint::lint(text);
        assert!(found.is_empty(), "{name}: {found:#?}");
    }
}

/// Eight usual mistakes in the small report, and the line each stands on.
const EIGHT: &[(&str, &str, usize)] = &[
    ("  tempat: Contoh\n", "\ttempat: Contoh\n", 5),
    ("  pangkat: Pembina", "   pangkat: Pembina", 13),
    ("latar_belakang: Latar belakang.", "latar_belakang: Latar belakang: singkat.", 20),
    ("        - nama: Bidang Satu", "        -nama: Bidang Satu", 32),
    ("nama: Indeks Theil", "nama:Indeks Theil", 45),
    ("satuan: \"%\"\n              iku", "satuan: \"%\n              iku", 53),
    ("realisasi: { 2023: 50, 2024: 42.9 }", "realisasi: { 2023: 50, 2024: 42,9 }", 56),
    ("indikator: [theil, umkm, temuan]", "indikator: [theil, umkm, temuan", 69),
];

#[test]
fn eight_mistakes_are_eight_findings_in_one_check_in_both_languages() {
    let text = fixture_with("kecil.yaml", &EIGHT.iter().map(|&(a, b, _)| (a, b)).collect::<Vec<_>>());
    for (lang, words) in [
        (
            "id",
            ["tab di indentasi", "indentasi 3 spasi, baris 12 di atasnya 2 — samakan", "tulis `42.9`", "tanda kutip"],
        ),
        ("en", ["a tab in the indentation", "indentation 3 spaces, line 12 above it 2", "write `42.9`", "quote `\"`"]),
    ] {
        let (code, out, path) = check(&text, lang);
        assert_eq!(code, Some(1), "{lang}: {out}");
        for &(_, _, line) in EIGHT {
            assert_eq!(at_line(&out, &path, line).len(), 1, "{lang}: line {line}:\n{out}");
        }
        let prefix = format!("{path}:");
        let reported = out
            .lines()
            .filter(|l| l.strip_prefix(&prefix).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))
            .count();
        assert_eq!(reported, EIGHT.len(), "{lang}:\n{out}");
        for w in words {
            assert!(out.contains(w), "{lang}: {w:?} missing:\n{out}");
        }
        assert!(
            !out.contains("cannot be read") && !out.contains("tidak dapat dibaca"),
            "{lang}: the parser's words:\n{out}"
        );
        if lang == "id" {
            let english = english_words(&out.replace(&path, ""));
            assert!(english.is_empty(), "English in Indonesian: {english:?}\n{out}");
        }
    }
}

#[test]
fn each_hint_for_a_mistyped_number_fed_back_is_accepted() {
    // (the line as the fixture has it, the same line mistyped, the mistyped text, its line)
    let cases: &[(&str, &str, &str, usize)] = &[
        ("2024: 42.9 }", "2024: 42,9 }", "42,9", 56),
        ("2024: 42.9 }", "2024: 42,9% }", "42,9%", 56),
        ("target: 80, realisasi: 72 }", "target: 80, realisasi: 72,5% }", "72,5%", 76),
        ("    pagu: 1000000\n", "    pagu: 1,000,000\n", "1,000,000", 74),
        ("    pagu: 1000000\n", "    pagu: 1.000.000\n", "1.000.000", 74),
        ("    pagu: 1000000\n", "    pagu: 999999,5\n", "999999,5", 74),
        ("    pagu: 1000000\n", "    pagu: Rp 1.000.000\n", "Rp 1.000.000", 74),
        ("    pagu: 1000000\n", "    pagu: Rp. 1.000.000,-\n", "Rp. 1.000.000,-", 74),
        ("    pagu: 1000000\n", "    pagu: 1.000.000,00\n", "1.000.000,00", 74),
        ("pagu: 100, realisasi: 90 }", "pagu: 100, realisasi: Rp 90 }", "Rp 90", 96),
        ("target: 80, realisasi: 72 }", "target: 80, realisasi: 72% }", "72%", 76),
    ];
    for &(from, to, typed, line) in cases {
        let wrong = fixture_with("kecil.yaml", &[(from, to)]);
        let (code, out, path) = check(&wrong, "en");
        assert_eq!(code, Some(1), "{typed}: {out}");
        let said = at_line(&out, &path, line);
        let hint = said
            .iter()
            .find_map(|l| l.split_once("write `").and_then(|(_, r)| r.split_once('`')).map(|(h, _)| h.to_owned()))
            .unwrap_or_else(|| panic!("{typed}: no spelling suggested on line {line}:\n{out}"));
        let (_, id, _) = check(&wrong, "id");
        assert!(id.contains(&format!("tulis `{hint}`")), "{typed}: {id}");
        let fixed = wrong.replacen(typed, &hint, 1);
        let (_, out, path) = check(&fixed, "en");
        assert!(at_line(&out, &path, line).is_empty(), "{typed} → {hint} refused:\n{out}");
        assert!(!out.contains("not a number"), "{typed} → {hint}:\n{out}");
    }
}
