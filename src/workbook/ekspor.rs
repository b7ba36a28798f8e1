//! The computed tables as a workbook (`lkjip ekspor FILE -o OUT.xlsx`), for the e-SAKIP portal
//! and the Bappeda's compilation: the figures of the PDF, taken from the same [`Computed`]
//! (percentages as rounded once for the PDF), never computed again here.

use rust_decimal::Decimal;
use rust_xlsxwriter::XlsxError;

use super::tabel::{Isi, Tabel};
use crate::compute::report::{AnggaranHasil, Computed, Persen};
use crate::formula::{Arah, Kinerja};
use crate::model::{Entity, Report};
use crate::present::TAK_TERDEFINISI;

fn persen(p: Option<Persen>) -> Isi {
    p.map_or(Isi::Kosong, |p| Isi::Persen(p.nilai))
}

fn teks(s: Option<&String>) -> Isi {
    s.map_or(Isi::Kosong, Isi::teks)
}

fn tabel(nama: &str, kepala: &[&str], baris: Vec<Vec<Isi>>, beku_kolom: u16, dp: u32) -> Tabel {
    Tabel {
        nama: nama.to_owned(),
        kepala: kepala.iter().map(|s| s.to_string()).collect(),
        baris,
        beku_kolom,
        isian: None,
        desimal: dp,
    }
}

/// The names of a computed indicator: sasaran (or tujuan) uraian, nama, satuan, IKU.
fn nama<'a>(report: &'a Report, id: &str) -> (&'a str, &'a crate::input::types::Indikator) {
    let i = report.indikator_index(id).expect("computed from the report");
    let at = &report.indikator[i];
    let induk = match at.sasaran {
        Some(s) => report.sasaran(at.tujuan, s).uraian.as_str(),
        None => report.tujuan(at.tujuan).uraian.as_str(),
    };
    (induk, report.indikator_at(at))
}

/// The sheet names, in order.
pub const LEMBAR: [&str; 9] = [
    "Capaian",
    "Perbandingan",
    "Target Akhir Renstra",
    "Sasaran dan Efisiensi",
    "PK Indikator",
    "PK Program",
    "Anggaran",
    "Keuangan",
    "Ringkasan",
];

/// The workbook's bytes. The same report gives the same bytes.
pub fn ekspor(report: &Report, c: &Computed) -> Result<Vec<u8>, XlsxError> {
    let dp = c.desimal;
    let tahun = c.tahun;
    let mut wb = super::workbook(Some(&report.doc.dokumen.tanggal), tahun, &format!("LKjIP {tahun}"));
    let (t, r, akhir) = (format!("Target {tahun}"), format!("Realisasi {tahun}"), report.doc.perencanaan.renstra.akhir);
    let awal = report.doc.perencanaan.renstra.awal;

    let capaian = c
        .indikator
        .iter()
        .map(|h| {
            let (induk, i) = nama(report, &h.id);
            let status = h.status.clone().or_else(|| h.target.and(h.realisasi).map(|_| TAK_TERDEFINISI.to_owned()));
            vec![
                Isi::teks(&h.id),
                Isi::teks(&i.nama),
                Isi::teks(&i.satuan),
                Isi::teks(if i.iku { "Ya" } else { "Tidak" }),
                Isi::angka(h.target),
                Isi::angka(h.realisasi),
                persen(h.capaian),
                teks(status.as_ref()),
                teks(h.kategori.as_ref()),
                Isi::teks(induk),
            ]
        })
        .collect();
    let kepala =
        ["id", "Indikator", "Satuan", "IKU", t.as_str(), r.as_str(), "Capaian (%)", "Status", "Kategori", "Sasaran"];
    tabel(LEMBAR[0], &kepala, capaian, 2, dp).tulis(&mut wb)?;

    // Tabel 3.2: the realisations of the last years (as the PDF) and the trend
    let banding: Vec<u16> = (tahun.saturating_sub(3).max(awal)..=tahun).collect();
    let judul: Vec<String> = banding.iter().map(|y| format!("Realisasi {y}")).collect();
    let mut kepala: Vec<&str> = vec!["id", "Indikator", "Satuan"];
    kepala.extend(judul.iter().map(String::as_str));
    kepala.extend(["Tren", "Kinerja"]);
    let rows = c
        .indikator
        .iter()
        .map(|h| {
            let (_, i) = nama(report, &h.id);
            let mut row = vec![Isi::teks(&h.id), Isi::teks(&i.nama), Isi::teks(&i.satuan)];
            row.extend(banding.iter().map(|y| Isi::angka(h.seri.get(y).and_then(|s| s.realisasi))));
            row.push(h.tren.map_or(Isi::Kosong, |t| {
                Isi::teks(match t.arah {
                    Arah::Naik => "Naik",
                    Arah::Turun => "Turun",
                    Arah::Tetap => "Tetap",
                })
            }));
            row.push(h.tren.map_or(Isi::Kosong, |t| {
                Isi::teks(match t.kinerja {
                    Kinerja::Membaik => "Membaik",
                    Kinerja::Memburuk => "Memburuk",
                    Kinerja::Tetap => "Tetap",
                })
            }));
            row
        })
        .collect();
    tabel(LEMBAR[1], &kepala, rows, 2, dp).tulis(&mut wb)?;

    // Tabel 3.3: against the end-of-Renstra target
    let ta = format!("Target Akhir {akhir}");
    let rows = c
        .indikator
        .iter()
        .map(|h| {
            let (_, i) = nama(report, &h.id);
            vec![
                Isi::teks(&h.id),
                Isi::teks(&i.nama),
                Isi::teks(&i.satuan),
                Isi::angka(h.realisasi),
                Isi::angka(h.target_akhir),
                persen(h.capaian_akhir),
                teks(h.status_akhir.as_ref()),
            ]
        })
        .collect();
    tabel(LEMBAR[2], &["id", "Indikator", "Satuan", r.as_str(), ta.as_str(), "Capaian (%)", "Status"], rows, 2, dp)
        .tulis(&mut wb)?;

    let rows = c
        .sasaran
        .iter()
        .map(|s| {
            let uraian = match report.entity(&s.id) {
                Some(Entity::Sasaran(t, i)) => report.sasaran(t, i).uraian.clone(),
                _ => String::new(),
            };
            vec![
                Isi::teks(&s.id),
                Isi::teks(uraian),
                Isi::Angka(Decimal::from(s.jumlah_indikator)),
                persen(s.capaian),
                teks(s.kategori.as_ref()),
                Isi::Angka(s.pagu),
                Isi::Angka(s.realisasi),
                persen(s.serapan),
                persen(s.efisiensi),
            ]
        })
        .collect();
    let kepala = [
        "id",
        "Sasaran",
        "Jumlah Indikator",
        "Capaian (%)",
        "Kategori",
        "Pagu (Rp)",
        "Realisasi (Rp)",
        "Serapan (%)",
        "Efisiensi (%)",
    ];
    tabel(LEMBAR[3], &kepala, rows, 2, dp).tulis(&mut wb)?;

    let pk = &report.doc.perencanaan.perjanjian_kinerja;
    let rows = pk
        .indikator
        .iter()
        .filter_map(|id| c.indikator.iter().find(|h| &h.id == id))
        .map(|h| {
            let (induk, i) = nama(report, &h.id);
            vec![Isi::teks(&h.id), Isi::teks(&i.nama), Isi::teks(&i.satuan), Isi::angka(h.target), Isi::teks(induk)]
        })
        .collect();
    tabel(LEMBAR[4], &["id", "Indikator", "Satuan", t.as_str(), "Sasaran"], rows, 2, dp).tulis(&mut wb)?;
    let rows = pk
        .program
        .iter()
        .filter_map(|id| match report.entity(id) {
            Some(Entity::Program(p)) => Some(p),
            _ => None,
        })
        .map(|p| {
            vec![
                Isi::teks(&report.program(p).id),
                Isi::teks(&report.program(p).nama),
                Isi::Angka(report.pagu_program(p)),
            ]
        })
        .collect();
    tabel(LEMBAR[5], &["id", "Program", "Anggaran (Rp)"], rows, 2, dp).tulis(&mut wb)?;

    let mut rows = Vec::new();
    for (pi, (ph, p)) in c.program.iter().zip(&report.doc.program).enumerate() {
        rows.push(vec![
            Isi::teks("Program"),
            Isi::teks(&p.id),
            Isi::teks(&p.nama),
            Isi::Angka(ph.pagu),
            Isi::angka(ph.realisasi),
            persen(ph.serapan),
        ]);
        for (ki, (kh, k)) in ph.kegiatan.iter().zip(&p.kegiatan).enumerate() {
            let dana = report.dana_kegiatan(pi, ki);
            rows.push(vec![
                Isi::teks("Kegiatan"),
                Isi::teks(&k.id),
                Isi::teks(&k.nama),
                Isi::Angka(dana.pagu),
                Isi::Angka(dana.realisasi),
                persen(kh.serapan),
            ]);
            for (si, (sh, s)) in kh.sub_kegiatan.iter().zip(&k.sub_kegiatan).enumerate() {
                let dana = report.dana_sub(pi, ki, si);
                rows.push(vec![
                    Isi::teks("Sub Kegiatan"),
                    Isi::teks(&s.id),
                    Isi::teks(&s.nama),
                    Isi::Angka(dana.pagu),
                    Isi::Angka(dana.realisasi),
                    persen(sh.serapan),
                ]);
            }
        }
    }
    tabel(LEMBAR[6], &["Tingkat", "id", "Nama", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"], rows, 3, dp)
        .tulis(&mut wb)?;

    let k = &c.keuangan;
    let baris = |label: &str, a: &AnggaranHasil| {
        vec![Isi::teks(label), Isi::Angka(a.pagu), Isi::Angka(a.realisasi), persen(a.serapan)]
    };
    let rows = vec![
        baris("Pendapatan", &k.pendapatan),
        baris("Belanja Operasi", &k.belanja_operasi),
        baris("Belanja Modal", &k.belanja_modal),
        baris("Belanja", &k.belanja),
    ];
    tabel(LEMBAR[7], &["Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"], rows, 1, dp).tulis(&mut wb)?;

    let s = &c.ringkasan;
    let n = |v: usize| Isi::Angka(Decimal::from(v));
    let rows = vec![
        vec![Isi::teks("Tahun"), Isi::teks(tahun.to_string())],
        vec![Isi::teks("Jumlah tujuan"), n(s.jumlah_tujuan)],
        vec![Isi::teks("Jumlah sasaran"), n(s.jumlah_sasaran)],
        vec![Isi::teks("Jumlah indikator"), n(s.jumlah_indikator)],
        vec![Isi::teks("Melebihi target"), n(s.melebihi)],
        vec![Isi::teks("Sesuai target"), n(s.tercapai)],
        vec![Isi::teks("Tidak mencapai target"), n(s.tidak_tercapai)],
        vec![Isi::teks("Capaian tak terdefinisi"), n(s.tanpa_capaian)],
        vec![Isi::teks("Melebihi target (%)"), persen(s.persen_melebihi)],
        vec![Isi::teks("Sesuai target (%)"), persen(s.persen_tercapai)],
        vec![Isi::teks("Tidak mencapai target (%)"), persen(s.persen_tidak_tercapai)],
        vec![Isi::teks("Capaian rata-rata (%)"), persen(s.capaian)],
        vec![Isi::teks("Kategori"), teks(s.kategori.as_ref())],
        vec![Isi::teks("Serapan anggaran (%)"), persen(s.serapan)],
    ];
    tabel(LEMBAR[8], &["Uraian", "Nilai"], rows, 1, dp).tulis(&mut wb)?;
    wb.save_to_buffer()
}
