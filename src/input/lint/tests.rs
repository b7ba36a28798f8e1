//! The pre-pass on each usual mistake, and on valid YAML that only looks like one.

use super::*;
use crate::messages::Lang;

fn found(text: &str) -> Vec<(usize, usize, String)> {
    lint(text).iter().map(|(pos, m)| (pos.line, pos.column, m.text(Lang::En))).collect()
}

fn one(text: &str) -> (usize, usize, String) {
    let f = found(text);
    assert_eq!(f.len(), 1, "{text}\n{f:#?}");
    f.into_iter().next().unwrap()
}

#[test]
fn a_tab_in_the_indentation_is_named_at_its_column() {
    let (line, col, m) = one("a:\n  b: 1\n\tc: 2\n");
    assert_eq!((line, col), (3, 1));
    assert!(m.contains("tab"), "{m}");
}

#[test]
fn an_indentation_one_off_names_the_line_above() {
    let (line, col, m) = one("a:\n  b: 1\n   c: 2\n");
    assert_eq!((line, col), (3, 4));
    assert_eq!(m, "indentation 3 spaces, line 2 above it 2: make them equal");
    let (line, _, m) = one("a:\n    b: 1\n   c: 2\n");
    assert_eq!(line, 3);
    assert!(m.contains("line 2 above it 4"), "{m}");
    let p = lint("a:\n  b: 1\n   c: 2\n");
    assert_eq!(p[0].1.text(Lang::Id), "indentasi 3 spasi, baris 2 di atasnya 2 — samakan");
}

#[test]
fn a_colon_inside_plain_text_asks_for_quotes() {
    let (line, col, m) = one("judul: Capaian: baik\n");
    assert_eq!((line, col), (1, 15));
    assert!(m.contains("`\"Capaian: baik\"`"), "{m}");
}

#[test]
fn a_missing_space_after_a_dash_or_a_colon_is_named() {
    let (line, col, m) = one("daftar:\n  - satu\n  -dua\n");
    assert_eq!((line, col), (3, 3));
    assert!(m.contains("`- dua`"), "{m}");
    let (line, col, m) = one("a:\n  nama:Dinas\n  b: 1\n");
    assert_eq!((line, col), (2, 7));
    assert!(m.contains("`nama: Dinas`"), "{m}");
}

#[test]
fn an_unclosed_quote_or_bracket_is_named_where_it_opens() {
    let (line, col, m) = one("a:\n  b: \"Dinas\n  c: 1\n");
    assert_eq!((line, col), (2, 6));
    assert!(m.contains("quote `\"`"), "{m}");
    let (line, col, m) = one("a: [IKU1, IKU2\nb: 1\n");
    assert_eq!((line, col), (1, 4));
    assert!(m.contains("`[`"), "{m}");
    let (line, _, m) = one("a: { 2025: 1\n");
    assert_eq!(line, 1);
    assert!(m.contains("`}`"), "{m}");
}

#[test]
fn a_decimal_comma_in_a_flow_mapping_gives_the_spelling() {
    let (line, col, m) = one("target: { 2024: 80, 2025: 85,5 }\n");
    assert_eq!((line, col), (1, 27));
    assert!(m.contains("write `85.5`"), "{m}");
    let (_, _, m) = one("pagu: { 2025: 1,187,450,000 }\n");
    assert!(m.contains("write `1187450000`"), "{m}");
}

#[test]
fn every_mistake_of_a_file_is_found_in_one_pass() {
    let text = "a:\n\tb: 1\nc: x: y\nd:\n  - e\n  -f\ng:h\ni:\n  j: 1\n   k: 2\nl: { 2025: 85,5 }\nm: \"open\n";
    let lines: Vec<usize> = found(text).iter().map(|f| f.0).collect();
    assert_eq!(lines, [2, 3, 6, 7, 10, 11, 12], "{:#?}", found(text));
}

#[test]
fn valid_yaml_that_looks_like_a_mistake_is_left_alone() {
    let ok = [
        "situs: https://dinas.go.id\njam: 08:00\nrasio: 1:2\n",
        "uraian: |\n  Capaian: baik\n   -item\n  \tnama:Dinas\n  { 2025: 85,5 }\nb: 1\n",
        "uraian: >-\n    teks: sini\nb: 1\n",
        "# catatan: ini: komentar\na: 1 # b: c\n",
        "a: \"Capaian: baik\"\nb: 'Jum''at: libur'\n",
        "a: teks panjang\n  berlanjut di sini\n   dan di sini\nb: 1\n",
        "a: \"paragraf satu\n  paragraf dua\"\nb: 1\n",
        "a: [IKU1,\n  IKU2]\nb: { 2025: 85, 2026: 90 }\n",
        "a:\n- x\n- y\nb:\n  - c: 1\n    d: 2\n  - - e\n    - f\n",
        "nilai: -4.68\ndaftar:\n  - -5\n",
        "---\na: 1\n...\n",
        "a: &x { b: 1 }\nc: *x\nd: !!str 5\n",
    ];
    for text in ok {
        assert_eq!(found(text), [], "{text}");
    }
}
