//! BAB III: scales, IKU achievement (tables 3.1–3.4, charts), per-sasaran analyses, finance.

use rust_decimal::Decimal;

use super::bab1_2::grouped;
use super::text::{Cx, TAK_TERDEFINISI, daftar, nilai, nilai_i, para};
use super::urutan::Blk;
use crate::format::{angka, desimal};
use crate::input::types::MetodeEfisiensi;
use crate::model::Entity;
use crate::model::scale::Scale;
use crate::render::data::*;

/// The bands of a scale as printed, at the scale's own precision (whole-number bounds print
/// whole); a top band that holds the values above its maks says so; the band for values that
/// cannot be computed comes last.
fn rentang(scale: &Scale, _dp: u32) -> Vec<Skala> {
    let p = scale.precision();
    let f = |d: Decimal| desimal(d, p);
    let n = scale.bands.len();
    let mut out: Vec<Skala> = scale
        .bands
        .iter()
        .enumerate()
        .map(|(i, b)| Skala {
            no: i.saturating_add(1).to_string(),
            rentang: match (b.min, b.maks) {
                (Some(a), Some(z)) if scale.di_atas_maks && i.saturating_add(1) == n => {
                    format!("≥ {} % ({} – {} % dan di atasnya)", f(a), f(a), f(z))
                }
                (Some(a), Some(z)) if a == z => format!("= {} %", f(a)),
                (Some(a), Some(z)) => format!("{} – {} %", f(a), f(z)),
                (Some(a), None) => format!("≥ {} %", f(a)),
                (None, Some(z)) => format!("≤ {} %", f(z)),
                (None, None) => "semua nilai".into(),
            },
            predikat: b.label.clone(),
        })
        .collect();
    if let Some(label) = &scale.tanpa_nilai {
        out.push(Skala {
            no: n.saturating_add(1).to_string(),
            rentang: "tidak dapat dihitung".into(),
            predikat: label.clone(),
        });
    }
    out
}

/// "(capaian dibulatkan ke bilangan bulat …)" when a scale judges at a coarser precision than printed.
fn ketelitian(scale: &Scale, dp: u32) -> String {
    match scale.precision() {
        p if p >= dp => String::new(),
        0 => " (capaian dibulatkan ke bilangan bulat sebelum dikelompokkan, mis. 90,50 % menjadi 91 %)".into(),
        p => format!(" (capaian dibulatkan ke {p} desimal sebelum dikelompokkan)"),
    }
}

use super::sumbu::{fraksi, sumbu, ticks};

pub fn bab3(cx: &Cx) -> crate::present::Result<Bab3> {
    let a = &cx.report.doc.akuntabilitas;
    let dp = cx.dp();
    Ok(Bab3 {
        pengantar: cx.narasi_opt(a.pengantar.as_ref())?,
        kerangka: BagianKerangka {
            judul: "A. Kerangka Pengukuran Kinerja".into(),
            urutan: cx.urutan(
                a.pengukuran.as_deref(),
                &[],
                &[
                    Blk::gambar("skala status"),
                    Blk {
                        nama: "skala kategori",
                        pengantar: vec![para(format!(
                            "Predikat capaian kinerja indikator dan sasaran dikelompokkan sebagai berikut{}:",
                            ketelitian(&cx.report.kategori, dp)
                        ))],
                        narasi: None,
                    },
                    Blk {
                        nama: "rincian sasaran",
                        pengantar: vec![para(format!(
                            "Telah ditetapkan {} sasaran dengan {} indikator kinerja sasaran, dengan rincian sebagai berikut:",
                            cx.c.sasaran.len(),
                            cx.c.sasaran.iter().map(|s| s.jumlah_indikator).sum::<usize>()
                        ))],
                        narasi: Some(vec![daftar(cx.c.sasaran.iter().enumerate().map(|(n, s)| {
                            ("-".to_owned(), vec![para(format!("Sasaran {} terdiri dari {} indikator", n.saturating_add(1), s.jumlah_indikator))])
                        }))]),
                    },
                ],
            )?,
            skala_status: rentang(&cx.report.status, dp),
            skala_kategori: {
                // highest first; the band for values that cannot be computed stays last
                let mut rows = rentang(&cx.report.kategori, dp);
                let tanpa = cx.report.kategori.tanpa_nilai.as_ref().and_then(|_| rows.pop());
                rows.reverse();
                rows.extend(tanpa);
                rows.into_iter().enumerate().map(|(i, s)| Skala { no: i.saturating_add(1).to_string(), ..s }).collect()
            },
            skala_serapan: cx.report.serapan.as_ref().map_or_else(Vec::new, |s| {
                let mut rows = rentang(s, dp);
                let tanpa = s.tanpa_nilai.as_ref().and_then(|_| rows.pop());
                rows.reverse();
                rows.extend(tanpa);
                rows.into_iter().enumerate().map(|(i, s)| Skala { no: i.saturating_add(1).to_string(), ..s }).collect()
            }),
        },
        capaian: capaian(cx)?,
        analisis: BagianAnalisis {
            judul: "C. Pengukuran, Evaluasi dan Analisis Capaian Kinerja Sasaran Strategis".into(),
            // Tabel 3.4 where the planner's text of BAB III.C leads into it (as the reference has it)
            urutan: cx.urutan(
                a.analisis_pengantar.as_deref(),
                &[],
                &if sebaran_di_analisis(cx) { vec![Blk::gambar("tabel sebaran")] } else { Vec::new() },
            )?,
            sasaran: cx
                .c
                .sasaran
                .iter()
                .enumerate()
                .map(|(n, s)| analisis(cx, n, &s.id))
                .collect::<crate::present::Result<_>>()?,
        },
        keuangan: keuangan(cx)?,
    })
}

/// An indicator's target, realisation and capaian of the year (Tabel 3.1 and the efficiency tables).
fn baris_capaian(cx: &Cx, i: &crate::input::types::Indikator) -> BarisCapaian {
    let h = cx.hasil(&i.id);
    BarisCapaian {
        indikator: i.nama.clone(),
        satuan: i.satuan.clone(),
        target: super::ukur::target(cx, i),
        realisasi: super::ukur::realisasi(cx, i),
        capaian: cx.pct(h.capaian),
    }
}

fn capaian(cx: &Cx) -> crate::present::Result<BagianCapaian> {
    let c = cx.c;
    let tahun = cx.report.tahun();
    let banding = super::ukur::tahun_banding(cx);
    let tabel_capaian = grouped(cx, |_| true, |i| baris_capaian(cx, i));
    let tabel_banding = grouped(
        cx,
        |_| true,
        |i| {
            let h = cx.hasil(&i.id);
            let (selisih, keterangan) = super::ukur::selisih_dan_keterangan(cx, i);
            BarisBanding {
                indikator: i.nama.clone(),
                satuan: i.satuan.clone(),
                nilai: banding.iter().map(|y| nilai_i(i, h.seri.get(y).and_then(|t| t.realisasi))).collect(),
                selisih,
                keterangan,
            }
        },
    );
    let tabel_akhir = grouped(
        cx,
        |_| true,
        |i| {
            let h = cx.hasil(&i.id);
            BarisAkhir {
                indikator: i.nama.clone(),
                satuan: i.satuan.clone(),
                realisasi: nilai_i(i, h.realisasi),
                target_akhir: nilai_i(i, h.target_akhir),
                capaian: cx.pct(h.capaian_akhir),
                keterangan: h.status_akhir.clone().unwrap_or_else(|| TAK_TERDEFINISI.into()),
            }
        },
    );
    // chart of capaian against the 100 % line
    let max = c.indikator.iter().filter_map(|i| i.capaian.map(|p| p.nilai)).fold(Decimal::from(100), Decimal::max);
    // the axis ends at a round value at or above 100 % and the largest capaian
    let (axis, grid) = sumbu(max);
    let batang: Vec<Batang> = c
        .indikator
        .iter()
        .map(|h| Batang {
            label: super::text::indikator(cx, &h.id).nama.clone(),
            nilai: cx.pct_sign(h.capaian),
            fraksi: h.capaian.and_then(|p| fraksi(p.nilai, axis)),
            tercapai: h.capaian.is_some_and(|p| p.nilai >= Decimal::from(100)),
        })
        .collect();
    let alt = format!(
        "Diagram batang capaian {} indikator kinerja tahun {tahun} terhadap garis 100 %: {}.",
        batang.len(),
        batang.iter().map(|b| format!("{} {}", b.label, b.nilai)).collect::<Vec<_>>().join("; ")
    );
    let grafik_tren = c
        .indikator
        .iter()
        .filter(|h| super::text::indikator(cx, &h.id).iku)
        .map(|h| {
            let i = super::text::indikator(cx, &h.id);
            // a change of measurement scale: only the years on the report year's scale are drawn
            let tahun_laporan = cx.report.tahun();
            let sejak = i.skala_berubah.iter().copied().filter(|y| *y <= tahun_laporan).max().unwrap_or(0);
            let (max, grid) = sumbu(
                h.seri
                    .iter()
                    .filter(|(y, _)| **y >= sejak)
                    .map(|(_, t)| t)
                    .flat_map(|t| [t.target, t.realisasi])
                    .flatten()
                    .fold(Decimal::ZERO, Decimal::max),
            );
            let tahun: Vec<TitikTren> = h
                .seri
                .iter()
                .filter(|(y, _)| **y <= cx.report.doc.perencanaan.renstra.akhir && **y >= sejak)
                .map(|(y, t)| TitikTren {
                    tahun: y.to_string(),
                    target: nilai_i(i, t.target),
                    realisasi: nilai_i(i, t.realisasi),
                    fraksi_target: t.target.and_then(|v| fraksi(v, max)),
                    fraksi_realisasi: t.realisasi.and_then(|v| fraksi(v, max)),
                })
                .collect();
            let alt = format!(
                "Diagram target dan realisasi {} per tahun ({}): {}.",
                i.nama,
                i.satuan,
                tahun
                    .iter()
                    .map(|t| format!("{} target {} realisasi {}", t.tahun, t.target, t.realisasi))
                    .collect::<Vec<_>>()
                    .join("; ")
            );
            let judul = if sejak > 0 {
                format!(
                    "Target dan Realisasi {} (skala pengukuran sejak {sejak}; tahun sebelumnya tidak sebanding)",
                    i.nama
                )
            } else {
                format!("Target dan Realisasi {}", i.nama)
            };
            GrafikTren { judul, alt, satuan: i.satuan.clone(), sumbu: ticks(max, &grid, angka), tahun }
        })
        .collect();
    let group = |label: &str| -> Narasi {
        let items: Vec<(String, Narasi)> = c
            .indikator
            .iter()
            .filter(|h| h.status.as_deref() == Some(label))
            .enumerate()
            .map(|(n, h)| {
                (
                    format!("{})", n.saturating_add(1)),
                    vec![para(format!(
                        "Indikator {} dengan capaian {}.",
                        super::text::indikator(cx, &h.id).nama,
                        cx.pct_sign(h.capaian)
                    ))],
                )
            })
            .collect();
        if items.is_empty() { vec![para("Tidak ada.")] } else { vec![daftar(items)] }
    };
    let labels: Vec<String> = cx.report.status.bands.iter().map(|b| b.label.clone()).collect();
    let mut lists = Vec::new();
    for (n, label) in labels.iter().rev().enumerate() {
        let mut isi = vec![para(format!("Indikator dengan status {label}:"))];
        isi.extend(group(label));
        lists.push((format!("{}.", ["a", "b", "c", "d", "e"].get(n).unwrap_or(&"-")), isi));
    }
    let mut blocks = vec![
        Blk::gambar("tabel capaian"),
        Blk::gambar("grafik capaian"),
        Blk::gambar("tabel banding"),
        Blk::gambar("grafik tren"),
        Blk::gambar("tabel akhir"),
        Blk::gambar("tabel triwulan"),
        Blk {
            nama: "tingkat capaian",
            pengantar: vec![para(format!(
                "Dari tabel capaian IKU tahun {tahun} di atas, tingkat pencapaian indikator kinerja adalah sebagai berikut:"
            ))],
            narasi: Some(vec![daftar(lists)]),
        },
    ];
    if !sebaran_di_analisis(cx) {
        blocks.push(Blk::gambar("tabel sebaran"));
    }
    let r = &c.ringkasan;
    let mut sebaran = vec![
        BarisSebaran {
            no: "1".into(),
            uraian: "Melebihi Target".into(),
            jumlah: r.melebihi.to_string(),
            persentase: cx.pct_sign(r.persen_melebihi),
        },
        BarisSebaran {
            no: "2".into(),
            uraian: "Sesuai Target".into(),
            jumlah: r.tercapai.to_string(),
            persentase: cx.pct_sign(r.persen_tercapai),
        },
        BarisSebaran {
            no: "3".into(),
            uraian: "Tidak Mencapai Target".into(),
            jumlah: r.tidak_tercapai.to_string(),
            persentase: cx.pct_sign(r.persen_tidak_tercapai),
        },
    ];
    if r.tanpa_capaian > 0 {
        sebaran.push(BarisSebaran {
            no: "4".into(),
            uraian: "Tak Terdefinisi".into(),
            jumlah: r.tanpa_capaian.to_string(),
            persentase: "-".into(),
        });
    }
    Ok(BagianCapaian {
        judul: "B. Capaian Indikator Kinerja Utama".into(),
        urutan: cx.urutan(cx.report.doc.akuntabilitas.capaian_iku.as_deref(), &[], &blocks)?,
        tabel_capaian,
        grafik_capaian: GrafikCapaian {
            judul: format!("Capaian Indikator Kinerja Tahun {tahun}"),
            alt,
            garis_100: fraksi(Decimal::from(100), axis).unwrap_or_default(),
            sumbu: ticks(axis, &grid, |t| format!("{} %", angka(t))),
            batang,
        },
        tahun_banding: banding.iter().map(|y| y.to_string()).collect(),
        tabel_banding,
        grafik_tren,
        tahun_akhir_renstra: cx.report.doc.perencanaan.renstra.akhir.to_string(),
        tabel_akhir,
        sebaran,
        catatan_sebaran: format!(
            "Persentase dihitung dari {} indikator yang capaiannya dapat diukur.",
            r.melebihi.saturating_add(r.tercapai).saturating_add(r.tidak_tercapai)
        ),
        catatan_capaian: super::ukur::catatan(cx),
        judul_selisih: super::ukur::dengan_selisih(cx).then(|| format!("Selisih {tahun}–{}", tahun.saturating_sub(1))),
        triwulan: super::ukur::triwulan(cx),
    })
}

fn analisis(cx: &Cx, n: usize, id: &str) -> crate::present::Result<AnalisisSasaran> {
    let Some(Entity::Sasaran(t, si)) = cx.report.entity(id) else { unreachable!("computed sasaran exist") };
    let sas = cx.report.sasaran(t, si);
    let h =
        cx.c.sasaran
            .iter()
            .find(|s| s.id == id)
            .ok_or_else(|| crate::messages::present::PresentFault::NotComputed { sasaran: id.to_owned() })?;
    let input = cx.report.doc.akuntabilitas.analisis_sasaran.iter().find(|a| a.sasaran == id);
    let baris = sas
        .indikator
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let r = cx.hasil(&i.id);
            BarisAnalisis {
                no: k.saturating_add(1).to_string(),
                indikator: i.nama.clone(),
                satuan: i.satuan.clone(),
                target: super::ukur::target(cx, i),
                realisasi: super::ukur::realisasi(cx, i),
                capaian: cx.pct(r.capaian),
                target_akhir: nilai_i(i, r.target_akhir),
                capaian_akhir: cx.pct(r.capaian_akhir),
                kategori: r.kategori.clone().unwrap_or_else(|| "-".into()),
            }
        })
        .collect();
    // the linked activities and sub-activities, grouped by their program in program order
    let mut by_program: Vec<(usize, Vec<Baris>)> = Vec::new();
    for kid in &h.kegiatan {
        let (p, row) = match cx.report.entity(kid) {
            Some(Entity::Kegiatan(p, k)) => (p, Baris::Kegiatan(k)),
            Some(Entity::SubKegiatan(p, k, s)) => (p, Baris::Sub(k, s)),
            _ => continue,
        };
        match by_program.iter_mut().find(|(q, _)| *q == p) {
            Some((_, ks)) => ks.push(row),
            None => by_program.push((p, vec![row])),
        }
    }
    by_program.sort_by_key(|(p, _)| *p);
    let program_outcome = by_program
        .iter()
        .filter(|(p, _)| !cx.report.program(*p).outcome.is_empty())
        .enumerate()
        .map(|(m, (p, _))| {
            let prog = cx.report.program(*p);
            ProgramOutcome {
                penanda: format!("{})", m.saturating_add(1)),
                nama: prog.nama.clone(),
                indikator: prog
                    .outcome
                    .iter()
                    .enumerate()
                    .map(|(j, o)| BarisOutcome {
                        no: j.saturating_add(1).to_string(),
                        uraian: o.nama.clone(),
                        satuan: o.satuan.clone(),
                        target: angka(o.target.value()),
                        realisasi: nilai(o.realisasi.map(|n| n.value())),
                    })
                    .collect(),
            }
        })
        .collect();
    let kegiatan = by_program
        .iter()
        .enumerate()
        .map(|(m, (p, rows))| ProgramKegiatan {
            no: format!("{}.", m.saturating_add(1)),
            program: berkode(&cx.report.program(*p).kode, &cx.report.program(*p).nama),
            kegiatan: rows.iter().flat_map(|row| kegiatan_rows(cx, *p, *row)).collect(),
        })
        .collect();
    let efisiensi_program = h
        .per_program
        .iter()
        .map(|a| {
            let Some(Entity::Program(p)) = cx.report.entity(&a.program) else {
                unreachable!("computed from the report")
            };
            EfisiensiProgram {
                nama: cx.report.program(p).nama.clone(),
                pagu: angka(a.pagu),
                realisasi: angka(a.realisasi),
                serapan: cx.pct(a.serapan),
            }
        })
        .collect();
    let list = |items: &[String]| -> crate::present::Result<Narasi> {
        // no items: no list (and no label over nothing); one item: a paragraph, no marker
        if items.is_empty() {
            return Ok(Vec::new());
        }
        if items.len() == 1 {
            return cx.narasi(&items[0]);
        }
        Ok(vec![daftar(
            items
                .iter()
                .enumerate()
                .map(|(k, t)| Ok((format!("{})", k.saturating_add(1)), cx.narasi(t)?)))
                .collect::<crate::present::Result<Vec<_>>>()?,
        )])
    };
    let empty = Vec::new();
    let (pendukung, penghambat, rekomendasi, foto) = input.map_or((&empty, &empty, &empty, Vec::new()), |a| {
        (
            &a.faktor_pendukung,
            &a.faktor_penghambat,
            &a.rekomendasi,
            a.foto
                .iter()
                .map(|f| Foto {
                    gambar: Gambar {
                        berkas: f.berkas.clone(),
                        alt: f.keterangan.clone(),
                        lebar_mm: crate::render::data::LEBAR_FOTO_MM,
                    },
                    keterangan: f.keterangan.clone(),
                })
                .collect(),
        )
    });
    let ef = &cx.report.doc.akuntabilitas.efisiensi;
    let metode = match ef.metode {
        MetodeEfisiensi::Rasio => "(rata-rata capaian ÷ serapan − 1) × 100".to_owned(),
        MetodeEfisiensi::Selisih => "rata-rata capaian − serapan".to_owned(),
        MetodeEfisiensi::Eka => format!(
            "{} % + {} × E, E = Σ(1 − (RA/PA) ÷ (RV/TV)) / n = {} atas {} kegiatan",
            angka(ef.dasar.map_or(Decimal::from(50), |n| n.value())),
            angka(ef.pengali.map_or(Decimal::new(25, 1), |n| n.value())),
            cx.pct_sign(h.efisiensi_eka),
            super::ukur::eka_rows(cx, &h.kegiatan).len()
        ),
    };
    Ok(AnalisisSasaran {
        label: format!("Sasaran {}", n.saturating_add(1)),
        uraian: sas.uraian.clone(),
        analisis: baris,
        narasi: input.map_or(Ok(Vec::new()), |a| cx.narasi(&a.uraian))?,
        program: program_outcome,
        kegiatan,
        faktor_pendukung: list(pendukung)?,
        faktor_penghambat: list(penghambat)?,
        efisiensi: Efisiensi {
            indikator: sas.indikator.iter().map(|i| baris_capaian(cx, i)).collect(),
            program: efisiensi_program,
            rata_rata_capaian: cx.pct(h.capaian),
            jumlah_pagu: angka(h.pagu),
            jumlah_realisasi: angka(h.realisasi),
            serapan: cx.pct(h.serapan),
            tingkat_efisiensi: cx.pct_sign(h.efisiensi),
            metode,
            eka: super::ukur::eka_rows(cx, &h.kegiatan),
        },
        rekomendasi: list(rekomendasi)?,
        foto,
    })
}

fn keuangan(cx: &Cx) -> crate::present::Result<BagianKeuangan> {
    let k = &cx.c.keuangan;
    let row = |no: &str, uraian: &str, a: &crate::compute::report::AnggaranHasil| BarisKeuangan {
        no: no.into(),
        uraian: uraian.into(),
        pagu: angka(a.pagu),
        realisasi: angka(a.realisasi),
        // with the serapan's category when the data has a scale for it
        persentase: match &a.kategori_serapan {
            Some(k) => format!("{} ({k})", cx.pct(a.serapan)),
            None => cx.pct(a.serapan),
        },
    };
    let rp = crate::format::rupiah;
    let uraian = cx.report.doc.akuntabilitas.keuangan.uraian.as_deref();
    let mut urutan = cx.urutan(uraian, &[], &[Blk::gambar("tabel keuangan")])?;
    // the generated summary only when the planner wrote none (it would say it twice)
    if uraian.is_none() {
        urutan.push(Isi::Narasi { blok: vec![para(format!(
            "Realisasi belanja operasi sebesar {} dari pagu {} ({}), belanja modal sebesar {} dari pagu {} ({}), sedangkan pendapatan terealisasi {} dari target {} ({}).",
            rp(k.belanja_operasi.realisasi),
            rp(k.belanja_operasi.pagu),
            cx.pct_sign(k.belanja_operasi.serapan),
            rp(k.belanja_modal.realisasi),
            rp(k.belanja_modal.pagu),
            cx.pct_sign(k.belanja_modal.serapan),
            rp(k.pendapatan.realisasi),
            rp(k.pendapatan.pagu),
            cx.pct_sign(k.pendapatan.serapan),
        ))] });
    }
    Ok(BagianKeuangan {
        judul: "D. Akuntabilitas Keuangan".into(),
        urutan,
        baris: vec![
            row("1.", "Pendapatan", &k.pendapatan),
            row("2.", "Belanja Operasi", &k.belanja_operasi),
            row("3.", "Belanja Modal", &k.belanja_modal),
        ],
        jumlah: Some(row("", "Jumlah Belanja", &k.belanja)),
        triwulan: super::ukur::triwulan_anggaran(cx),
    })
}

/// A row of the kegiatan table as linked by an analysis.
#[derive(Debug, Clone, Copy)]
enum Baris {
    Kegiatan(usize),
    Sub(usize, usize),
}

/// "2.17.02 Program …": the name after its code, when the data has one.
pub fn berkode(kode: &Option<String>, nama: &str) -> String {
    match kode {
        Some(k) => format!("{k} {nama}"),
        None => nama.to_owned(),
    }
}

/// A linked kegiatan (and its sub kegiatan under it), or a linked sub kegiatan under the name
/// of its kegiatan (no figures: only the sub kegiatan serves the sasaran).
fn kegiatan_rows(cx: &Cx, p: usize, row: Baris) -> Vec<Kegiatan> {
    let menunjang = |m: bool| if m { "Menunjang" } else { "Kurang Menunjang" }.to_owned();
    let sub_row = |k: usize, s: usize| {
        let sk = cx.report.sub_kegiatan(p, k, s);
        let d = cx.report.dana_sub(p, k, s);
        Kegiatan {
            uraian: berkode(&sk.kode, &sk.nama),
            pagu: angka(d.pagu),
            realisasi: angka(d.realisasi),
            serapan: cx.pct(cx.c.program[p].kegiatan[k].sub_kegiatan[s].serapan),
            output: sk.output.clone(),
            keterangan: menunjang(sk.menunjang),
            sub: true,
        }
    };
    match row {
        Baris::Kegiatan(k) => {
            let keg = cx.report.kegiatan(p, k);
            let d = cx.report.dana_kegiatan(p, k);
            let mut rows = vec![Kegiatan {
                uraian: berkode(&keg.kode, &keg.nama),
                pagu: angka(d.pagu),
                realisasi: angka(d.realisasi),
                serapan: cx.pct(cx.c.program[p].kegiatan[k].serapan),
                output: keg.output.clone(),
                keterangan: menunjang(keg.menunjang),
                sub: false,
            }];
            rows.extend((0..keg.sub_kegiatan.len()).map(|s| sub_row(k, s)));
            rows
        }
        Baris::Sub(k, s) => {
            let keg = cx.report.kegiatan(p, k);
            let head = Kegiatan {
                uraian: berkode(&keg.kode, &keg.nama),
                pagu: String::new(),
                realisasi: String::new(),
                serapan: String::new(),
                output: Vec::new(),
                keterangan: String::new(),
                sub: false,
            };
            vec![head, sub_row(k, s)]
        }
    }
}

/// Whether the planner's text of BAB III.C places Tabel 3.4 (`{{tabel sebaran}}`).
fn sebaran_di_analisis(cx: &Cx) -> bool {
    cx.report
        .doc
        .akuntabilitas
        .analisis_pengantar
        .as_deref()
        .is_some_and(|t| crate::narrative::block_placeholders(t).iter().any(|(n, _)| n == "tabel sebaran"))
}
