//! The template workbook (`lkjip ekspor FILE --templat`): one sheet per kind of raw value,
//! filled with the YAML's current values, ids in the first column, only the value cells open
//! for typing. `impor` reads it back.

use rust_xlsxwriter::XlsxError;

use super::angka::baca_yaml;
use super::bahan::{Bahan, Baris};
use super::tabel::{Isi, Tabel};
use super::yaml::Tree;
use super::{ID, INDIKATOR, KEGIATAN, KEUANGAN, Lembar, PROGRAM, SUB_KEGIATAN, kolom_tahun};

/// The sheet telling how to fill the others.
pub const PETUNJUK: &str = "Petunjuk";

const LANGKAH: [&str; 6] = [
    "Isi angka pada sel putih saja; kolom id, nama dan satuan terkunci dan jangan diubah.",
    "Ketik angka sebagai angka (85,5 atau 1.187.450.000), tanpa %, tanpa Rp, tanpa satuan.",
    "Sel yang dibiarkan kosong tidak mengubah isian YAML.",
    "Lembar Indikator: target dan realisasi per tahun. Lembar Program, Kegiatan, Sub Kegiatan dan Keuangan: pagu dan realisasi (rupiah).",
    "Pagu dan realisasi yang merupakan jumlah rinciannya (kegiatan, sub kegiatan) tidak diisi (sel abu-abu).",
    "Setelah diisi: lkjip impor BUKU.xlsx lkjip.yaml --coba (melihat perubahan), lalu tanpa --coba, lalu lkjip check lkjip.yaml.",
];

fn nilai(tree: &Tree, path: &str) -> Isi {
    Isi::angka(tree.value(path).and_then(baca_yaml))
}

fn lembar(l: &Lembar, rows: &[Baris], tree: &Tree, open: impl Fn(&Baris, &str) -> bool) -> Tabel {
    let mut kepala = vec![ID.to_owned()];
    kepala.extend(l.label.iter().map(|s| s.to_string()));
    kepala.extend(l.nilai.iter().map(|(h, _)| h.to_string()));
    let mut baris = Vec::new();
    let mut isian = Vec::new();
    for r in rows {
        let mut cells = vec![Isi::teks(&r.id)];
        cells.extend(r.label.iter().map(Isi::teks));
        let mut opened = vec![false; cells.len()];
        for (_, field) in l.nilai {
            let buka = open(r, field);
            cells.push(if buka { nilai(tree, &format!("{}.{field}", r.path)) } else { Isi::Kosong });
            opened.push(buka);
        }
        baris.push(cells);
        isian.push(opened);
    }
    Tabel {
        nama: l.nama.to_owned(),
        kepala,
        baris,
        beku_kolom: 1 + l.label.len() as u16,
        isian: Some(isian),
        desimal: 0,
    }
}

/// The template of a YAML text; `None` when it is not YAML at all.
pub fn templat(text: &str) -> Option<Result<Vec<u8>, XlsxError>> {
    let tree = Tree::index(text)?;
    Some(tulis(&tree))
}

fn tulis(tree: &Tree) -> Result<Vec<u8>, XlsxError> {
    let b = Bahan::dari(tree);
    let tahun = tree.value("dokumen.tahun").and_then(|y| y.parse().ok()).unwrap_or(2000);
    let mut wb = super::workbook(tree.value("dokumen.tanggal"), tahun, "Templat isian LKjIP");
    let petunjuk = Tabel {
        nama: PETUNJUK.to_owned(),
        kepala: vec![format!("Templat isian LKjIP {tahun}")],
        baris: LANGKAH.iter().enumerate().map(|(n, s)| vec![Isi::teks(format!("{}. {s}", n + 1))]).collect(),
        beku_kolom: 0,
        isian: None,
        desimal: 0,
    };
    petunjuk.tulis(&mut wb)?;
    // indicators: a target and a realisasi column per year
    let mut kepala = vec![ID.to_owned()];
    kepala.extend(INDIKATOR.label.iter().map(|s| s.to_string()));
    let years: Vec<[(String, String); 2]> = b.tahun.iter().map(|&y| kolom_tahun(y)).collect();
    kepala.extend(years.iter().flatten().map(|(h, _)| h.clone()));
    let mut baris = Vec::new();
    let mut isian = Vec::new();
    for r in &b.indikator {
        let mut cells = vec![Isi::teks(&r.id)];
        cells.extend(r.label.iter().map(Isi::teks));
        let mut opened = vec![false; cells.len()];
        for (_, field) in years.iter().flatten() {
            cells.push(nilai(tree, &format!("{}.{field}", r.path)));
            opened.push(true);
        }
        baris.push(cells);
        isian.push(opened);
    }
    let beku_kolom = 1 + INDIKATOR.label.len() as u16;
    Tabel { nama: INDIKATOR.nama.to_owned(), kepala, baris, beku_kolom, isian: Some(isian), desimal: 0 }
        .tulis(&mut wb)?;
    let sendiri = |r: &Baris, field: &str| Bahan::sendiri(tree, &r.path, field);
    lembar(&PROGRAM, &b.program, tree, sendiri).tulis(&mut wb)?;
    lembar(&KEGIATAN, &b.kegiatan, tree, sendiri).tulis(&mut wb)?;
    if !b.sub_kegiatan.is_empty() {
        lembar(&SUB_KEGIATAN, &b.sub_kegiatan, tree, |_, _| true).tulis(&mut wb)?;
    }
    if !b.keuangan.is_empty() {
        lembar(&KEUANGAN, &b.keuangan, tree, |_, _| true).tulis(&mut wb)?;
    }
    wb.save_to_buffer()
}
