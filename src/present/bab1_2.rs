//! BAB I (introduction, organisation) and BAB II (Renstra, goals, IKU, Perjanjian Kinerja).

use std::collections::BTreeSet;

use super::text::{Cx, daftar, dengan_satuan, indikator, nilai, nilai_i, para, para_tebal};
use super::urutan::Blk;
use crate::format::angka;
use crate::input::types::JenisInstansi;
use crate::input::types::{Indikator, Tahun};
use crate::model::Entity;
use crate::render::data::ProgramTujuan;
use crate::render::data::{
    AnggaranProgram, Bab1, Bab2, Bagian, BagianIku, BagianPk, BagianTujuanSasaran, BarisIku, BarisRenstra,
    IndikatorTarget, Narasi, Sasaran, SasaranIku, SasaranPk, StrukturOrganisasi, Tujuan,
};

const HURUF: [&str; 10] = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];

pub fn bab1(cx: &Cx) -> crate::present::Result<Bab1> {
    let b = &cx.report.doc.pendahuluan;
    let mut parts: Vec<(&str, Narasi)> =
        vec![("Latar Belakang", cx.narasi(&b.latar_belakang)?), ("Gambaran Umum", cx.narasi(&b.gambaran_umum)?)];
    let mut tf = cx.narasi_opt(b.tugas_fungsi.as_ref())?;
    tf.push(para_tebal("1. Tugas"));
    tf.extend(cx.narasi(&b.tugas)?);
    tf.push(para_tebal("2. Fungsi"));
    tf.extend(cx.narasi(&b.fungsi)?);
    parts.push(("Tugas dan Fungsi", tf));
    let struktur_at = parts.len();
    parts.push(("Struktur Organisasi", cx.narasi_opt(b.struktur_organisasi.uraian.as_ref())?));
    if !b.isu_strategis.is_empty() {
        let mut isu = Vec::new();
        for i in &b.isu_strategis {
            isu.push(para_tebal(i.bidang.clone()));
            isu.extend(cx.narasi(&i.isu)?);
        }
        parts.push(("Isu Strategis", isu));
    }
    if !b.landasan_hukum.is_empty() || b.landasan_hukum_pengantar.is_some() {
        let mut lh = cx.narasi_opt(b.landasan_hukum_pengantar.as_ref())?;
        lh.push(daftar(
            b.landasan_hukum
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("{}.", i.saturating_add(1)), vec![para(t.clone())])),
        ));
        parts.push(("Landasan Hukum", lh));
    }
    if let Some(s) = &b.sistematika {
        parts.push(("Sistematika", cx.narasi(s)?));
    }
    let bagian = parts
        .into_iter()
        .enumerate()
        .map(|(i, (judul, narasi))| Bagian { judul: format!("{}. {judul}", HURUF[i]), narasi })
        .collect();
    Ok(Bab1 {
        bagian,
        struktur: Some(StrukturOrganisasi {
            setelah: struktur_at,
            judul: format!("Bagan Susunan Organisasi {}", cx.instansi_lengkap()),
            alt: super::bagan::alt(&b.struktur_organisasi.bagan),
            bagan: super::bagan::bagan(&b.struktur_organisasi.bagan),
        }),
    })
}

/// Group rows by tujuan and sasaran, keeping only indicators `keep` accepts; empty groups drop.
pub fn grouped<B>(cx: &Cx, keep: impl Fn(&Indikator) -> bool, row: impl Fn(&Indikator) -> B) -> Vec<Tujuan<B>> {
    let mut out = Vec::new();
    for t in &cx.report.doc.perencanaan.tujuan {
        let indikator: Vec<B> = t.indikator.iter().filter(|i| keep(i)).map(&row).collect();
        let sasaran: Vec<Sasaran<B>> = t
            .sasaran
            .iter()
            .map(|s| Sasaran {
                uraian: s.uraian.clone(),
                indikator: s.indikator.iter().filter(|i| keep(i)).map(&row).collect(),
            })
            .filter(|s| !s.indikator.is_empty())
            .collect();
        if !indikator.is_empty() || !sasaran.is_empty() {
            out.push(Tujuan {
                no: format!("{}.", out.len().saturating_add(1)),
                uraian: t.uraian.clone(),
                indikator,
                sasaran,
            });
        }
    }
    out
}

fn years(cx: &Cx, pick: impl Fn(&Indikator) -> Vec<Tahun>) -> BTreeSet<Tahun> {
    cx.report.indikator.iter().flat_map(|r| pick(cx.report.indikator_at(r))).collect()
}

pub fn bab2(cx: &Cx) -> crate::present::Result<Bab2> {
    let p = &cx.report.doc.perencanaan;
    let tahun = cx.report.tahun();
    // years as the computed series has them (written, ratios, quarters)
    let seri = |i: &Indikator, target: bool| -> Vec<Tahun> {
        let h = cx.hasil(&i.id);
        h.seri
            .iter()
            .filter(|(_, t)| if target { t.target.is_some() } else { t.realisasi.is_some() })
            .map(|(y, _)| *y)
            .collect()
    };
    let target_years = years(cx, |i| seri(i, true));
    let first_target = target_years.first().copied().unwrap_or(p.renstra.awal);
    // the realisation before the first target (the baseline year); older history is Tabel 3.2's
    let real_years: Vec<Tahun> =
        years(cx, |i| seri(i, false)).into_iter().rfind(|y| *y < first_target).into_iter().collect();
    let at = |i: &Indikator, y: &Tahun, target: bool| {
        cx.hasil(&i.id).seri.get(y).and_then(|t| if target { t.target } else { t.realisasi })
    };
    let renstra_row = |i: &Indikator| {
        let h = cx.hasil(&i.id);
        BarisRenstra {
            indikator: i.nama.clone(),
            satuan: i.satuan.clone(),
            data_awal: i.data_awal.map(|d| nilai_i(i, Some(d.value()))).unwrap_or_default(),
            realisasi: real_years.iter().map(|y| nilai_i(i, at(i, y, false))).collect(),
            target: target_years.iter().map(|y| nilai_i(i, at(i, y, true))).collect(),
            kondisi_akhir: nilai_i(i, h.target_akhir),
        }
    };
    let mut iku_groups: Vec<SasaranIku> = Vec::new();
    for t in &p.tujuan {
        let groups = std::iter::once((t.uraian.clone(), &t.indikator))
            .chain(t.sasaran.iter().map(|s| (s.uraian.clone(), &s.indikator)));
        for (uraian, list) in groups {
            let rows: Vec<BarisIku> = list
                .iter()
                .filter(|i| i.iku)
                .map(|i| BarisIku {
                    uraian: i.nama.clone(),
                    formula: i.formula.clone().unwrap_or_else(|| i.nama.clone()),
                    satuan: i.satuan.clone(),
                    target: nilai(cx.hasil(&i.id).target),
                })
                .collect();
            if !rows.is_empty() {
                iku_groups.push(SasaranIku {
                    no: iku_groups.len().saturating_add(1).to_string(),
                    uraian,
                    indikator: rows,
                });
            }
        }
    }
    let pk = &p.perjanjian_kinerja;
    let mut pk_groups: Vec<SasaranPk> = Vec::new();
    for id in &pk.indikator {
        let i = indikator(cx, id);
        let h = cx.hasil(id);
        let uraian = match &h.sasaran {
            Some(s) => match cx.report.entity(s) {
                Some(Entity::Sasaran(t, si)) => cx.report.sasaran(t, si).uraian.clone(),
                _ => unreachable!(),
            },
            None => match cx.report.entity(&h.tujuan) {
                Some(Entity::Tujuan(t)) => cx.report.tujuan(t).uraian.clone(),
                _ => unreachable!(),
            },
        };
        let row = IndikatorTarget { uraian: i.nama.clone(), target: dengan_satuan(h.target, &i.satuan) };
        match pk_groups.last_mut() {
            Some(g) if g.uraian == uraian => g.indikator.push(row),
            _ => pk_groups.push(SasaranPk {
                no: format!("{}.", pk_groups.len().saturating_add(1)),
                uraian,
                indikator: vec![row],
            }),
        }
    }
    let program = pk
        .program
        .iter()
        .enumerate()
        .map(|(n, id)| {
            let Some(Entity::Program(pi)) = cx.report.entity(id) else { unreachable!("checked") };
            AnggaranProgram {
                no: format!("{}.", n.saturating_add(1)),
                program: super::bab3::berkode(&cx.report.program(pi).kode, &cx.report.program(pi).nama),
                anggaran: angka(cx.report.pagu_program(pi)),
            }
        })
        .collect();
    Ok(Bab2 {
        pengantar: cx.narasi_opt(p.pengantar.as_ref())?,
        bagian: vec![Bagian { judul: judul_rencana(cx).into(), narasi: cx.narasi(&p.renstra.uraian)? }],
        tujuan_sasaran: BagianTujuanSasaran {
            judul: judul_tujuan(cx).into(),
            // `{{daftar tujuan}}`: the numbered tujuan, each with its sasaran (as the reference lists them)
            narasi: cx.narasi_dengan(
                p.tujuan_sasaran.as_deref(),
                &[Blk {
                    nama: "daftar tujuan",
                    pengantar: vec![para(format!(
                        "Tujuan dan sasaran {} Tahun {}–{} adalah sebagai berikut:",
                        cx.instansi_lengkap(),
                        p.renstra.awal,
                        p.renstra.akhir
                    ))],
                    narasi: Some(vec![daftar(p.tujuan.iter().enumerate().map(|(n, t)| {
                        let mut isi = vec![para(t.uraian.clone())];
                        if !t.sasaran.is_empty() {
                            isi.push(para("Sasaran:"));
                            isi.push(daftar(
                                t.sasaran
                                    .iter()
                                    .enumerate()
                                    .map(|(k, s)| (format!("{})", k.saturating_add(1)), vec![para(s.uraian.clone())])),
                            ));
                        }
                        (format!("{}.", n.saturating_add(1)), isi)
                    }))]),
                }],
            )?,
            tahun_realisasi: real_years.iter().map(|y| y.to_string()).collect(),
            tahun_target: target_years.iter().map(|y| y.to_string()).collect(),
            tujuan: grouped(cx, |_| true, renstra_row),
        },
        iku: BagianIku {
            judul: "C. Indikator Kinerja Utama".into(),
            urutan: cx.urutan(p.iku.as_deref(), &[], &[Blk::gambar("tabel iku")])?,
            sasaran: iku_groups,
        },
        pk: BagianPk {
            judul: format!("D. Perjanjian Kinerja Tahun {tahun}"),
            urutan: cx.urutan(pk.uraian.as_deref(), &[], &[Blk::gambar("tabel pk")])?,
            sasaran: pk_groups,
            program,
            judul_anggaran: "ANGGARAN".into(),
            jumlah: angka(cx.c.keuangan.pagu_pk),
        },
        program_tujuan: program_tujuan(cx),
    })
}

/// BAB II.A: a pemerintah daerah plans in its RPJMD, everyone else in a Renstra.
fn judul_rencana(cx: &Cx) -> &'static str {
    match cx.report.doc.instansi.jenis {
        JenisInstansi::PemerintahDaerah => "A. Rencana Pembangunan Jangka Menengah Daerah (RPJMD)",
        _ => "A. Rencana Strategis",
    }
}

/// BAB II.B, as each kind of instansi names its goals.
fn judul_tujuan(cx: &Cx) -> &'static str {
    match cx.report.doc.instansi.jenis {
        JenisInstansi::PerangkatDaerah => "B. Tujuan dan Sasaran Jangka Menengah Perangkat Daerah",
        JenisInstansi::PemerintahDaerah => "B. Tujuan dan Sasaran Jangka Menengah Daerah",
        JenisInstansi::KementerianLembaga | JenisInstansi::UnitKerja => "B. Tujuan dan Sasaran Strategis",
    }
}

/// Every program with its own goal, when the data gives any program one (the table some reports
/// have after the PK).
fn program_tujuan(cx: &Cx) -> Vec<ProgramTujuan> {
    let programs = &cx.report.doc.program;
    if programs.iter().all(|p| p.tujuan.is_none()) {
        return Vec::new();
    }
    programs
        .iter()
        .enumerate()
        .map(|(n, p)| ProgramTujuan {
            no: format!("{}.", n.saturating_add(1)),
            program: super::bab3::berkode(&p.kode, &p.nama),
            uraian: p.uraian.clone().unwrap_or_default(),
            tujuan: p.tujuan.clone().unwrap_or_else(|| "-".to_owned()),
            pagu: angka(cx.report.pagu_program(n)),
        })
        .collect()
}
