//! A filled template back into the YAML (`lkjip impor BUKU.xlsx FILE`): every value cell read
//! exactly, each change a replacement of one scalar's bytes (or one `year: value` entry added to
//! an existing map), and the edited text checked to read back as intended before anything is
//! written. A cell that cannot be read, or an id the YAML does not have, refuses the whole import.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use rust_decimal::Decimal;

use super::angka::{BukanAngka, Gaya, baca_teks, baca_yaml, dari_excel};
use super::bahan::{Bahan, Baris};
use super::yaml::{Edit, Tree, apply, insert_key};
use super::{ID, INDIKATOR, KEGIATAN, KEUANGAN, Lembar, PROGRAM, SUB_KEGIATAN, Sel, field_tahun};
use crate::input::limits::MAX_YAML_BYTES;
use crate::messages::workbook::WorkbookMsg as M;

/// What a value cell holds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Isi {
    Kosong,
    Angka(Decimal),
    Teks(String),
    /// A number in a percentage-formatted cell.
    Persen,
    /// A date, a truth value, an error: its kind in English.
    Lain(&'static str),
}

/// One sheet as read: its cells by absolute (row, column).
struct Lembaran {
    nama: String,
    sel: HashMap<(u32, u16), Isi>,
    rows: u32,
    cols: u16,
}

impl Lembaran {
    fn get(&self, row: u32, col: u16) -> &Isi {
        self.sel.get(&(row, col)).unwrap_or(&Isi::Kosong)
    }
    fn teks(&self, row: u32, col: u16) -> String {
        match self.get(row, col) {
            Isi::Teks(s) => s.trim().to_owned(),
            Isi::Angka(d) => d.to_string(),
            _ => String::new(),
        }
    }
    fn sel(&self, row: u32, col: u16) -> Sel {
        Sel { sheet: self.nama.clone(), row, col }
    }
}

fn isi(d: &Data, persen: bool) -> Isi {
    match d {
        Data::Empty => Isi::Kosong,
        Data::String(s) if s.trim().is_empty() => Isi::Kosong,
        Data::String(s) => Isi::Teks(s.clone()),
        Data::Int(_) | Data::Float(_) if persen => Isi::Persen,
        Data::Int(i) => Isi::Angka(Decimal::from(*i)),
        Data::Float(f) => dari_excel(*f).map_or(Isi::Lain("an error value"), Isi::Angka),
        Data::Bool(_) => Isi::Lain("a truth value"),
        Data::DateTime(_) | Data::DateTimeIso(_) | Data::DurationIso(_) => Isi::Lain("a date"),
        Data::Error(_) => Isi::Lain("an error value"),
    }
}

/// Read the template's sheets of a workbook. `Err`: not an xlsx workbook.
fn baca(bytes: &[u8]) -> Result<Vec<Lembaran>, String> {
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for nama in wb.sheet_names() {
        if ![INDIKATOR.nama, PROGRAM.nama, KEGIATAN.nama, SUB_KEGIATAN.nama, KEUANGAN.nama].contains(&nama.as_str()) {
            continue;
        }
        let range = wb.worksheet_range(&nama).map_err(|e| e.to_string())?;
        let styles = wb.worksheet_style(&nama).map_err(|e| e.to_string())?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut l = Lembaran { nama: nama.clone(), sel: HashMap::new(), rows: 0, cols: 0 };
        for (r, c, d) in range.cells() {
            let (row, col) = (r0 + r as u32, c0 + c as u32);
            let Ok(col) = u16::try_from(col) else { continue };
            let persen = styles
                .get((row, u32::from(col)))
                .and_then(|s| s.number_format.as_ref())
                .is_some_and(|f| f.format_code.contains('%') || matches!(f.format_id, Some(9 | 10)));
            let v = isi(d, persen);
            if v != Isi::Kosong {
                l.rows = l.rows.max(row + 1);
                l.cols = l.cols.max(col + 1);
                l.sel.insert((row, col), v);
            }
        }
        out.push(l);
    }
    Ok(out)
}

/// A value that will change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Perubahan {
    pub sel: Sel,
    /// `kup-kur realisasi 2021`.
    pub apa: String,
    pub path: String,
    pub lama: String,
    pub baru: Decimal,
    /// As written into the YAML.
    pub tertulis: String,
}

impl Perubahan {
    pub fn msg(&self) -> M {
        M::Berubah {
            sel: self.sel.to_string(),
            apa: self.apa.clone(),
            lama: self.lama.clone(),
            baru: self.tertulis.clone(),
        }
    }
}

/// The import planned: the changes, and the new text.
#[derive(Debug)]
pub struct Rencana {
    pub perubahan: Vec<Perubahan>,
    pub teks: String,
}

/// Every number-valued scalar of the rows, for the file's number style.
fn gaya_file(tree: &Tree, b: &Bahan) -> Gaya {
    let rows = b.indikator.iter().chain(&b.program).chain(&b.kegiatan).chain(&b.sub_kegiatan).chain(&b.keuangan);
    let prefixes: Vec<&str> = rows.map(|r| r.path.as_str()).collect();
    Gaya::umum(
        tree.scalars
            .iter()
            .filter(|(p, _)| prefixes.iter().any(|r| p.starts_with(r)))
            .filter(|(p, _)| {
                p.ends_with("pagu") || p.ends_with("realisasi") || p.contains(".target.") || p.contains(".realisasi.")
            })
            .map(|(_, s)| s.value.as_str()),
    )
}

/// The text a new value is written as, in place of `lama` (or as a new entry).
fn tulis(baru: Decimal, lama: Option<&super::yaml::Scalar>, umum: Gaya, flow: bool) -> String {
    let gaya = lama.and_then(|s| Gaya::dari(&s.value)).unwrap_or(umum);
    let text = gaya.tulis(baru);
    match lama.and_then(|s| s.quoted.filter(|_| !s.value.is_empty())) {
        Some(q) => format!("{q}{text}{q}"),
        None if flow && text.contains(',') => format!("\"{text}\""),
        None => text,
    }
}

/// Plan the import of `xlsx` into the YAML `text` named `file`. `Err`: the messages that refuse
/// it (every cell that cannot be read, not only the first).
pub fn rencana(xlsx: &[u8], buku: &str, text: &str, file: &str) -> Result<Rencana, Vec<M>> {
    let lembaran = baca(xlsx).map_err(|why| vec![M::BukanXlsx { file: buku.to_owned(), why }])?;
    if lembaran.is_empty() {
        return Err(vec![M::TakAdaLembar { file: buku.to_owned() }]);
    }
    let tree = Tree::index(text).ok_or_else(|| vec![M::BukanYaml { file: file.to_owned() }])?;
    let b = Bahan::dari(&tree);
    let umum = gaya_file(&tree, &b);
    let mut errors = Vec::new();
    let mut perubahan = Vec::new();
    let mut edits = Vec::new();
    for l in &lembaran {
        let (spec, rows): (&Lembar, &[Baris]) = match l.nama.as_str() {
            n if n == INDIKATOR.nama => (&INDIKATOR, &b.indikator),
            n if n == PROGRAM.nama => (&PROGRAM, &b.program),
            n if n == KEGIATAN.nama => (&KEGIATAN, &b.kegiatan),
            n if n == SUB_KEGIATAN.nama => (&SUB_KEGIATAN, &b.sub_kegiatan),
            _ => (&KEUANGAN, &b.keuangan),
        };
        // the value columns, by their header
        let mut fields: Vec<(u16, String, String)> = Vec::new();
        for col in 1..l.cols {
            let judul = l.teks(0, col);
            let field = if spec.nama == INDIKATOR.nama {
                field_tahun(&judul)
            } else {
                spec.nilai.iter().find(|(h, _)| h.eq_ignore_ascii_case(&judul)).map(|(_, f)| f.to_string())
            };
            match field {
                Some(f) => fields.push((col, judul, f)),
                None if spec.label.iter().any(|h| h.eq_ignore_ascii_case(&judul)) => {}
                None => {
                    if (1..l.rows).any(|r| *l.get(r, col) != Isi::Kosong) {
                        errors.push(M::KolomTakDikenal { sel: l.sel(0, col).to_string(), judul });
                    }
                }
            }
        }
        if !l.teks(0, 0).eq_ignore_ascii_case(ID) {
            errors.push(M::KolomTakDikenal { sel: l.sel(0, 0).to_string(), judul: l.teks(0, 0) });
            continue;
        }
        let by_id: HashMap<&str, &Baris> = rows.iter().map(|r| (r.id.as_str(), r)).collect();
        let mut seen: HashMap<String, Sel> = HashMap::new();
        for row in 1..l.rows {
            let id = l.teks(row, 0);
            let has_values = fields.iter().any(|(c, ..)| *l.get(row, *c) != Isi::Kosong);
            if id.is_empty() {
                if has_values {
                    errors.push(M::IdKosong { sel: l.sel(row, 0).to_string() });
                }
                continue;
            }
            let Some(baris) = by_id.get(id.as_str()) else {
                errors.push(M::IdTakDikenal { sel: l.sel(row, 0).to_string(), id, file: file.to_owned() });
                continue;
            };
            if let Some(first) = seen.insert(id.clone(), l.sel(row, 0)) {
                errors.push(M::IdGanda { sel: l.sel(row, 0).to_string(), id, pertama: first.to_string() });
                continue;
            }
            for (col, _, field) in &fields {
                let sel = l.sel(row, *col);
                let s = sel.to_string();
                let baru = match l.get(row, *col) {
                    Isi::Kosong => continue,
                    Isi::Angka(d) => *d,
                    Isi::Teks(t) => match baca_teks(t) {
                        Ok(d) => d,
                        Err(BukanAngka::Tanda) => {
                            errors.push(M::BukanAngka { sel: s, teks: t.clone() });
                            continue;
                        }
                        Err(BukanAngka::Mendua) => {
                            errors.push(M::Mendua { sel: s, teks: t.clone() });
                            continue;
                        }
                    },
                    Isi::Persen => {
                        errors.push(M::Persen { sel: s });
                        continue;
                    }
                    Isi::Lain(jenis) => {
                        errors.push(M::BukanNilai { sel: s, jenis: jenis.to_string() });
                        continue;
                    }
                };
                if !field.contains('.') && !Bahan::sendiri(&tree, &baris.path, field) {
                    errors.push(M::Dihitung { sel: s, id: baris.id.clone(), field: field.clone() });
                    continue;
                }
                let path = format!("{}.{field}", baris.path);
                let apa = format!("{} {}", baris.id, field.replace('.', " "));
                match tree.scalars.get(&path) {
                    Some(lama) if baca_yaml(&lama.value) == Some(baru) => {}
                    Some(lama) => {
                        let Some((at, end)) = lama.span else {
                            errors.push(M::TakBisaDiubah { sel: s, field: field.clone() });
                            continue;
                        };
                        let tertulis = tulis(baru, Some(lama), umum, lama.flow);
                        edits.push(Edit { at, remove: end - at, insert: tertulis.clone() });
                        perubahan.push(Perubahan { sel, apa, path, lama: lama.value.clone(), baru, tertulis });
                    }
                    None => {
                        // not yet in the YAML: a year added to its map in year order, a map or a
                        // field (a program's own realisasi) added to the entry
                        let added = match field.split_once('.') {
                            Some((map, year)) => {
                                let map_path = format!("{}.{map}", baris.path);
                                let y: u16 = year.parse().unwrap_or(u16::MAX);
                                let later = |k: &str| k.parse::<u16>().is_ok_and(|k| k > y);
                                match tree.mappings.get(&map_path) {
                                    Some(m) => {
                                        let tertulis = tulis(baru, None, umum, m.flow_end.is_some());
                                        insert_key(text, &tree, &map_path, year, &tertulis, later)
                                            .map(|e| (e, tertulis))
                                    }
                                    None => {
                                        let tertulis = tulis(baru, None, umum, true);
                                        let value = format!("{{ {year}: {tertulis} }}");
                                        insert_key(text, &tree, &baris.path, map, &value, |_| false)
                                            .map(|e| (e, tertulis))
                                    }
                                }
                            }
                            None => {
                                let flow = tree.mappings.get(&baris.path).is_some_and(|m| m.flow_end.is_some());
                                let tertulis = tulis(baru, None, umum, flow);
                                insert_key(text, &tree, &baris.path, field, &tertulis, |_| false).map(|e| (e, tertulis))
                            }
                        };
                        match added {
                            Some((edit, tertulis)) => {
                                edits.push(edit);
                                perubahan.push(Perubahan { sel, apa, path, lama: String::new(), baru, tertulis });
                            }
                            None => {
                                let missing = field.split('.').next().unwrap_or(field).to_owned();
                                errors.push(M::TakAdaIsian { sel: s, field: missing });
                            }
                        }
                    }
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let teks = apply(text, &edits);
    read_back(&tree, &teks, &perubahan).map_err(|field| vec![M::TakTerbacaKembali { field }])?;
    Ok(Rencana { perubahan, teks })
}

/// The edited text reads every changed value as imported and every other value as before.
fn read_back(old: &Tree, teks: &str, perubahan: &[Perubahan]) -> Result<(), String> {
    let new = Tree::index(teks).ok_or_else(|| "(YAML)".to_owned())?;
    for p in perubahan {
        if new.value(&p.path).and_then(baca_yaml) != Some(p.baru) {
            return Err(p.path.clone());
        }
    }
    for (path, s) in &old.scalars {
        let changed = perubahan.iter().any(|p| &p.path == path);
        if !changed && new.value(path) != Some(s.value.as_str()) {
            return Err(path.clone());
        }
    }
    if new.scalars.len() != old.scalars.len() + perubahan.iter().filter(|p| !old.scalars.contains_key(&p.path)).count()
    {
        return Err("(YAML)".to_owned());
    }
    Ok(())
}

/// Write `new` over the YAML at `path` atomically, unless its bytes are no longer `original`
/// (someone saved it meanwhile): checked after the new text is on disk, just before the rename.
/// The file keeps its permissions.
pub fn write_if_unchanged(path: &Path, original: &[u8], new: &[u8]) -> Result<(), M> {
    let file = path.display().to_string();
    let unchanged = || match crate::input::read_regular(path, MAX_YAML_BYTES) {
        Ok(Ok(now)) if now == original => Ok(()),
        _ => Err(M::BerubahSementara { file: file.clone() }),
    };
    let mode = std::fs::metadata(path).map(|m| m.permissions()).ok();
    super::write_atomically(path, new, unchanged)?;
    if let Some(mode) = mode {
        std::fs::set_permissions(path, mode).map_err(|e| M::TakBisaTulis { file, why: e.to_string() })?;
    }
    Ok(())
}
