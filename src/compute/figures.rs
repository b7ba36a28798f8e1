//! Placeholders in narrative (`{kup-kur.capaian}`) resolved into formatted figures.

use rust_decimal::Decimal;

use super::report::{AnggaranHasil, Computed, Persen};
use crate::format::{angka, persen, rupiah};
use crate::messages::Msg;
use crate::model::{Entity, Report};

/// The figures a placeholder may name, by kind of id (for messages and the README).
pub const INDIKATOR: &[&str] = &[
    "nama",
    "satuan",
    "target",
    "realisasi",
    "capaian",
    "status",
    "kategori",
    "target_akhir",
    "capaian_akhir",
    "status_akhir",
    "realisasi_lalu",
    "tren",
    "target.TAHUN",
    "realisasi.TAHUN",
];
pub const SASARAN: &[&str] =
    &["uraian", "jumlah_indikator", "capaian", "kategori", "pagu", "realisasi", "serapan", "efisiensi"];
pub const ANGGARAN: &[&str] = &["nama", "pagu", "realisasi", "serapan"];

fn p(v: Option<Persen>, dp: u32) -> Result<String, Msg> {
    v.map(|c| persen(c.nilai, dp)).ok_or(Msg::FigureUndefined)
}

fn some<T>(v: Option<T>, f: impl Fn(T) -> String, what: &str) -> Result<String, Msg> {
    v.map(f).ok_or_else(|| Msg::FigureMissing { what: what.to_owned() })
}

fn unknown(figure: &str, allowed: &[&str]) -> Msg {
    Msg::UnknownFigure { figure: figure.to_owned(), allowed: allowed.join(", ") }
}

fn anggaran(a: &AnggaranHasil, figure: &str, dp: u32) -> Result<String, Msg> {
    match figure {
        "pagu" => Ok(rupiah(a.pagu)),
        "realisasi" => Ok(rupiah(a.realisasi)),
        "serapan" => p(a.serapan, dp),
        _ => Err(unknown(figure, &ANGGARAN[1..])),
    }
}

/// Resolve one placeholder key into the text printed in its place.
pub fn lookup(report: &Report, c: &Computed, key: &str) -> Result<String, Msg> {
    let dp = c.desimal;
    let (id, figure) = key.split_once('.').unwrap_or((key, ""));
    let money = |d: Decimal| rupiah(d);
    match id {
        "tahun" if figure.is_empty() => return Ok(c.tahun.to_string()),
        "ringkasan" => {
            let r = &c.ringkasan;
            return match figure {
                "jumlah_tujuan" => Ok(r.jumlah_tujuan.to_string()),
                "jumlah_sasaran" => Ok(r.jumlah_sasaran.to_string()),
                "jumlah_indikator" => Ok(r.jumlah_indikator.to_string()),
                "jumlah_iku" => Ok(report.indikator.iter().filter(|i| report.indikator_at(i).iku).count().to_string()),
                "jumlah_indikator_pk" => Ok(report.doc.perencanaan.perjanjian_kinerja.indikator.len().to_string()),
                "melebihi" => Ok(r.melebihi.to_string()),
                "tercapai" => Ok(r.tercapai.to_string()),
                "tidak_tercapai" => Ok(r.tidak_tercapai.to_string()),
                "capaian" => p(r.capaian, dp),
                "kategori" => some(r.kategori.clone(), |s| s, "category"),
                "serapan" => p(r.serapan, dp),
                _ => Err(unknown(
                    figure,
                    &[
                        "jumlah_tujuan",
                        "jumlah_sasaran",
                        "jumlah_indikator",
                        "jumlah_iku",
                        "jumlah_indikator_pk",
                        "melebihi",
                        "tercapai",
                        "tidak_tercapai",
                        "capaian",
                        "kategori",
                        "serapan",
                    ],
                )),
            };
        }
        "keuangan" => {
            let k = &c.keuangan;
            let (part, fig) = figure.split_once('.').unwrap_or((figure, ""));
            let a = match part {
                "pendapatan" => &k.pendapatan,
                "belanja_operasi" => &k.belanja_operasi,
                "belanja_modal" => &k.belanja_modal,
                "belanja" => &k.belanja,
                _ => return Err(unknown(part, &["pendapatan", "belanja_operasi", "belanja_modal", "belanja"])),
            };
            return anggaran(a, fig, dp);
        }
        _ => {}
    }
    let entity = report.entity(id).ok_or_else(|| Msg::UnknownPlaceholder { key: key.to_owned(), id: id.to_owned() })?;
    match entity {
        Entity::Indikator(i) => {
            let ind = report.indikator_at(&report.indikator[i]);
            let h = &c.indikator[i];
            let (fig, year) = figure.split_once('.').map(|(f, y)| (f, Some(y))).unwrap_or((figure, None));
            if let Some(y) = year {
                let y: u16 = y.parse().map_err(|_| Msg::NotAYear { value: y.to_owned() })?;
                let map = match fig {
                    "target" => &ind.target,
                    "realisasi" => &ind.realisasi,
                    _ => return Err(unknown(figure, INDIKATOR)),
                };
                return some(map.get(&y), |n| angka(n.value()), &format!("{fig} for {y}"));
            }
            match fig {
                "nama" => Ok(ind.nama.clone()),
                "satuan" => Ok(ind.satuan.clone()),
                "target" => some(h.target, angka, "target"),
                "realisasi" => some(h.realisasi, angka, "realisasi"),
                "capaian" => p(h.capaian, dp),
                "status" => some(h.status.clone(), |s| s, "status"),
                "kategori" => some(h.kategori.clone(), |s| s, "category"),
                "target_akhir" => some(h.target_akhir, angka, "end-of-Renstra target"),
                "capaian_akhir" => p(h.capaian_akhir, dp),
                "status_akhir" => some(h.status_akhir.clone(), |s| s, "status"),
                "realisasi_lalu" => some(h.realisasi_lalu, angka, "previous year's realisasi"),
                "tren" => some(h.tren, |t| format!("{:?}", t.arah), "trend"),
                _ => Err(unknown(figure, INDIKATOR)),
            }
        }
        Entity::Sasaran(t, s) => {
            let h = c.sasaran.iter().find(|x| x.id == id).expect("every sasaran is computed");
            match figure {
                "uraian" => Ok(report.sasaran(t, s).uraian.clone()),
                "jumlah_indikator" => Ok(h.jumlah_indikator.to_string()),
                "capaian" => p(h.capaian, dp),
                "kategori" => some(h.kategori.clone(), |s| s, "category"),
                "pagu" => Ok(money(h.pagu)),
                "realisasi" => Ok(money(h.realisasi)),
                "serapan" => p(h.serapan, dp),
                "efisiensi" => p(h.efisiensi, dp),
                _ => Err(unknown(figure, SASARAN)),
            }
        }
        Entity::Program(pi) => {
            let h = &c.program[pi];
            match figure {
                "nama" => Ok(report.program(pi).nama.clone()),
                "pagu" => Ok(money(h.pagu)),
                "realisasi" => some(h.realisasi, money, "program's realisasi"),
                "serapan" => p(h.serapan, dp),
                _ => Err(unknown(figure, ANGGARAN)),
            }
        }
        Entity::Kegiatan(pi, ki) => {
            let k = report.kegiatan(pi, ki);
            match figure {
                "nama" => Ok(k.nama.clone()),
                "pagu" => Ok(money(k.pagu.value())),
                "realisasi" => Ok(money(k.realisasi.value())),
                "serapan" => p(c.program[pi].kegiatan[ki].serapan, dp),
                _ => Err(unknown(figure, ANGGARAN)),
            }
        }
        Entity::Tujuan(t) => match figure {
            "uraian" => Ok(report.tujuan(t).uraian.clone()),
            _ => Err(unknown(figure, &["uraian"])),
        },
    }
}
