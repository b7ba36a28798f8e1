//! Every derived figure of a report, computed from a checked [`Report`].
//!
//! Percentages are carried as [`Persen`]: the exact value and the value as shown (rounded
//! once, half away from zero, to the document's precision). Judgements (status, category)
//! use the value as shown, so they always agree with the printed figure.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use super::formula::{self, Exact, Rule, Tren};
use crate::diag::{Problem, Severity};
use crate::input::msg::{InputMsg, OverflowOf};
use crate::input::types::{MetodeEfisiensi, Tahun};
use crate::messages::Msg;
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
    /// Its sub kegiatan, in file order (none: the key is left out).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sub_kegiatan: Vec<SubKegiatanHasil>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubKegiatanHasil {
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

/// The figures too large to compute, as problems naming their fields.
#[derive(Default)]
struct Overflows(Vec<Problem>);

impl Overflows {
    /// The figure, or `None` (and a problem at `path`) when it overflowed.
    fn keep(&mut self, v: Exact, path: impl FnOnce() -> String, what: OverflowOf) -> Option<Decimal> {
        v.unwrap_or_else(|formula::Overflow| {
            self.0.push(Problem::said(Severity::Error, path(), Msg::Input(InputMsg::Overflow { what })));
            None
        })
    }
    fn sum(
        &mut self,
        v: impl IntoIterator<Item = Decimal>,
        path: impl FnOnce() -> String,
        what: OverflowOf,
    ) -> Decimal {
        self.keep(formula::sum(v).map(Some), path, what).unwrap_or_default()
    }
}

/// Compute every figure. Pure. `Err`: the figures that overflow, named by field (numbers
/// near the largest a [`Decimal`] holds).
pub fn compute(report: &Report) -> Result<Computed, Vec<Problem>> {
    let mut over = Overflows::default();
    let dp = report.dp;
    let tahun = report.tahun();
    let pct = |d: Option<Decimal>| d.map(|d| Persen::new(d, dp));
    let akhir_year = report.doc.perencanaan.renstra.akhir;

    let mut indikator = Vec::new();
    for at in &report.indikator {
        let ind = report.indikator_at(at);
        let rule = Rule { polaritas: ind.polaritas, metode_negatif: ind.metode_negatif, target_nol: ind.target_nol };
        let val = |m: &BTreeMap<Tahun, crate::number::Num>, y: Tahun| m.get(&y).map(|n| n.value());
        let (target, realisasi) = (val(&ind.target, tahun), val(&ind.realisasi, tahun));
        // `y`: the year whose realisasi is judged; `None` for the end-of-Renstra target
        let mut cap = |t: Option<Decimal>, r: Option<Decimal>, y: Option<Tahun>| {
            let (t, r) = t.zip(r)?;
            let path = || match y {
                Some(y) => format!("{}.realisasi.{y}", at.path),
                None => format!("{}.target_akhir", at.path),
            };
            over.keep(formula::capaian(rule, t, r), path, OverflowOf::Capaian)
        };
        let capaian = pct(cap(target, realisasi, Some(tahun)));
        let target_akhir = ind.target_akhir.map(|n| n.value()).or(val(&ind.target, akhir_year));
        let capaian_akhir = pct(cap(target_akhir, realisasi, None));
        let realisasi_lalu = tahun.checked_sub(1).and_then(|y| val(&ind.realisasi, y));
        let years: std::collections::BTreeSet<Tahun> = ind.target.keys().chain(ind.realisasi.keys()).copied().collect();
        let seri = years
            .into_iter()
            .map(|y| {
                let (t, r) = (val(&ind.target, y), val(&ind.realisasi, y));
                (y, Tahunan { target: t, realisasi: r, capaian: pct(cap(t, r, Some(y))) })
            })
            .collect();
        let tujuan = report.tujuan(at.tujuan);
        indikator.push(IndikatorHasil {
            id: ind.id.clone(),
            tujuan: tujuan.id.clone(),
            sasaran: at.sasaran.and_then(|s| tujuan.sasaran.get(s)).map(|s| s.id.clone()),
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

    let mut program: Vec<ProgramHasil> = Vec::new();
    for (pi, p) in report.doc.program.iter().enumerate() {
        let at = format!("program[{pi}]");
        let ang = &report.anggaran[pi];
        let sum = over.sum(
            ang.kegiatan.iter().map(|k| k.dana.realisasi),
            || format!("{at}.kegiatan"),
            OverflowOf::SumRealisasi,
        );
        let realisasi = p.realisasi.map(|n| n.value()).or(p.kegiatan_lengkap.then_some(sum));
        let serapan = match realisasi {
            Some(r) => over.keep(formula::serapan(ang.pagu, r), || format!("{at}.realisasi"), OverflowOf::Serapan),
            None => None,
        };
        let mut kegiatan = Vec::new();
        for (ki, (k, ak)) in p.kegiatan.iter().zip(&ang.kegiatan).enumerate() {
            let s = formula::serapan(ak.dana.pagu, ak.dana.realisasi);
            let s = over.keep(s, || format!("{at}.kegiatan[{ki}].realisasi"), OverflowOf::Serapan);
            let mut sub_kegiatan = Vec::new();
            for (si, (sk, d)) in k.sub_kegiatan.iter().zip(&ak.sub).enumerate() {
                let s = formula::serapan(d.pagu, d.realisasi);
                let path = || format!("{at}.kegiatan[{ki}].sub_kegiatan[{si}].realisasi");
                sub_kegiatan.push(SubKegiatanHasil {
                    id: sk.id.clone(),
                    serapan: pct(over.keep(s, path, OverflowOf::Serapan)),
                });
            }
            kegiatan.push(KegiatanHasil { id: k.id.clone(), serapan: pct(s), sub_kegiatan });
        }
        let mut outcome = Vec::new();
        for (oi, o) in p.outcome.iter().enumerate() {
            let rule =
                Rule { polaritas: o.polaritas, metode_negatif: Default::default(), target_nol: Default::default() };
            let c = match o.realisasi {
                Some(r) => over.keep(
                    formula::capaian(rule, o.target.value(), r.value()),
                    || format!("{at}.outcome[{oi}].realisasi"),
                    OverflowOf::Capaian,
                ),
                None => None,
            };
            outcome.push(pct(c));
        }
        program.push(ProgramHasil {
            id: p.id.clone(),
            pagu: ang.pagu,
            realisasi,
            serapan: pct(serapan),
            kegiatan,
            outcome,
        });
    }

    let efisiensi = &report.doc.akuntabilitas.efisiensi;
    let mut sasaran = Vec::new();
    for (ti, tujuan) in report.doc.perencanaan.tujuan.iter().enumerate() {
        for (si, sas) in tujuan.sasaran.iter().enumerate() {
            let at = format!("perencanaan.tujuan[{ti}].sasaran[{si}]");
            let own: Vec<&IndikatorHasil> =
                indikator.iter().filter(|i| i.sasaran.as_deref() == Some(&sas.id)).collect();
            let avg = formula::average(own.iter().map(|i| i.capaian.map(|c| c.persis)));
            let avg = over.keep(avg, || format!("{at}.indikator"), OverflowOf::Average);
            let analysis = report.doc.akuntabilitas.analisis_sasaran.iter().position(|a| a.sasaran == sas.id);
            let budget_at = || match analysis {
                Some(a) => format!("akuntabilitas.analisis_sasaran[{a}].kegiatan"),
                None => at.clone(),
            };
            let kegiatan: Vec<String> = report
                .doc
                .akuntabilitas
                .analisis_sasaran
                .iter()
                .filter(|a| a.sasaran == sas.id)
                .flat_map(|a| a.kegiatan.clone())
                .collect();
            let mut linked: Vec<(usize, Decimal, Decimal)> = Vec::new();
            for id in &kegiatan {
                let (p, d) = match report.entity(id) {
                    Some(Entity::Kegiatan(p, k)) => (p, report.dana_kegiatan(p, k)),
                    Some(Entity::SubKegiatan(p, k, s)) => (p, report.dana_sub(p, k, s)),
                    _ => continue,
                };
                linked.push((p, d.pagu, d.realisasi));
            }
            let pagu = over.sum(linked.iter().map(|l| l.1), budget_at, OverflowOf::SumPagu);
            let realisasi = over.sum(linked.iter().map(|l| l.2), budget_at, OverflowOf::SumRealisasi);
            let programs: std::collections::BTreeSet<usize> = linked.iter().map(|l| l.0).collect();
            let mut per_program = Vec::new();
            for p in programs {
                let of = || linked.iter().filter(move |l| l.0 == p);
                // each part is at most the whole, whose sums did not overflow
                let pagu = over.sum(of().map(|l| l.1), budget_at, OverflowOf::SumPagu);
                let realisasi = over.sum(of().map(|l| l.2), budget_at, OverflowOf::SumRealisasi);
                let serapan = over.keep(formula::serapan(pagu, realisasi), budget_at, OverflowOf::Serapan);
                per_program.push(AnggaranProgramHasil {
                    program: report.program(p).id.clone(),
                    pagu,
                    realisasi,
                    serapan: pct(serapan),
                });
            }
            let serapan = over.keep(formula::serapan(pagu, realisasi), budget_at, OverflowOf::Serapan);
            let eff = match avg.zip(serapan) {
                Some((c, s)) => over.keep(formula::efisiensi(efisiensi.metode, c, s), budget_at, OverflowOf::Efisiensi),
                None => None,
            };
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
                    MetodeEfisiensi::Selisih => pct(eff).map(|e| e.nilai >= crate::number::negated(pita)),
                    MetodeEfisiensi::Rasio => None,
                },
            });
        }
    }

    let k = &report.doc.akuntabilitas.keuangan;
    let keu = "akuntabilitas.keuangan";
    let anggaran = |over: &mut Overflows, pagu: Decimal, realisasi: Decimal, path: String| {
        let serapan = over.keep(formula::serapan(pagu, realisasi), || path, OverflowOf::Serapan);
        AnggaranHasil { pagu, realisasi, serapan: pct(serapan) }
    };
    let field = |name: &str| format!("{keu}.{name}.realisasi");
    let pendapatan =
        anggaran(&mut over, k.pendapatan.pagu.value(), k.pendapatan.realisasi.value(), field("pendapatan"));
    let belanja_operasi = anggaran(
        &mut over,
        k.belanja_operasi.pagu.value(),
        k.belanja_operasi.realisasi.value(),
        field("belanja_operasi"),
    );
    let belanja_modal =
        anggaran(&mut over, k.belanja_modal.pagu.value(), k.belanja_modal.realisasi.value(), field("belanja_modal"));
    let belanja_pagu = over.sum([belanja_operasi.pagu, belanja_modal.pagu], || keu.to_owned(), OverflowOf::SumPagu);
    let belanja_realisasi =
        over.sum([belanja_operasi.realisasi, belanja_modal.realisasi], || keu.to_owned(), OverflowOf::SumRealisasi);
    let belanja = anggaran(&mut over, belanja_pagu, belanja_realisasi, keu.to_owned());
    let pk_programs =
        report.doc.perencanaan.perjanjian_kinerja.program.iter().filter_map(|id| match report.entity(id) {
            Some(Entity::Program(p)) => Some(report.pagu_program(p)),
            _ => None,
        });
    let pagu_pk = over.sum(pk_programs, || "perencanaan.perjanjian_kinerja.program".to_owned(), OverflowOf::SumPagu);
    let keuangan = KeuanganHasil {
        pendapatan,
        belanja_operasi,
        belanja_modal,
        selaras: pagu_pk == belanja.pagu,
        belanja,
        pagu_pk,
    };

    let count = |label: &str| indikator.iter().filter(|i| i.status.as_deref() == Some(label)).count();
    let labels: Vec<&str> = report.status.bands.iter().map(|b| b.label.as_str()).collect();
    // status bands run low → high: the first is "below", the last "above", the middle "met";
    // each count is at most the number of indicators, so these sums cannot overflow
    let (tidak_tercapai, tercapai, melebihi) = match labels.as_slice() {
        [lo, mid @ .., hi] => (count(lo), mid.iter().map(|m| count(m)).fold(0, usize::saturating_add), count(hi)),
        [only] => (0, count(only), 0),
        [] => (0, 0, 0),
    };
    let judged = tidak_tercapai.saturating_add(tercapai).saturating_add(melebihi);
    let share = |n: usize| {
        let part = Decimal::from(n).checked_mul(Decimal::ONE_HUNDRED)?.checked_div(Decimal::from(judged))?;
        Some(Persen::new(part, dp))
    };
    let overall = formula::average(sasaran.iter().map(|s| s.capaian.map(|c| c.persis)));
    // the average of averages is at most the largest of them, none of which overflowed
    let overall = over.keep(overall, || "perencanaan.tujuan".to_owned(), OverflowOf::Average);
    let ringkasan = Ringkasan {
        jumlah_tujuan: report.doc.perencanaan.tujuan.len(),
        jumlah_sasaran: sasaran.len(),
        jumlah_indikator: indikator.len(),
        melebihi,
        tercapai,
        tidak_tercapai,
        tanpa_capaian: indikator.len().saturating_sub(judged),
        persen_melebihi: share(melebihi),
        persen_tercapai: share(tercapai),
        persen_tidak_tercapai: share(tidak_tercapai),
        capaian: pct(overall),
        kategori: pct(overall).and_then(|c| report.kategori.classify(c.nilai)).map(str::to_owned),
        serapan: keuangan.belanja.serapan,
    };

    if !over.0.is_empty() {
        return Err(over.0);
    }
    Ok(Computed { tahun, desimal: dp, indikator, sasaran, program, keuangan, ringkasan })
}
