//! Workbooks in and out: the computed tables as xlsx (`ekspor`), a template of the raw values
//! for each bidang and the finance staff (`templat`), and those values written back into the
//! YAML as a minimal text edit (`impor`).
//!
//! The sheets and columns of a template are defined once here, for writing and for reading.

pub mod angka;
pub mod bahan;
pub mod ekspor;
pub mod impor;
pub mod tabel;
pub mod templat;
pub mod yaml;

use std::path::Path;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook};

use crate::messages::workbook::WorkbookMsg as M;

/// A cell as people name it: `Indikator!F7`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Sel {
    pub sheet: String,
    /// 0-based.
    pub row: u32,
    pub col: u16,
}

impl std::fmt::Display for Sel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}!{}{}", self.sheet, kolom(self.col), self.row + 1)
    }
}

/// The letters of a 0-based column: 0 → `A`, 26 → `AA`.
pub fn kolom(col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(char::from(b'A' + r as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// The template's sheets: name, the header of each label column after the id, and the value
/// columns (header and the field they fill, relative to the row's entry).
pub struct Lembar {
    pub nama: &'static str,
    pub label: &'static [&'static str],
    pub nilai: &'static [(&'static str, &'static str)],
}

pub const ID: &str = "id";
pub const INDIKATOR: Lembar = Lembar { nama: "Indikator", label: &["Indikator", "Satuan"], nilai: &[] };
pub const PROGRAM: Lembar =
    Lembar { nama: "Program", label: &["Program"], nilai: &[("Pagu", "pagu"), ("Realisasi", "realisasi")] };
pub const KEGIATAN: Lembar = Lembar {
    nama: "Kegiatan",
    label: &["Program", "Kegiatan"],
    nilai: &[("Pagu", "pagu"), ("Realisasi", "realisasi")],
};
pub const SUB_KEGIATAN: Lembar = Lembar {
    nama: "Sub Kegiatan",
    label: &["Kegiatan", "Sub Kegiatan"],
    nilai: &[("Pagu", "pagu"), ("Realisasi", "realisasi")],
};
pub const KEUANGAN: Lembar =
    Lembar { nama: "Keuangan", label: &["Uraian"], nilai: &[("Pagu", "pagu"), ("Realisasi", "realisasi")] };

/// Headers of an indicator's year columns, and the field each fills.
pub fn kolom_tahun(tahun: u16) -> [(String, String); 2] {
    [
        (format!("Target {tahun}"), format!("target.{tahun}")),
        (format!("Realisasi {tahun}"), format!("realisasi.{tahun}")),
    ]
}

/// The field a header of the Indikator sheet names (`Target 2021` → `target.2021`).
pub fn field_tahun(header: &str) -> Option<String> {
    let (word, year) = header.trim().split_once(' ')?;
    let year: u16 = year.trim().parse().ok()?;
    match word.to_lowercase().as_str() {
        "target" => Some(format!("target.{year}")),
        "realisasi" => Some(format!("realisasi.{year}")),
        _ => None,
    }
}

/// A workbook whose bytes depend only on what is written: its creation date is the report's
/// date (`YYYY-MM-DD`, or 1 January of `tahun`), never the clock.
pub fn workbook(tanggal: Option<&str>, tahun: u16, judul: &str) -> Workbook {
    let parsed = tanggal.and_then(|t| {
        let mut p = t.split('-').map(|x| x.parse::<u16>().ok());
        let (y, m, d) = (p.next()??, p.next()??, p.next()??);
        ExcelDateTime::from_ymd(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?).ok()
    });
    let date = parsed
        .or_else(|| ExcelDateTime::from_ymd(tahun.max(1900), 1, 1).ok())
        .or_else(|| ExcelDateTime::from_ymd(2000, 1, 1).ok());
    let mut props = DocProperties::new().set_title(judul).set_author("lkjip");
    if let Some(d) = date {
        props = props.set_creation_datetime(&d);
    }
    let mut wb = Workbook::new();
    wb.set_properties(&props);
    wb
}

/// Write `bytes` to `path` whole ([`crate::fsx::write_atomic_with`]), after `still_ok` agreed
/// just before the rename.
pub fn write_atomically(path: &Path, bytes: &[u8], still_ok: impl FnOnce() -> Result<(), M>) -> Result<(), M> {
    crate::fsx::write_atomic_with(path, bytes, still_ok, |_, e| M::TakBisaTulis {
        file: path.display().to_string(),
        why: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_in_excel() {
        assert_eq!(kolom(0), "A");
        assert_eq!(kolom(25), "Z");
        assert_eq!(kolom(26), "AA");
        assert_eq!(Sel { sheet: "Indikator".into(), row: 6, col: 5 }.to_string(), "Indikator!F7");
        assert_eq!(field_tahun("Realisasi 2021").as_deref(), Some("realisasi.2021"));
        assert_eq!(field_tahun("Satuan"), None);
    }
}
