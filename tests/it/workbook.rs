//! `lkjip ekspor` and `lkjip impor` through the binary: the computed tables as numbers with
//! Indonesian formats, reproducible bytes, the template, and the round trip template → filled
//! (written here with rust_xlsxwriter, as Excel would save it) → imported → `check`, against the
//! same values typed into the YAML by hand.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{Format, Workbook};

use crate::prelude::{lkjip, lkjip_cmd, root};

const REFERENCE: &str = "data/pekalongan-2021/lkjip.yaml";

/// A report folder of its own, with the YAML (and, for the reference, its images) copied in.
fn folder(yaml: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let src = root().join(yaml);
    let from = src.parent().unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            std::fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
        } else if e.file_type().unwrap().is_dir() && from != root().join("tests/fixtures") {
            let sub = dir.path().join(e.file_name());
            std::fs::create_dir(&sub).unwrap();
            for f in std::fs::read_dir(e.path()).unwrap() {
                let f = f.unwrap();
                std::fs::copy(f.path(), sub.join(f.file_name())).unwrap();
            }
        }
    }
    let path = dir.path().join(src.file_name().unwrap());
    (dir, path)
}

fn run(lang: &str, args: &[&str]) -> (i32, String, String) {
    let out = lkjip_cmd(lang).args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Every sheet: cells by (row, col), as calamine (an independent reader) sees them.
fn sheets(bytes: &[u8]) -> BTreeMap<String, BTreeMap<(u32, u32), Data>> {
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let mut out = BTreeMap::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        let (r0, c0) = range.start().unwrap_or((0, 0));
        // calamine yields every cell of the used rectangle; an empty one is no value
        let cells = range
            .cells()
            .filter(|(_, _, d)| !matches!(d, Data::Empty))
            .map(|(r, c, d)| ((r0 + r as u32, c0 + c as u32), d.clone()))
            .collect();
        out.insert(name, cells);
    }
    out
}

fn number_format(bytes: &[u8], sheet: &str, row: u32, col: u32) -> String {
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let styles = wb.worksheet_style(sheet).unwrap();
    styles.get((row, col)).and_then(|s| s.number_format.clone()).map(|f| f.format_code).unwrap_or_default()
}

/// The row of `id` in a sheet whose column `col` holds ids.
fn row_of(cells: &BTreeMap<(u32, u32), Data>, col: u32, id: &str) -> u32 {
    cells
        .iter()
        .find(|((_, c), d)| *c == col && *d == id)
        .map(|((r, _), _)| *r)
        .unwrap_or_else(|| panic!("no row {id}"))
}

fn col_of(cells: &BTreeMap<(u32, u32), Data>, header: &str) -> u32 {
    cells
        .iter()
        .find(|((r, _), d)| *r == 0 && *d == header)
        .map(|((_, c), _)| *c)
        .unwrap_or_else(|| panic!("no column {header}"))
}

/// The computed report of `check --format json`.
fn computed(yaml: &Path) -> serde_json::Value {
    let out = lkjip(&["check", "--format", "json", p(yaml)]);
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stderr), String::from_utf8_lossy(&out.stdout));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["report"].clone()
}

#[test]
fn ekspor_gives_the_computed_figures_as_numbers_with_formats() {
    let (dir, yaml) = folder(REFERENCE);
    let out = dir.path().join("lkjip.xlsx");
    let (code, _, err) = run("id_ID.UTF-8", &["ekspor", p(&yaml), "-o", p(&out)]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("menulis") && err.contains("9 lembar"), "{err}");
    let bytes = std::fs::read(&out).unwrap();
    let s = sheets(&bytes);
    let report = computed(&yaml);
    let cap = &s["Capaian"];
    let (col_cap, col_status) = (col_of(cap, "Capaian (%)"), col_of(cap, "Status"));
    // every indicator's capaian is the JSON's rounded figure, stored as a number
    for ind in report["indikator"].as_array().unwrap() {
        let row = row_of(cap, 0, ind["id"].as_str().unwrap());
        match ind["capaian"]["nilai"].as_str() {
            Some(nilai) => {
                let Data::Float(_) = cap[&(row, col_cap)] else {
                    panic!("capaian not a number: {:?}", cap[&(row, col_cap)])
                };
                let cell = rust_decimal::Decimal::from_str_exact(&cap[&(row, col_cap)].to_string()).unwrap();
                assert_eq!(cell, rust_decimal::Decimal::from_str_exact(nilai).unwrap(), "{}", ind["id"]);
                assert_eq!(cap[&(row, col_status)].to_string(), ind["status"].as_str().unwrap());
            }
            None => assert!(!cap.contains_key(&(row, col_cap))),
        }
    }
    let kup = row_of(cap, 0, "kup-kur");
    assert_eq!(cap[&(kup, col_cap)].to_string(), "71.18");
    assert_eq!(number_format(&bytes, "Capaian", kup, col_cap), "0.00");
    // money: whole rupiah with thousands grouped (#.##0 in an Indonesian Excel)
    let ang = &s["Anggaran"];
    let row = row_of(ang, 1, "penunjang");
    let col = col_of(ang, "Pagu (Rp)");
    assert!(matches!(ang[&(row, col)], Data::Float(_)));
    assert_eq!(ang[&(row, col)].to_string(), "8339050000");
    assert_eq!(number_format(&bytes, "Anggaran", row, col), "#,##0");
    let sas = &s["Sasaran dan Efisiensi"];
    let row = row_of(sas, 0, "sasaran-ekspor");
    // (capaian 115,58 % ÷ serapan 99,61 % − 1) × 100, as `check --format json` computes it
    assert_eq!(sas[&(row, col_of(sas, "Efisiensi (%)"))].to_string(), "16.04");
    for name in ["Perbandingan", "Target Akhir Renstra", "PK Indikator", "PK Program", "Keuangan", "Ringkasan"] {
        assert!(s[name].len() > 4, "{name} is empty");
    }
    // the header stays in view and columns have widths (in the sheet's XML)
    let xml = sheet_xml(&bytes, 1);
    assert!(xml.contains("<pane xSplit=\"2\" ySplit=\"1\"") && xml.contains("state=\"frozen\""), "{xml}");
    assert!(xml.contains("<col ") && xml.contains("customWidth=\"1\""), "{xml}");
}

/// The XML of the n-th sheet (1-based), through the zip reader the xlsx crates share.
fn sheet_xml(bytes: &[u8], n: usize) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut f = zip.by_name(&format!("xl/worksheets/sheet{n}.xml")).unwrap();
    let mut s = String::new();
    f.read_to_string(&mut s).unwrap();
    s
}

#[test]
fn ekspor_is_byte_reproducible_and_writes_only_workbooks() {
    let (dir, yaml) = folder("tests/fixtures/kecil.yaml");
    let (a, b) = (dir.path().join("a.xlsx"), dir.path().join("b.xlsx"));
    assert_eq!(run("C", &["ekspor", p(&yaml), "-o", p(&a)]).0, 0);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let out = lkjip_cmd("C").env("TZ", "Asia/Jayapura").args(["ekspor", p(&yaml), "-o", p(&b)]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap(), "same report, same bytes");
    // the creation date is the report's signing date, not the clock
    let core = {
        use std::io::Read;
        let bytes = std::fs::read(&a).unwrap();
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut s = String::new();
        zip.by_name("docProps/core.xml").unwrap().read_to_string(&mut s).unwrap();
        s
    };
    assert!(core.contains("2025-02-28T00:00:00Z"), "{core}");
    // an earlier workbook is replaced; the YAML or another file never
    assert_eq!(run("C", &["ekspor", p(&yaml), "-o", p(&a)]).0, 0);
    let before = std::fs::read(&yaml).unwrap();
    let (code, _, err) = run("C", &["ekspor", p(&yaml), "-o", p(&yaml)]);
    assert_eq!((code, std::fs::read(&yaml).unwrap()), (2, before), "{err}");
    let note = dir.path().join("catatan.txt");
    std::fs::write(&note, "penting").unwrap();
    let (code, _, err) = run("id_ID.UTF-8", &["ekspor", p(&yaml), "--templat", "-o", p(&note)]);
    assert_eq!(code, 2);
    assert!(err.contains("tidak menulis"), "{err}");
    assert_eq!(std::fs::read_to_string(&note).unwrap(), "penting");
}

#[test]
fn templat_holds_the_current_values_ids_first_values_open() {
    let (dir, yaml) = folder("tests/fixtures/kecil.yaml");
    let t = dir.path().join("t.xlsx");
    let (code, _, err) = run("C", &["ekspor", p(&yaml), "--templat", "-o", p(&t)]);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&t).unwrap();
    let s = sheets(&bytes);
    assert_eq!(s.keys().cloned().collect::<Vec<_>>(), ["Indikator", "Kegiatan", "Keuangan", "Petunjuk", "Program"]);
    let ind = &s["Indikator"];
    assert_eq!(ind[&(0, 0)].to_string(), "id");
    // one pair of columns per year of the Renstra (2021–2026)
    assert_eq!(col_of(ind, "Realisasi 2026") - col_of(ind, "Target 2021"), 11);
    let row = row_of(ind, 0, "theil");
    assert_eq!(ind[&(row, col_of(ind, "Target 2026"))].to_string(), "0.018169");
    assert_eq!(ind[&(row, col_of(ind, "Realisasi 2024"))].to_string(), "0.0189");
    assert!(!ind.contains_key(&(row, col_of(ind, "Realisasi 2025"))));
    let keg = &s["Kegiatan"];
    assert_eq!(keg[&(row_of(keg, 0, "K1"), col_of(keg, "Realisasi"))].to_string(), "540000");
    // the id column is locked, the value cells open, the sheet protected
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes.clone())).unwrap();
    let st = wb.worksheet_style("Indikator").unwrap();
    let locked = |r, c| st.get((r, c)).and_then(|s| s.protection.as_ref()).is_none_or(|p| p.locked);
    assert!(locked(row, 0));
    assert!(!locked(row, col_of(ind, "Realisasi 2024")));
    let xml = sheet_xml(&bytes, 2);
    assert!(xml.contains("<sheetProtection"), "{xml}");
    // a program whose realisasi is its kegiatan's sum has no open cell for it
    let prog = &s["Program"];
    assert!(!prog.contains_key(&(row_of(prog, 0, "P1"), col_of(prog, "Realisasi"))));
}

/// The template of `yaml`, with `fill` (sheet, id, header → cell) written over it, saved as
/// Excel would: a new workbook with every cell of the template and the filled ones.
fn filled(yaml: &Path, out: &Path, fill: &[(&str, &str, &str, Fill)]) {
    let t = out.with_extension("templat.xlsx");
    assert_eq!(run("C", &["ekspor", p(yaml), "--templat", "-o", p(&t)]).0, 0);
    let s = sheets(&std::fs::read(&t).unwrap());
    let mut wb = Workbook::new();
    for (name, cells) in &s {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        let mut cells = cells.clone();
        for (sheet, id, header, v) in fill {
            if sheet == name {
                let key = (row_of(&cells, 0, id), col_of(&cells, header));
                cells.insert(key, Data::String(String::new()));
                match v {
                    Fill::Num(n) => {
                        ws.write_number(key.0, key.1 as u16, lkjip::workbook::angka::ke_excel(n.parse().unwrap()))
                            .unwrap();
                    }
                    Fill::Text(t) => {
                        ws.write_string(key.0, key.1 as u16, *t).unwrap();
                    }
                    Fill::Percent(n) => {
                        let f = Format::new().set_num_format("0.0%");
                        let v = lkjip::workbook::angka::ke_excel(n.parse().unwrap());
                        ws.write_number_with_format(key.0, key.1 as u16, v, &f).unwrap();
                    }
                    Fill::Date => {
                        let d = rust_xlsxwriter::ExcelDateTime::from_ymd(2024, 3, 1).unwrap();
                        let f = Format::new().set_num_format("yyyy-mm-dd");
                        ws.write_datetime_with_format(key.0, key.1 as u16, &d, &f).unwrap();
                    }
                }
            }
        }
        for ((r, c), d) in &cells {
            match d {
                Data::String(s) if s.is_empty() => {}
                Data::String(s) => {
                    ws.write_string(*r, *c as u16, s).unwrap();
                }
                Data::Float(_) | Data::Int(_) => {
                    let v = lkjip::workbook::angka::ke_excel(d.to_string().parse().unwrap());
                    ws.write_number(*r, *c as u16, v).unwrap();
                }
                _ => {}
            }
        }
    }
    wb.save(out).unwrap();
}

enum Fill {
    Num(&'static str),
    Text(&'static str),
    Percent(&'static str),
    Date,
}

#[test]
fn impor_round_trip_changes_only_the_values_and_computes_as_typed_by_hand() {
    let (dir, yaml) = folder(REFERENCE);
    let before = std::fs::read_to_string(&yaml).unwrap();
    let book = dir.path().join("isian.xlsx");
    filled(
        &yaml,
        &book,
        &[
            ("Indikator", "kup-kur", "Realisasi 2021", Fill::Num("45.5")),
            ("Indikator", "ekspor", "Target 2021", Fill::Text("1.187.450.000")),
            ("Indikator", "pasar-sni", "Realisasi 2017", Fill::Text("12,5")),
            ("Kegiatan", "administrasi-umum", "Realisasi", Fill::Num("315000000")),
        ],
    );
    // dry run: the changes, and nothing written
    let (code, out, err) = run("id_ID.UTF-8", &["impor", p(&book), p(&yaml), "--coba"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Indikator!") && out.contains("kup-kur realisasi 2021: 42.9 → 45.5"), "{out}");
    assert!(out.contains("administrasi-umum realisasi: 314113610 → 315000000"), "{out}");
    assert!(err.contains("uji coba"), "{err}");
    assert_eq!(std::fs::read_to_string(&yaml).unwrap(), before);

    let (code, out, err) = run("C", &["impor", p(&book), p(&yaml)]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 4, "{out}");
    assert!(err.contains("4 value(s) written") && err.contains("next: lkjip check"), "{err}");
    let after = std::fs::read_to_string(&yaml).unwrap();
    // the same edits typed by hand: exactly the lines of those values differ
    let by_hand = hand_edit(&before);
    assert_eq!(after, by_hand);
    let (a, b): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    assert_eq!(a.len() + 1, b.len(), "one year added to a map");
    let changed = b.iter().filter(|l| !a.contains(l)).count();
    assert_eq!(changed, 4, "only the imported values' lines change");
    // check passes and computes what the hand-typed YAML computes
    let hand = dir.path().join("tangan.yaml");
    std::fs::write(&hand, &by_hand).unwrap();
    assert_eq!(computed(&yaml), computed(&hand));
    // importing again changes nothing
    let (code, _, err) = run("C", &["impor", p(&book), p(&yaml)]);
    assert_eq!(code, 0);
    assert!(err.contains("no value differs"), "{err}");
}

/// The reference with the round trip's values typed in by hand.
fn hand_edit(text: &str) -> String {
    let one = |t: String, from: &str, to: &str| {
        assert_eq!(t.matches(from).count(), 1, "{from}");
        t.replace(from, to)
    };
    let t = text.to_owned();
    let kup = t.find("- id: kup-kur").unwrap();
    let (head, tail) = t.split_at(kup);
    let tail = tail.replacen("2021: 42.9", "2021: 45.5", 1);
    let t = format!("{head}{tail}");
    let eks = t.find("- id: ekspor").unwrap();
    let (head, tail) = t.split_at(eks);
    let at = tail.find("target:").unwrap();
    let line_2021 = tail[at..].find("2021: ").unwrap() + at;
    let end = tail[line_2021..].find(['\n', ',', '}']).unwrap() + line_2021;
    let tail = format!("{}2021: 1187450000{}", &tail[..line_2021], &tail[end..]);
    let t = format!("{head}{tail}");
    let t = one(t, "realisasi: 314113610", "realisasi: 315000000");
    // (a program's pagu is not edited here: its kegiatan add up to it, and `check` refuses a
    // program whose pagu differs from their sum; a program's realisasi is imported in
    // `impor_fills_a_scaffold_and_a_program_realisasi`)
    let sni = t.find("- id: pasar-sni").unwrap();
    let (head, tail) = t.split_at(sni);
    let r = tail.find("realisasi:").unwrap();
    let y = tail[r..].find("2018:").unwrap() + r;
    let line_start = tail[..y].rfind('\n').unwrap() + 1;
    let indent = &tail[line_start..y];
    let tail = format!("{}{indent}2017: 12.5\n{}", &tail[..line_start], &tail[line_start..]);
    format!("{head}{tail}")
}

#[test]
fn impor_refuses_unreadable_cells_naming_sheet_and_cell_in_both_languages() {
    let (dir, yaml) = folder("tests/fixtures/kecil.yaml");
    let before = std::fs::read(&yaml).unwrap();
    let book = dir.path().join("isian.xlsx");
    filled(
        &yaml,
        &book,
        &[
            ("Indikator", "umkm", "Realisasi 2024", Fill::Text("85,5%")),
            ("Indikator", "umkm", "Target 2025", Fill::Percent("0.855")),
            ("Indikator", "theil", "Realisasi 2025", Fill::Date),
            ("Indikator", "theil", "Target 2025", Fill::Text("1.500")),
            ("Kegiatan", "K1", "Pagu", Fill::Num("1")),
            ("Program", "P1", "id", Fill::Text("P9")),
        ],
    );
    let (code, _, err) = run("id_ID.UTF-8", &["impor", p(&book), p(&yaml)]);
    assert_eq!(code, 1, "{err}");
    let s = sheets(&std::fs::read(&book).unwrap());
    let ind = &s["Indikator"];
    let cell = |id: &str, h: &str| {
        format!("Indikator!{}{}", lkjip::workbook::kolom(col_of(ind, h) as u16), row_of(ind, 0, id) + 1)
    };
    assert!(err.contains(&format!("{}: `85,5%` bukan angka", cell("umkm", "Realisasi 2024"))), "{err}");
    assert!(err.contains(&format!("{}: sel berformat persen", cell("umkm", "Target 2025"))), "{err}");
    assert!(err.contains(&format!("{}: tanggal bukan angka", cell("theil", "Realisasi 2025"))), "{err}");
    assert!(
        err.contains(&format!("{}: `1.500` bisa dibaca ribuan atau pecahan", cell("theil", "Target 2025"))),
        "{err}"
    );
    assert!(err.contains("Program!A2: id `P9` tidak ada di"), "{err}");
    assert!(err.contains("5 sel tidak dapat dibaca"), "{err}");
    assert!(!err.contains("K1"), "a readable cell is not refused: {err}");
    assert_eq!(std::fs::read(&yaml).unwrap(), before, "nothing written");
    let (code, _, err) = run("C", &["impor", p(&book), p(&yaml)]);
    assert_eq!(code, 1);
    assert!(err.contains("`85,5%` is not a number") && err.contains("5 cell(s) could not be read"), "{err}");
}

#[test]
fn impor_fills_a_scaffold_and_a_program_realisasi() {
    let (dir, yaml) = folder("tests/fixtures/kecil.yaml");
    let book = dir.path().join("isian.xlsx");
    filled(
        &yaml,
        &book,
        &[
            ("Program", "P2", "Realisasi", Fill::Num("4000000")),
            ("Program", "P1", "Realisasi", Fill::Num("1")),
            ("Indikator", "umkm", "Realisasi 2025", Fill::Num("61")),
        ],
    );
    let (code, _, err) = run("C", &["impor", p(&book), p(&yaml)]);
    assert_eq!(code, 1);
    assert!(err.contains("Program!D2: the realisasi of `P1` is the sum of its parts"), "{err}");
    filled(
        &yaml,
        &book,
        &[
            ("Program", "P2", "Realisasi", Fill::Num("4000000")),
            ("Indikator", "umkm", "Realisasi 2025", Fill::Num("61")),
        ],
    );
    let before = std::fs::read_to_string(&yaml).unwrap();
    let (code, out, err) = run("C", &["impor", p(&book), p(&yaml)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("P2 realisasi: (empty) → 4000000"), "{out}");
    let after = std::fs::read_to_string(&yaml).unwrap();
    assert!(after.contains("    kegiatan_lengkap: false\n    realisasi: 4000000\n"), "{after}");
    assert!(after.contains("realisasi: { 2023: 50, 2024: 42.9, 2025: 61 }"), "{after}");
    assert_eq!(before.lines().count() + 1, after.lines().count());
    assert_eq!(run("C", &["check", p(&yaml)]).0, 0);

    // a scaffold: its blanks `""` filled in place
    let init = dir.path().join("baru");
    assert_eq!(run("C", &["init", p(&init)]).0, 0);
    let scaffold = init.join("lkjip.yaml");
    let text = std::fs::read_to_string(&scaffold).unwrap();
    let year = text.split("tahun: ").nth(1).unwrap()[..4].to_owned();
    let t = dir.path().join("t.xlsx");
    assert_eq!(run("C", &["ekspor", p(&scaffold), "--templat", "-o", p(&t)]).0, 0);
    let s = sheets(&std::fs::read(&t).unwrap());
    let ind = &s["Indikator"];
    let id = ind[&(1, 0)].to_string();
    let header: &'static str = Box::leak(format!("Realisasi {year}").into_boxed_str());
    let id: &'static str = Box::leak(id.into_boxed_str());
    filled(
        &scaffold,
        &book,
        &[("Indikator", id, header, Fill::Num("85.5")), ("Kegiatan", "K1", "Pagu", Fill::Num("1250000"))],
    );
    let (code, out, err) = run("C", &["impor", p(&book), p(&scaffold)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!("{id} realisasi {year}: (empty) → 85.5")), "{out}");
    let after = std::fs::read_to_string(&scaffold).unwrap();
    assert!(after.contains(&format!("realisasi: {{ {year}: 85.5 }}")), "{after}");
    assert_eq!(text.lines().count(), after.lines().count());
}

#[test]
fn impor_writes_nothing_when_the_yaml_changed_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("lkjip.yaml");
    std::fs::write(&f, "a: 3\n").unwrap();
    // read as `a: 1`, saved by someone else as `a: 3` before the import writes `a: 2`
    let r = lkjip::workbook::impor::write_if_unchanged(&f, b"a: 1\n", b"a: 2\n");
    assert!(matches!(r, Err(lkjip::messages::workbook::WorkbookMsg::BerubahSementara { .. })), "{r:?}");
    assert_eq!(std::fs::read_to_string(&f).unwrap(), "a: 3\n");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
    lkjip::workbook::impor::write_if_unchanged(&f, b"a: 3\n", b"a: 2\n").unwrap();
    assert_eq!(std::fs::read_to_string(&f).unwrap(), "a: 2\n");
}
