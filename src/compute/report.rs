//! Every derived figure of a report, computed from a checked [`Report`].
//!
//! Percentages are carried as [`Persen`]: the exact value and the value as shown (rounded
//! once, half away from zero, to the document's precision). Judgements (status, category)
//! use the value as shown, so they always agree with the printed figure.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use super::formula::{self, Rule, Tren};
use crate::input::types::{MetodeEfisiensi, Tahun};
use crate::model::{Entity, Report};

/// A computed percentage: exact and as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Persen {
    pub nilai: Decimal,
    pub persis: Decimal,
}

impl Persen {
    pub fn new(exact: Decimal, dp: u32) -> Persen {
        let mut nilai = formula::round(exact, dp);
        nilai.rescale(dp);
        Persen { nilai, persis: exact }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Computed {
    pub tahun: Tahun,
    pub desimal: u32,
    pub indikator: Vec<IndikatorHasil>,
    pub sasaran: Vec<SasaranHasil>,
    pub program: Vec<ProgramHasil>,
    pub keuangan: KeuanganHasil,
    pub ringkasan: Ringkasan,
}

#[derive(Debug, Clone, Serialize)]
pub struct Tahunan {
    pub target: Option<Decimal>,
    pub realisasi: Option<Decimal>,
    pub capaian: Option<Persen>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndikatorHasil {
    pub id: String,
    pub tujuan: String,
    pub sasaran: Option<String>,
    pub target: Option<Decimal>,
    pub realisasi: Option<Decimal>,
    /// `None`: undefined (target 0) or no realisasi yet.
    pub capaian: Option<Persen>,
    pub status: Option<String>,
    pub kategori: Option<String>,
    pub target_akhir: Option<Decimal>,
    pub capaian_akhir: Option<Persen>,
    pub status_akhir: Option<String>,
    pub realisasi_lalu: Option<Decimal>,
    pub tren: Option<Tren>,
    pub seri: BTreeMap<Tahun, Tahunan>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SasaranHasil {
    pub id: String,
    pub tujuan: String,
    pub jumlah_indikator: usize,
    /// Average capaian of its indicators (those defined).
    pub capaian: Option<Persen>,
    pub kategori: Option<String>,
    /// The activities that serve it (from its analysis).
    pub kegiatan: Vec<String>,
    pub pagu: Decimal,
    pub realisasi: Decimal,
    pub serapan: Option<Persen>,
    /// The same budget split by program (programs in file order), for the efficiency table.
    pub per_program: Vec<AnggaranProgramHasil>,
    pub efisiensi: Option<Persen>,
    /// For the `selisih` method: capaian − serapan is at least −pita (within the band or better).
    pub efisien: Option<bool>,
}

/// The part of a program's budget that serves one sasaran (its linked activities).
#[derive(Debug, Clone, Serialize)]
pub struct AnggaranProgramHasil {
    pub program: String,
    pub pagu: Decimal,
    pub realisasi: Decimal,
    pub serapan: Option<Persen>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProgramHasil {
    pub id: String,
    pub pagu: Decimal,
    /// Given, or the sum of its activities when all are listed.
    pub realisasi: Option<Decimal>,
    pub serapan: Option<Persen>,
    pub kegiatan: Vec<KegiatanHasil>,
    pub outcome: Vec<Option<Persen>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KegiatanHasil {
    pub id: String,
    pub serapan: Option<Persen>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnggaranHasil {
    pub pagu: Decimal,
    pub realisasi: Decimal,
    pub serapan: Option<Persen>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KeuanganHasil {
    pub pendapatan: AnggaranHasil,
    pub belanja_operasi: AnggaranHasil,
    pub belanja_modal: AnggaranHasil,
    /// Belanja operasi + modal.
    pub belanja: AnggaranHasil,
    /// Sum of the Perjanjian Kinerja's program budgets.
    pub pagu_pk: Decimal,
    /// Whether `pagu_pk` equals the belanja pagu.
    pub selaras: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Ringkasan {
    pub jumlah_tujuan: usize,
    pub jumlah_sasaran: usize,
    pub jumlah_indikator: usize,
    pub melebihi: usize,
    pub tercapai: usize,
    pub tidak_tercapai: usize,
    /// Indicators whose capaian is undefined or not yet known.
    pub tanpa_capaian: usize,
    /// Shares of all judged indicators.
    pub persen_melebihi: Option<Persen>,
    pub persen_tercapai: Option<Persen>,
    pub persen_tidak_tercapai: Option<Persen>,
    /// Average of the sasaran averages.
    pub capaian: Option<Persen>,
    pub kategori: Option<String>,
    pub serapan: Option<Persen>,
}

/// Compute every figure. Pure.
pub fn compute(report: &Report) -> Computed {
    let dp = report.dp;
    let tahun = report.tahun();
    let pct = |d: Option<Decimal>| d.map(|d| Persen::new(d, dp));
    let akhir_year = report.doc.perencanaan.renstra.akhir;

    let mut indikator = Vec::new();
    for r in &report.indikator {
        let ind = report.indikator_at(r);
        let rule = Rule { polaritas: ind.polaritas, metode_negatif: ind.metode_negatif, target_nol: ind.target_nol };
        let val = |m: &BTreeMap<Tahun, crate::number::Num>, y: Tahun| m.get(&y).map(|n| n.value());
        let (target, realisasi) = (val(&ind.target, tahun), val(&ind.realisasi, tahun));
        let cap = |t: Option<Decimal>, r: Option<Decimal>| formula::capaian(rule, t?, r?);
        let capaian = pct(cap(target, realisasi));
        let target_akhir = ind.target_akhir.map(|n| n.value()).or(val(&ind.target, akhir_year));
        let capaian_akhir = pct(cap(target_akhir, realisasi));
        let realisasi_lalu = val(&ind.realisasi, tahun - 1);
        let years: std::collections::BTreeSet<Tahun> = ind.target.keys().chain(ind.realisasi.keys()).copied().collect();
        let seri = years
            .into_iter()
            .map(|y| {
                let (t, r) = (val(&ind.target, y), val(&ind.realisasi, y));
                (y, Tahunan { target: t, realisasi: r, capaian: pct(cap(t, r)) })
            })
            .collect();
        let tujuan = report.tujuan(r.tujuan);
        indikator.push(IndikatorHasil {
            id: ind.id.clone(),
            tujuan: tujuan.id.clone(),
            sasaran: r.sasaran.map(|s| tujuan.sasaran[s].id.clone()),
            target,
            realisasi,
            status: capaian.and_then(|c| report.status.classify(c.nilai)).map(str::to_owned),
            kategori: capaian.and_then(|c| report.kategori.classify(c.nilai)).map(str::to_owned),
            capaian,
            target_akhir,
            status_akhir: capaian_akhir.and_then(|c| report.status.classify(c.nilai)).map(str::to_owned),
            capaian_akhir,
            tren: realisasi_lalu.zip(realisasi).map(|(l, k)| formula::tren(ind.polaritas, l, k)),
            realisasi_lalu,
            seri,
        });
    }

    let program: Vec<ProgramHasil> = report
        .doc
        .program
        .iter()
        .map(|p| {
            let sum: Decimal = p.kegiatan.iter().map(|k| k.realisasi.value()).sum();
            let realisasi = p.realisasi.map(|n| n.value()).or(p.kegiatan_lengkap.then_some(sum));
            ProgramHasil {
                id: p.id.clone(),
                pagu: p.pagu.value(),
                realisasi,
                serapan: pct(realisasi.and_then(|r| formula::serapan(p.pagu.value(), r))),
                kegiatan: p
                    .kegiatan
                    .iter()
                    .map(|k| KegiatanHasil {
                        id: k.id.clone(),
                        serapan: pct(formula::serapan(k.pagu.value(), k.realisasi.value())),
                    })
                    .collect(),
                outcome: p
                    .outcome
                    .iter()
                    .map(|o| {
                        let rule = Rule {
                            polaritas: o.polaritas,
                            metode_negatif: Default::default(),
                            target_nol: Default::default(),
                        };
                        pct(o.realisasi.and_then(|r| formula::capaian(rule, o.target.value(), r.value())))
                    })
                    .collect(),
            }
        })
        .collect();

    let efisiensi = &report.doc.akuntabilitas.efisiensi;
    let mut sasaran = Vec::new();
    for tujuan in &report.doc.perencanaan.tujuan {
        for sas in &tujuan.sasaran {
            let own: Vec<&IndikatorHasil> =
                indikator.iter().filter(|i| i.sasaran.as_deref() == Some(&sas.id)).collect();
            let avg = formula::average(own.iter().map(|i| i.capaian.map(|c| c.persis)));
            let kegiatan: Vec<String> = report
                .doc
                .akuntabilitas
                .analisis_sasaran
                .iter()
                .filter(|a| a.sasaran == sas.id)
                .flat_map(|a| a.kegiatan.clone())
                .collect();
            let (mut pagu, mut realisasi) = (Decimal::ZERO, Decimal::ZERO);
            let mut by_program: std::collections::BTreeMap<usize, (Decimal, Decimal)> = Default::default();
            for id in &kegiatan {
                if let Some(Entity::Kegiatan(p, k)) = report.entity(id) {
                    let (kp, kr) = (report.kegiatan(p, k).pagu.value(), report.kegiatan(p, k).realisasi.value());
                    pagu += kp;
                    realisasi += kr;
                    let e = by_program.entry(p).or_default();
                    e.0 += kp;
                    e.1 += kr;
                }
            }
            let per_program = by_program
                .into_iter()
                .map(|(p, (pagu, realisasi))| AnggaranProgramHasil {
                    program: report.program(p).id.clone(),
                    pagu,
                    realisasi,
                    serapan: pct(formula::serapan(pagu, realisasi)),
                })
                .collect();
            let serapan = formula::serapan(pagu, realisasi);
            let eff = avg.zip(serapan).and_then(|(c, s)| formula::efisiensi(efisiensi.metode, c, s));
            let pita = efisiensi.pita.map(|n| n.value()).unwrap_or(Decimal::from(5));
            sasaran.push(SasaranHasil {
                id: sas.id.clone(),
                tujuan: tujuan.id.clone(),
                jumlah_indikator: own.len(),
                capaian: pct(avg),
                kategori: pct(avg).and_then(|c| report.kategori.classify(c.nilai)).map(str::to_owned),
                kegiatan,
                pagu,
                realisasi,
                serapan: pct(serapan),
                per_program,
                efisiensi: pct(eff),
                efisien: match efisiensi.metode {
                    MetodeEfisiensi::Selisih => pct(eff).map(|e| e.nilai >= -pita),
                    MetodeEfisiensi::Rasio => None,
                },
            });
        }
    }

    let k = &report.doc.akuntabilitas.keuangan;
    let anggaran = |pagu: Decimal, realisasi: Decimal| AnggaranHasil {
        pagu,
        realisasi,
        serapan: pct(formula::serapan(pagu, realisasi)),
    };
    let belanja = anggaran(
        k.belanja_operasi.pagu.value() + k.belanja_modal.pagu.value(),
        k.belanja_operasi.realisasi.value() + k.belanja_modal.realisasi.value(),
    );
    let pagu_pk: Decimal = report
        .doc
        .perencanaan
        .perjanjian_kinerja
        .program
        .iter()
        .filter_map(|id| match report.entity(id) {
            Some(Entity::Program(p)) => Some(report.program(p).pagu.value()),
            _ => None,
        })
        .sum();
    let keuangan = KeuanganHasil {
        pendapatan: anggaran(k.pendapatan.pagu.value(), k.pendapatan.realisasi.value()),
        belanja_operasi: anggaran(k.belanja_operasi.pagu.value(), k.belanja_operasi.realisasi.value()),
        belanja_modal: anggaran(k.belanja_modal.pagu.value(), k.belanja_modal.realisasi.value()),
        selaras: pagu_pk == belanja.pagu,
        belanja,
        pagu_pk,
    };

    let count = |label: &str| indikator.iter().filter(|i| i.status.as_deref() == Some(label)).count();
    let labels: Vec<&str> = report.status.bands.iter().map(|b| b.label.as_str()).collect();
    // status bands run low → high: the first is "below", the last "above", the middle "met"
    let (tidak_tercapai, tercapai, melebihi) = match labels.as_slice() {
        [lo, mid @ .., hi] => (count(lo), mid.iter().map(|m| count(m)).sum(), count(hi)),
        [only] => (0, count(only), 0),
        [] => (0, 0, 0),
    };
    let judged = tidak_tercapai + tercapai + melebihi;
    let share = |n: usize| (judged > 0).then(|| Persen::new(Decimal::from(n * 100) / Decimal::from(judged), dp));
    let overall = formula::average(sasaran.iter().map(|s| s.capaian.map(|c| c.persis)));
    let ringkasan = Ringkasan {
        jumlah_tujuan: report.doc.perencanaan.tujuan.len(),
        jumlah_sasaran: sasaran.len(),
        jumlah_indikator: indikator.len(),
        melebihi,
        tercapai,
        tidak_tercapai,
        tanpa_capaian: indikator.len() - judged,
        persen_melebihi: share(melebihi),
        persen_tercapai: share(tercapai),
        persen_tidak_tercapai: share(tidak_tercapai),
        capaian: pct(overall),
        kategori: pct(overall).and_then(|c| report.kategori.classify(c.nilai)).map(str::to_owned),
        serapan: keuangan.belanja.serapan,
    };

    Computed { tahun, desimal: dp, indikator, sasaran, program, keuangan, ringkasan }
}
