//! Placeholders in narrative (`{kup-kur.capaian}`) resolved into typed figures.
//!
//! Compute never formats: a [`Figure`] says what kind of value it is, and the presentation
//! layer (`present::figures::text`) writes it the Indonesian way.

use rust_decimal::Decimal;

use super::report::{AnggaranHasil, Computed, Persen};
use crate::formula::Arah;
use crate::input::types::Tahun;
use crate::messages::Msg;
use crate::model::{Entity, Report};

/// The value a placeholder names, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Figure {
    /// A computed percentage (`71,18 %`).
    Persen(Persen),
    /// An amount of money (`Rp 12.644.738.000`).
    Rupiah(Decimal),
    /// A raw value as written, keeping its scale (`5,00`).
    Angka(Decimal),
    /// Words: a name, a status, a category.
    Teks(String),
    /// A count (`12`).
    Jumlah(usize),
    /// A year (`2021`).
    Tahun(Tahun),
}

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
    "selisih_lalu",
    "tren",
    "tren_kinerja",
    "target.TAHUN",
    "realisasi.TAHUN",
];
pub const SASARAN: &[&str] = &[
    "uraian",
    "jumlah_indikator",
    "capaian",
    "kategori",
    "pagu",
    "realisasi",
    "serapan",
    "kategori_serapan",
    "efisiensi",
    "efisiensi_eka",
];
pub const ANGGARAN: &[&str] = &["nama", "pagu", "realisasi", "serapan", "kategori_serapan"];
pub const PROGRAM: &[&str] = &["nama", "pagu", "realisasi", "serapan", "kategori_serapan", "tujuan"];

fn p(v: Option<Persen>) -> Result<Figure, Msg> {
    v.map(Figure::Persen).ok_or(Msg::FigureUndefined)
}

fn arah(a: Arah) -> String {
    match a {
        Arah::Naik => "Naik",
        Arah::Turun => "Turun",
        Arah::Tetap => "Tetap",
    }
    .to_owned()
}

/// What a trend across a change of measurement scale is.
pub const TIDAK_SEBANDING: &str = "Tidak sebanding";

/// The trend with its judgement: "Turun (membaik)", "Naik (memburuk)", "Tetap".
pub fn tren_kinerja(t: crate::formula::Tren) -> String {
    use crate::formula::Kinerja;
    match t.kinerja {
        Kinerja::Tetap => arah(t.arah),
        Kinerja::Membaik => format!("{} (membaik)", arah(t.arah)),
        Kinerja::Memburuk => format!("{} (memburuk)", arah(t.arah)),
    }
}

fn some<T>(v: Option<T>, f: impl Fn(T) -> Figure, what: &str) -> Result<Figure, Msg> {
    v.map(f).ok_or_else(|| Msg::FigureMissing { what: what.to_owned() })
}

fn unknown(figure: &str, allowed: &[&str]) -> Msg {
    Msg::UnknownFigure { figure: figure.to_owned(), allowed: allowed.join(", ") }
}

fn anggaran(a: &AnggaranHasil, figure: &str) -> Result<Figure, Msg> {
    match figure {
        "pagu" => Ok(Figure::Rupiah(a.pagu)),
        "realisasi" => Ok(Figure::Rupiah(a.realisasi)),
        "serapan" => p(a.serapan),
        "kategori_serapan" => some(a.kategori_serapan.clone(), Figure::Teks, "category of serapan"),
        _ => Err(unknown(figure, &ANGGARAN[1..])),
    }
}

/// Resolve one placeholder key into the figure printed in its place.
pub fn figure(report: &Report, c: &Computed, key: &str) -> Result<Figure, Msg> {
    let (id, figure) = key.split_once('.').unwrap_or((key, ""));
    let money = Figure::Rupiah;
    let teks = Figure::Teks;
    let angka = Figure::Angka;
    match id {
        "tahun" if figure.is_empty() => return Ok(Figure::Tahun(c.tahun)),
        "ringkasan" => {
            let r = &c.ringkasan;
            return match figure {
                "jumlah_tujuan" => Ok(Figure::Jumlah(r.jumlah_tujuan)),
                "jumlah_sasaran" => Ok(Figure::Jumlah(r.jumlah_sasaran)),
                "jumlah_indikator" => Ok(Figure::Jumlah(r.jumlah_indikator)),
                "jumlah_iku" => {
                    Ok(Figure::Jumlah(report.indikator.iter().filter(|i| report.indikator_at(i).iku).count()))
                }
                "jumlah_indikator_pk" => Ok(Figure::Jumlah(report.doc.perencanaan.perjanjian_kinerja.indikator.len())),
                "jumlah_indikator_sasaran" => {
                    Ok(Figure::Jumlah(report.indikator.iter().filter(|i| i.sasaran.is_some()).count()))
                }
                "jumlah_indikator_tujuan" => {
                    Ok(Figure::Jumlah(report.indikator.iter().filter(|i| i.sasaran.is_none()).count()))
                }
                "melebihi" => Ok(Figure::Jumlah(r.melebihi)),
                "tercapai" => Ok(Figure::Jumlah(r.tercapai)),
                "tidak_tercapai" => Ok(Figure::Jumlah(r.tidak_tercapai)),
                "capaian" => p(r.capaian),
                "kategori" => some(r.kategori.clone(), teks, "category"),
                "serapan" => p(r.serapan),
                _ => Err(unknown(
                    figure,
                    &[
                        "jumlah_tujuan",
                        "jumlah_sasaran",
                        "jumlah_indikator",
                        "jumlah_iku",
                        "jumlah_indikator_pk",
                        "jumlah_indikator_sasaran",
                        "jumlah_indikator_tujuan",
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
            return anggaran(a, fig);
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
                let t = h.seri.get(&y);
                let v = match fig {
                    "target" => t.and_then(|t| t.target),
                    "realisasi" => t.and_then(|t| t.realisasi),
                    _ => return Err(unknown(figure, INDIKATOR)),
                };
                return some(v, angka, &format!("{fig} for {y}"));
            }
            match fig {
                "nama" => Ok(teks(ind.nama.clone())),
                "satuan" => Ok(teks(ind.satuan.clone())),
                "target" => some(h.target, angka, "target"),
                "realisasi" => some(h.realisasi, angka, "realisasi"),
                "capaian" => p(h.capaian),
                "status" => some(h.status.clone(), teks, "status"),
                "kategori" => some(h.kategori.clone(), teks, "category"),
                "target_akhir" => some(h.target_akhir, angka, "end-of-Renstra target"),
                "capaian_akhir" => p(h.capaian_akhir),
                "status_akhir" => some(h.status_akhir.clone(), teks, "status"),
                "realisasi_lalu" => some(h.realisasi_lalu, angka, "previous year's realisasi"),
                "selisih_lalu" => some(h.selisih_lalu, angka, "difference with the previous year"),
                "tren" if !h.sebanding => Ok(teks(TIDAK_SEBANDING.to_owned())),
                "tren" => some(h.tren, |t| teks(arah(t.arah)), "trend"),
                "tren_kinerja" if !h.sebanding => Ok(teks(TIDAK_SEBANDING.to_owned())),
                "tren_kinerja" => some(h.tren, |t| teks(tren_kinerja(t)), "trend"),
                _ => Err(unknown(figure, INDIKATOR)),
            }
        }
        Entity::Sasaran(t, s) => {
            // every sasaran is computed: the error is for a caller that passes another report
            let h = c
                .sasaran
                .iter()
                .find(|x| x.id == id)
                .ok_or_else(|| Msg::UnknownPlaceholder { key: key.to_owned(), id: id.to_owned() })?;
            match figure {
                "uraian" => Ok(teks(report.sasaran(t, s).uraian.clone())),
                "jumlah_indikator" => Ok(Figure::Jumlah(h.jumlah_indikator)),
                "capaian" => p(h.capaian),
                "kategori" => some(h.kategori.clone(), teks, "category"),
                "pagu" => Ok(money(h.pagu)),
                "realisasi" => Ok(money(h.realisasi)),
                "serapan" => p(h.serapan),
                "kategori_serapan" => some(h.kategori_serapan.clone(), teks, "category of serapan"),
                "efisiensi" => p(h.efisiensi),
                "efisiensi_eka" => p(h.efisiensi_eka),
                _ => Err(unknown(figure, SASARAN)),
            }
        }
        Entity::Program(pi) => {
            let h = &c.program[pi];
            match figure {
                "nama" => Ok(teks(report.program(pi).nama.clone())),
                "pagu" => Ok(money(h.pagu)),
                "realisasi" => some(h.realisasi, money, "program's realisasi"),
                "serapan" => p(h.serapan),
                "kategori_serapan" => some(h.kategori_serapan.clone(), teks, "category of serapan"),
                "tujuan" => some(report.program(pi).tujuan.clone(), teks, "program's tujuan"),
                _ => Err(unknown(figure, PROGRAM)),
            }
        }
        Entity::Kegiatan(pi, ki) => {
            let (k, d) = (report.kegiatan(pi, ki), report.dana_kegiatan(pi, ki));
            match figure {
                "nama" => Ok(teks(k.nama.clone())),
                "pagu" => Ok(money(d.pagu)),
                "realisasi" => Ok(money(d.realisasi)),
                "serapan" => p(c.program[pi].kegiatan[ki].serapan),
                "kategori_serapan" => {
                    some(c.program[pi].kegiatan[ki].kategori_serapan.clone(), teks, "category of serapan")
                }
                _ => Err(unknown(figure, ANGGARAN)),
            }
        }
        Entity::SubKegiatan(pi, ki, si) => {
            let (k, d) = (report.sub_kegiatan(pi, ki, si), report.dana_sub(pi, ki, si));
            match figure {
                "nama" => Ok(teks(k.nama.clone())),
                "pagu" => Ok(money(d.pagu)),
                "realisasi" => Ok(money(d.realisasi)),
                "serapan" => p(c.program[pi].kegiatan[ki].sub_kegiatan[si].serapan),
                _ => Err(unknown(figure, ANGGARAN)),
            }
        }
        Entity::Tujuan(t) => match figure {
            "uraian" => Ok(teks(report.tujuan(t).uraian.clone())),
            _ => Err(unknown(figure, &["uraian"])),
        },
    }
}
