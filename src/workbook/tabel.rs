//! One sheet as a table: a header row kept in view, columns as wide as their contents, numbers
//! stored as numbers with a format (`#,##0`, `0.00`: Excel shows `#.##0` and `0,00` in an
//! Indonesian locale), and, in a template, only the value cells open for typing.

use std::collections::HashMap;

use rust_decimal::Decimal;
use rust_xlsxwriter::{Color, Format, FormatAlign, ProtectionOptions, Workbook, XlsxError};

use super::angka::ke_excel;

/// A cell's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Isi {
    Kosong,
    Teks(String),
    /// A number shown with at least its own decimals (`0.0189` keeps four), thousands grouped.
    Angka(Decimal),
    /// A computed percentage, already rounded to the document's decimals.
    Persen(Decimal),
}

impl Isi {
    pub fn teks(s: impl Into<String>) -> Isi {
        Isi::Teks(s.into())
    }
    pub fn angka(d: Option<Decimal>) -> Isi {
        d.map_or(Isi::Kosong, Isi::Angka)
    }
    /// Roughly how many characters it shows.
    fn lebar(&self) -> usize {
        match self {
            Isi::Kosong => 0,
            Isi::Teks(s) => s.chars().count(),
            Isi::Angka(d) | Isi::Persen(d) => {
                let s = d.to_string();
                s.len() + s.split('.').next().unwrap_or_default().len() / 3
            }
        }
    }
}

/// A sheet to write: headers, rows, and which columns are open for typing (a template).
pub struct Tabel {
    pub nama: String,
    pub kepala: Vec<String>,
    pub baris: Vec<Vec<Isi>>,
    /// Columns left of this one stay in view when scrolling right.
    pub beku_kolom: u16,
    /// A template: the sheet is protected, except the cells of these columns (rows below the
    /// header) that `terbuka` allows.
    pub isian: Option<Vec<Vec<bool>>>,
    /// Decimals of the percentage format.
    pub desimal: u32,
}

/// Wider texts wrap, so that the frozen name columns leave room for the figures.
const LEBAR_MAKS: usize = 48;

fn format_angka(desimal: u32) -> String {
    if desimal == 0 { "#,##0".to_owned() } else { format!("#,##0.{}", "0".repeat(desimal as usize)) }
}

fn format_persen(desimal: u32) -> String {
    if desimal == 0 { "0".to_owned() } else { format!("0.{}", "0".repeat(desimal as usize)) }
}

impl Tabel {
    pub fn tulis(&self, wb: &mut Workbook) -> Result<(), XlsxError> {
        let ws = wb.add_worksheet();
        ws.set_name(&self.nama)?;
        let kepala = Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xD9E1F2))
            .set_text_wrap()
            .set_align(FormatAlign::Top);
        let teks = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let tutup = Format::new().set_background_color(Color::RGB(0xEDEDED)).set_align(FormatAlign::Top);
        let mut cache: HashMap<(bool, u32, bool), Format> = HashMap::new();
        let mut fmt = |persen: bool, dp: u32, buka: bool| {
            cache
                .entry((persen, dp, buka))
                .or_insert_with(|| {
                    let f = Format::new().set_align(FormatAlign::Top);
                    let f = f.set_num_format(if persen { format_persen(dp) } else { format_angka(dp) });
                    if buka { f.set_unlocked() } else { f }
                })
                .clone()
        };
        let mut lebar: Vec<usize> = self.kepala.iter().map(|h| h.chars().count().min(24)).collect();
        for (c, h) in self.kepala.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, h, &kepala)?;
        }
        for (r, baris) in self.baris.iter().enumerate() {
            let row = r as u32 + 1;
            for (c, isi) in baris.iter().enumerate() {
                let col = c as u16;
                let buka =
                    self.isian.as_ref().is_some_and(|o| o.get(r).and_then(|b| b.get(c)).copied().unwrap_or(false));
                if let Some(w) = lebar.get_mut(c) {
                    *w = (*w).max(isi.lebar());
                }
                match isi {
                    Isi::Kosong if buka => {
                        ws.write_blank(row, col, &fmt(false, 0, true).set_num_format("General"))?;
                    }
                    Isi::Kosong if self.isian.is_some() && c >= self.beku_kolom as usize => {
                        ws.write_blank(row, col, &tutup)?;
                    }
                    Isi::Kosong => {}
                    Isi::Teks(s) => {
                        ws.write_string_with_format(row, col, s, &teks)?;
                    }
                    Isi::Angka(d) => {
                        ws.write_number_with_format(row, col, ke_excel(*d), &fmt(false, d.scale(), buka))?;
                    }
                    Isi::Persen(d) => {
                        ws.write_number_with_format(row, col, ke_excel(*d), &fmt(true, self.desimal, buka))?;
                    }
                }
            }
        }
        for (c, w) in lebar.iter().enumerate() {
            let w = u16::try_from((*w).clamp(6, LEBAR_MAKS) + 2).unwrap_or(12);
            ws.set_column_width(c as u16, w)?;
        }
        ws.set_freeze_panes(1, self.beku_kolom)?;
        if self.isian.is_some() {
            let options = ProtectionOptions {
                format_columns: true,
                format_rows: true,
                select_locked_cells: true,
                select_unlocked_cells: true,
                ..ProtectionOptions::default()
            };
            ws.protect_with_options(&options);
        }
        Ok(())
    }
}
