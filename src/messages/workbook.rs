//! The words of `lkjip ekspor` and `lkjip impor`, in Indonesian and English: cells that cannot be
//! read (named `Sheet!F7`), ids the YAML does not have, each value changed, what was written.

use super::Lang;

/// Everything `ekspor` and `impor` say to a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbookMsg {
    /// A text in a value cell that is not a number.
    BukanAngka {
        sel: String,
        teks: String,
    },
    /// `1.500`: thousands or a decimal?
    Mendua {
        sel: String,
        teks: String,
    },
    /// A number in a cell formatted as a percentage (85,5 % is stored as 0.855).
    Persen {
        sel: String,
    },
    /// A date, a truth value or an error (`#DIV/0!`) where a number belongs.
    BukanNilai {
        sel: String,
        jenis: String,
    },
    IdTakDikenal {
        sel: String,
        id: String,
        file: String,
    },
    IdKosong {
        sel: String,
    },
    IdGanda {
        sel: String,
        id: String,
        pertama: String,
    },
    KolomTakDikenal {
        sel: String,
        judul: String,
    },
    /// The YAML has no such field to write into (and it cannot be added safely).
    TakAdaIsian {
        sel: String,
        field: String,
    },
    /// A pagu or realisasi that is the sum of its parts (kegiatan, sub kegiatan).
    Dihitung {
        sel: String,
        id: String,
        field: String,
    },
    /// The value is written in a way that cannot be edited in place (a block or multi-line scalar).
    TakBisaDiubah {
        sel: String,
        field: String,
    },
    /// One value changed: `Indikator!F7  kup-kur realisasi 2021: 42.9 → 45`.
    Berubah {
        sel: String,
        apa: String,
        lama: String,
        baru: String,
    },
    TakAdaLembar {
        file: String,
    },
    BukanXlsx {
        file: String,
        why: String,
    },
    BukanYaml {
        file: String,
    },
    /// Some cells could not be read: nothing written.
    Ditolak {
        n: usize,
        file: String,
    },
    TakAdaPerubahan {
        file: String,
    },
    Ditulis {
        n: usize,
        file: String,
    },
    Coba {
        n: usize,
        file: String,
    },
    /// The YAML changed on disk between reading and writing.
    BerubahSementara {
        file: String,
    },
    /// The edited text would not read back as intended (a bug guard): nothing written.
    TakTerbacaKembali {
        field: String,
    },
    Lanjut {
        file: String,
    },
    EksporDitulis {
        file: String,
        lembar: usize,
    },
    TemplatDitulis {
        file: String,
        baris: usize,
        yaml: String,
    },
    /// `-o` names the YAML itself, or a file that is not a workbook.
    KeluaranBukanXlsx {
        file: String,
    },
    TakBisaTulis {
        file: String,
        why: String,
    },
    TakBisaBaca {
        file: String,
        why: String,
    },
}

impl WorkbookMsg {
    pub fn text(&self, lang: Lang) -> String {
        use WorkbookMsg::*;
        let en = lang == Lang::En;
        match self {
            BukanAngka { sel, teks } if en => {
                format!("{sel}: `{teks}` is not a number: type the number only, without %, Rp or a unit (85,5 or 85.5)")
            }
            BukanAngka { sel, teks } => {
                format!("{sel}: `{teks}` bukan angka: ketik angkanya saja, tanpa %, Rp atau satuan (85,5 atau 85.5)")
            }
            Mendua { sel, teks } if en => format!(
                "{sel}: `{teks}` could be a thousand-something or a decimal: enter it as a number cell, or write it without the dot (1500) or with a decimal comma (1,5)"
            ),
            Mendua { sel, teks } => format!(
                "{sel}: `{teks}` bisa dibaca ribuan atau pecahan: isikan sebagai angka, atau tulis tanpa titik (1500) atau dengan koma desimal (1,5)"
            ),
            Persen { sel } if en => format!(
                "{sel}: the cell is formatted as a percentage, so 85,5 % is stored as 0,855: format the cell as a number and type 85,5"
            ),
            Persen { sel } => format!(
                "{sel}: sel berformat persen, sehingga 85,5 % tersimpan sebagai 0,855: ubah format sel menjadi angka dan ketik 85,5"
            ),
            BukanNilai { sel, jenis } if en => format!("{sel}: {jenis} is not a number"),
            BukanNilai { sel, jenis } => format!("{sel}: {} bukan angka", jenis_id(jenis)),
            IdTakDikenal { sel, id, file } if en => {
                format!("{sel}: id `{id}` is not in {file}; the id column must be kept as the template wrote it")
            }
            IdTakDikenal { sel, id, file } => {
                format!("{sel}: id `{id}` tidak ada di {file}; kolom id harus tetap seperti pada templat")
            }
            IdKosong { sel } if en => format!("{sel}: this row has values but no id"),
            IdKosong { sel } => format!("{sel}: baris ini berisi nilai tetapi tanpa id"),
            IdGanda { sel, id, pertama } if en => {
                format!("{sel}: id `{id}` appears a second time (first at {pertama})")
            }
            IdGanda { sel, id, pertama } => format!("{sel}: id `{id}` muncul dua kali (pertama di {pertama})"),
            KolomTakDikenal { sel, judul } if en => {
                format!("{sel}: column `{judul}` is not one of the template's; its values are not read")
            }
            KolomTakDikenal { sel, judul } => {
                format!("{sel}: kolom `{judul}` bukan kolom templat; nilainya tidak dibaca")
            }
            TakAdaIsian { sel, field } if en => {
                format!(
                    "{sel}: the YAML has no `{field}` here; add it to the YAML (e.g. `{field}: {{}}`), then import again"
                )
            }
            TakAdaIsian { sel, field } => format!(
                "{sel}: YAML tidak memiliki `{field}` di sini; tambahkan di YAML (mis. `{field}: {{}}`), lalu impor lagi"
            ),
            Dihitung { sel, id, field } if en => format!(
                "{sel}: the {field} of `{id}` is the sum of its parts (kegiatan, sub kegiatan); fill in those instead"
            ),
            Dihitung { sel, id, field } => {
                format!("{sel}: {field} `{id}` adalah jumlah rinciannya (kegiatan, sub kegiatan); isilah rinciannya")
            }
            TakBisaDiubah { sel, field } if en => format!(
                "{sel}: `{field}` is written over several lines in the YAML; write it on one line, then import again"
            ),
            TakBisaDiubah { sel, field } => {
                format!(
                    "{sel}: `{field}` ditulis dalam beberapa baris di YAML; tulis dalam satu baris, lalu impor lagi"
                )
            }
            Berubah { sel, apa, lama, baru } => {
                let lama = if lama.is_empty() { if en { "(empty)" } else { "(kosong)" } } else { lama.as_str() };
                format!("{sel}  {apa}: {lama} → {baru}")
            }
            TakAdaLembar { file } if en => {
                format!(
                    "{file} has none of the template's sheets (Indikator, Program, Kegiatan, Sub Kegiatan, Keuangan)"
                )
            }
            TakAdaLembar { file } => {
                format!("{file} tidak memiliki lembar templat (Indikator, Program, Kegiatan, Sub Kegiatan, Keuangan)")
            }
            BukanXlsx { file, why } if en => format!("{file} cannot be read as an xlsx workbook: {why}"),
            BukanXlsx { file, why } => format!("{file} tidak dapat dibaca sebagai buku kerja xlsx: {why}"),
            BukanYaml { file } if en => format!("{file} is not valid YAML; `lkjip check {file}` shows where"),
            BukanYaml { file } => format!("{file} bukan YAML yang sah; `lkjip check {file}` menunjukkan letaknya"),
            Ditolak { n, file } if en => format!("{n} cell(s) could not be read; {file} was not changed"),
            Ditolak { n, file } => format!("{n} sel tidak dapat dibaca; {file} tidak diubah"),
            TakAdaPerubahan { file } if en => format!("no value differs from {file}; nothing written"),
            TakAdaPerubahan { file } => format!("tidak ada nilai yang berbeda dari {file}; tidak ada yang ditulis"),
            Ditulis { n, file } if en => format!("{n} value(s) written into {file}"),
            Ditulis { n, file } => format!("{n} nilai ditulis ke {file}"),
            Coba { n, file } if en => format!("{n} value(s) would change; dry run (--coba): {file} not written"),
            Coba { n, file } => format!("{n} nilai akan berubah; uji coba (--coba): {file} tidak ditulis"),
            BerubahSementara { file } if en => {
                format!("{file} changed while importing; nothing written: import again")
            }
            BerubahSementara { file } => format!("{file} berubah selama impor; tidak ada yang ditulis: impor lagi"),
            TakTerbacaKembali { field } if en => {
                format!(
                    "the edited YAML would not read `{field}` back as imported; nothing written (please report this)"
                )
            }
            TakTerbacaKembali { field } => format!(
                "YAML hasil suntingan tidak terbaca kembali pada `{field}`; tidak ada yang ditulis (mohon laporkan)"
            ),
            Lanjut { file } if en => format!("next: lkjip check {file}"),
            Lanjut { file } => format!("selanjutnya: lkjip check {file}"),
            EksporDitulis { file, lembar } if en => format!("wrote {file} ({lembar} sheets)"),
            EksporDitulis { file, lembar } => format!("menulis {file} ({lembar} lembar)"),
            TemplatDitulis { file, baris, yaml } if en => {
                format!("wrote the template {file} ({baris} rows to fill); once filled: lkjip impor {file} {yaml}")
            }
            TemplatDitulis { file, baris, yaml } => {
                format!("menulis templat {file} ({baris} baris untuk diisi); setelah diisi: lkjip impor {file} {yaml}")
            }
            KeluaranBukanXlsx { file } if en => {
                format!("refusing to write {file}: give a new .xlsx name, or an earlier workbook to replace")
            }
            KeluaranBukanXlsx { file } => {
                format!("tidak menulis {file}: beri nama .xlsx baru, atau buku kerja lama yang akan diganti")
            }
            TakBisaTulis { file, why } if en => format!("cannot write {file}: {why}"),
            TakBisaTulis { file, why } => format!("tidak dapat menulis {file}: {why}"),
            TakBisaBaca { file, why } if en => format!("cannot read {file}: {why}"),
            TakBisaBaca { file, why } => format!("tidak dapat membaca {file}: {why}"),
        }
    }

    /// One of each kind, for the tests that every message reads in both languages.
    pub fn examples() -> Vec<WorkbookMsg> {
        use WorkbookMsg::*;
        let s = || "Indikator!F7".to_owned();
        let f = || "lkjip.yaml".to_owned();
        vec![
            BukanAngka { sel: s(), teks: "85,5%".into() },
            Mendua { sel: s(), teks: "1.500".into() },
            Persen { sel: s() },
            BukanNilai { sel: s(), jenis: "a date".into() },
            IdTakDikenal { sel: s(), id: "x".into(), file: f() },
            IdKosong { sel: s() },
            IdGanda { sel: s(), id: "x".into(), pertama: "Indikator!A3".into() },
            KolomTakDikenal { sel: s(), judul: "Catatan".into() },
            TakAdaIsian { sel: s(), field: "realisasi".into() },
            Dihitung { sel: s(), id: "P1".into(), field: "realisasi".into() },
            TakBisaDiubah { sel: s(), field: "pagu".into() },
            Berubah { sel: s(), apa: "kup-kur realisasi 2021".into(), lama: String::new(), baru: "45".into() },
            TakAdaLembar { file: f() },
            BukanXlsx { file: f(), why: "zip".into() },
            BukanYaml { file: f() },
            Ditolak { n: 2, file: f() },
            TakAdaPerubahan { file: f() },
            Ditulis { n: 2, file: f() },
            Coba { n: 2, file: f() },
            BerubahSementara { file: f() },
            TakTerbacaKembali { field: "pagu".into() },
            Lanjut { file: f() },
            EksporDitulis { file: f(), lembar: 9 },
            TemplatDitulis { file: f(), baris: 9, yaml: f() },
            KeluaranBukanXlsx { file: f() },
            TakBisaTulis { file: f(), why: "x".into() },
            TakBisaBaca { file: f(), why: "x".into() },
        ]
    }
}

/// The kinds of cell that are not numbers, in Indonesian.
fn jenis_id(jenis: &str) -> &str {
    match jenis {
        "a date" => "tanggal",
        "a truth value" => "nilai benar/salah",
        "an error value" => "nilai galat",
        _ => "isi sel ini",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_reads_in_both_languages_and_differs() {
        for m in WorkbookMsg::examples() {
            let (en, id) = (m.text(Lang::En), m.text(Lang::Id));
            assert!(!en.is_empty() && !id.is_empty(), "{m:?}");
            if !matches!(m, WorkbookMsg::Berubah { .. }) {
                assert_ne!(en, id, "{m:?} has no Indonesian text");
            }
        }
        let m = WorkbookMsg::BukanAngka { sel: "Indikator!F7".into(), teks: "85,5%".into() };
        assert!(m.text(Lang::Id).starts_with("Indikator!F7: `85,5%` bukan angka"));
    }
}
