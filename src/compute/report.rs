//! Every derived figure of a report, computed from a checked [`Report`].
//!
//! Percentages are carried as [`Persen`]: the exact value and the value as shown (rounded
//! once, half away from zero, to the document's precision). Judgements (status, category)
//! use the value as shown, so they always agree with the printed figure.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::diag::{Problem, Severity};
use crate::formula::ukur::{self, Sisi};
use crate::formula::{self, Exact, Rule, Tren};
use crate::input::types::{MetodeEfisiensi, Tahun};
use crate::messages::Msg;
use crate::messages::input::{InputMsg, OverflowOf};
use crate::model::{Entity, Report};

/// A computed percentage: exact and as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Persen {
    pub nilai: Decimal,
    pub persis: Decimal,
}

impl Persen {
    pub fn new(exact: Decimal, dp: u32) -> Persen {
        let mut nilai = crate::number::round(exact, dp);
        nilai.rescale(dp);
        Persen { nilai, persis: exact }
    }
}

fn is_true(b: &bool) -> bool {
    *b
}
fn is_false(b: &bool) -> bool {
    !*b
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
    /// Against the previous year; `None` also when the two are not comparable.
    pub tren: Option<Tren>,
    /// Realisasi minus the previous year's (exact), when both exist and are comparable.
    pub selisih_lalu: Option<Decimal>,
    /// False when the measurement scale changed since the previous year (`skala_berubah`).
    #[serde(skip_serializing_if = "is_true")]
    pub sebanding: bool,
    /// The report year has no target of its own: `capaian` is against the end-of-Renstra target.
    #[serde(skip_serializing_if = "is_false")]
    pub tanpa_target: bool,
    pub seri: BTreeMap<Tahun, Tahunan>,
    /// The report year's quarters (triwulan I–IV), when given.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub triwulan: Vec<Tahunan>,
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
    /// For the `eka` method: E, the mean of the kegiatan's 1 − (RA/PA) ÷ (RV/TV), in %.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub efisiensi_eka: Option<Persen>,
    /// The serapan's category (`skala.serapan`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kategori_serapan: Option<String>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kategori_serapan: Option<String>,
    pub kegiatan: Vec<KegiatanHasil>,
    pub outcome: Vec<Option<Persen>>,
    /// Cumulative serapan at the end of each quarter given (`triwulan.realisasi`), against the pagu.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub serapan_triwulan: Vec<Option<Persen>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KegiatanHasil {
    pub id: String,
    pub serapan: Option<Persen>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kategori_serapan: Option<String>,
    /// RV ÷ TV × 100 of its output's volume.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capaian_volume: Option<Persen>,
    /// Its EKA item (1 − (RA/PA) ÷ (RV/TV)) × 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eka: Option<Persen>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kategori_serapan: Option<String>,
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
    fn keep_nilai(
        &mut self,
        v: Result<Option<ukur::Nilai>, formula::Overflow>,
        path: impl FnOnce() -> String,
    ) -> Option<ukur::Nilai> {
        v.unwrap_or_else(|formula::Overflow| {
            let what = OverflowOf::Nilai;
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
    let kat_serapan = |p: Option<Persen>| report.serapan.as_ref()?.label(p.map(|p| p.nilai)).map(str::to_owned);
    let akhir_year = report.doc.perencanaan.renstra.akhir;

    let mut indikator = Vec::new();
    for at in &report.indikator {
        let ind = report.indikator_at(at);
        let rule = Rule { polaritas: ind.polaritas, metode_negatif: ind.metode_negatif, target_nol: ind.target_nol };
        // each year's value however given (written, a ratio, four quarters): exact, and as shown
        let mut val = |sisi: Sisi, y: Tahun| -> Option<ukur::Nilai> {
            let side = match sisi {
                Sisi::Target => "target",
                Sisi::Realisasi => "realisasi",
            };
            over.keep_nilai(ukur::nilai(ind, sisi, y), || format!("{}.{side}.{y}", at.path))
        };
        let years = ukur::tahun(ind);
        let series: BTreeMap<Tahun, (Option<ukur::Nilai>, Option<ukur::Nilai>)> =
            years.iter().map(|y| (*y, (val(Sisi::Target, *y), val(Sisi::Realisasi, *y)))).collect();
        let at_year = |y: Tahun| series.get(&y).copied().unwrap_or((None, None));
        let (target, realisasi) = at_year(tahun);
        // `y`: the year whose realisasi is judged; `None` for the end-of-Renstra target
        let mut cap = |t: Option<Decimal>, r: Option<Decimal>, y: Option<Tahun>| {
            let (t, r) = t.zip(r)?;
            let path = || match y {
                Some(y) => format!("{}.realisasi.{y}", at.path),
                None => format!("{}.target_akhir", at.path),
            };
            over.keep(formula::capaian(rule, t, r), path, OverflowOf::Capaian)
        };
        let persis = |v: Option<ukur::Nilai>| v.map(|v| v.persis);
        let shown = |v: Option<ukur::Nilai>| v.map(|v| v.tampil(dp));
        let target_akhir = ind.target_akhir.map(|n| n.value()).or(persis(at_year(akhir_year).0));
        let capaian_akhir = pct(cap(target_akhir, persis(realisasi), None));
        // a year without a target of its own is judged against the end-of-Renstra target only
        let tanpa_target = target.is_none() && ind.tanpa_target.contains(&tahun);
        let capaian =
            if tanpa_target { capaian_akhir } else { pct(cap(persis(target), persis(realisasi), Some(tahun))) };
        let lalu = tahun.checked_sub(1).map(|y| (y, at_year(y).1));
        let realisasi_lalu = lalu.and_then(|(_, r)| r);
        let sebanding = lalu.is_none_or(|(y, _)| ukur::sebanding(ind, y, tahun));
        let pair = persis(realisasi_lalu).zip(persis(realisasi)).filter(|_| sebanding);
        let seri = series
            .iter()
            .map(|(y, (t, r))| {
                let c = pct(cap(persis(*t), persis(*r), Some(*y)));
                (*y, Tahunan { target: shown(*t), realisasi: shown(*r), capaian: c })
            })
            .collect();
        let triwulan = match ind.triwulan.get(&tahun) {
            Some(q) => (0..q.target.len().max(q.realisasi.len()))
                .map(|n| {
                    let (t, r) = (q.target.get(n).map(|v| v.value()), q.realisasi.get(n).map(|v| v.value()));
                    Tahunan { target: t, realisasi: r, capaian: pct(cap(t, r, Some(tahun))) }
                })
                .collect(),
            None => Vec::new(),
        };
        // the difference of the values as printed (a ratio's rounded value), so the table adds up
        let shown_pair = shown(realisasi_lalu).zip(shown(realisasi)).filter(|_| sebanding);
        let selisih_lalu = match shown_pair {
            Some((l, k)) => {
                over.keep(k.checked_sub(l).ok_or(formula::Overflow).map(Some), || at.path.clone(), OverflowOf::Selisih)
            }
            None => None,
        };
        let tujuan = report.tujuan(at.tujuan);
        indikator.push(IndikatorHasil {
            id: ind.id.clone(),
            tujuan: tujuan.id.clone(),
            sasaran: at.sasaran.and_then(|s| tujuan.sasaran.get(s)).map(|s| s.id.clone()),
            target: shown(target),
            realisasi: shown(realisasi),
            status: report.status.label(capaian.map(|c| c.nilai)).map(str::to_owned),
            kategori: report.kategori.label(capaian.map(|c| c.nilai)).map(str::to_owned),
            capaian,
            tanpa_target,
            target_akhir,
            status_akhir: report.status.label(capaian_akhir.map(|c| c.nilai)).map(str::to_owned),
            capaian_akhir,
            tren: pair.map(|(l, k)| formula::tren(ind.polaritas, l, k)),
            sebanding,
            selisih_lalu,
            realisasi_lalu: shown(realisasi_lalu),
            seri,
            triwulan,
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
            let v = k.volume.as_ref().map(|v| formula::serapan(v.target.value(), v.realisasi.value()));
            let v = v.and_then(|v| over.keep(v, || format!("{at}.kegiatan[{ki}].volume"), OverflowOf::Capaian));
            let item = k.volume.as_ref().map(|vol| {
                formula::eka_item(ak.dana.pagu, ak.dana.realisasi, vol.target.value(), vol.realisasi.value())
                    .and_then(|e| e.map(|e| e.checked_mul(Decimal::ONE_HUNDRED).ok_or(formula::Overflow)).transpose())
            });
            let item = item.and_then(|e| over.keep(e, || format!("{at}.kegiatan[{ki}].volume"), OverflowOf::Efisiensi));
            kegiatan.push(KegiatanHasil {
                id: k.id.clone(),
                serapan: pct(s),
                kategori_serapan: kat_serapan(pct(s)),
                capaian_volume: pct(v),
                eka: pct(item),
                sub_kegiatan,
            });
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
        let mut serapan_triwulan = Vec::new();
        let mut kumulatif = Some(Decimal::ZERO);
        for (qi, q) in p.triwulan.iter().flat_map(|t| &t.realisasi).enumerate() {
            let path = || format!("{at}.triwulan.realisasi[{qi}]");
            kumulatif = kumulatif.and_then(|k| {
                over.keep(k.checked_add(q.value()).ok_or(formula::Overflow).map(Some), path, OverflowOf::SumRealisasi)
            });
            let s = kumulatif.and_then(|k| over.keep(formula::serapan(ang.pagu, k), path, OverflowOf::Serapan));
            serapan_triwulan.push(pct(s));
        }
        program.push(ProgramHasil {
            id: p.id.clone(),
            pagu: ang.pagu,
            realisasi,
            serapan: pct(serapan),
            kategori_serapan: kat_serapan(pct(serapan)),
            kegiatan,
            outcome,
            serapan_triwulan,
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
            let mut eka_items = Vec::new();
            for id in &kegiatan {
                let (p, d) = match report.entity(id) {
                    Some(Entity::Kegiatan(p, k)) => (p, report.dana_kegiatan(p, k)),
                    Some(Entity::SubKegiatan(p, k, s)) => (p, report.dana_sub(p, k, s)),
                    _ => continue,
                };
                linked.push((p, d.pagu, d.realisasi));
                if let Some(Entity::Kegiatan(pi, ki)) = report.entity(id)
                    && let Some(v) = &report.kegiatan(pi, ki).volume
                {
                    let item = formula::eka_item(d.pagu, d.realisasi, v.target.value(), v.realisasi.value());
                    eka_items.push(over.keep(item, budget_at, OverflowOf::Efisiensi));
                }
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
            let (eka_e, eff) = match (efisiensi.metode, avg.zip(serapan)) {
                (MetodeEfisiensi::Eka, _) => {
                    let dasar = efisiensi.dasar.map_or(Decimal::from(50), |n| n.value());
                    let pengali = efisiensi.pengali.map_or(Decimal::new(25, 1), |n| n.value());
                    formula::eka(eka_items, dasar, pengali).unwrap_or_else(|formula::Overflow| {
                        over.keep(Err(formula::Overflow), budget_at, OverflowOf::Efisiensi);
                        (None, None)
                    })
                }
                (m, Some((c, s))) => (None, over.keep(formula::efisiensi(m, c, s), budget_at, OverflowOf::Efisiensi)),
                (_, None) => (None, None),
            };
            let pita = efisiensi.pita.map(|n| n.value()).unwrap_or(Decimal::from(5));
            sasaran.push(SasaranHasil {
                id: sas.id.clone(),
                tujuan: tujuan.id.clone(),
                jumlah_indikator: own.len(),
                capaian: pct(avg),
                kategori: report.kategori.label(pct(avg).map(|c| c.nilai)).map(str::to_owned),
                kegiatan,
                pagu,
                realisasi,
                serapan: pct(serapan),
                per_program,
                efisiensi: pct(eff),
                efisiensi_eka: pct(eka_e),
                kategori_serapan: kat_serapan(pct(serapan)),
                efisien: match efisiensi.metode {
                    MetodeEfisiensi::Selisih => pct(eff).map(|e| e.nilai >= crate::number::negated(pita)),
                    MetodeEfisiensi::Rasio | MetodeEfisiensi::Eka => None,
                },
            });
        }
    }

    let k = &report.doc.akuntabilitas.keuangan;
    let keu = "akuntabilitas.keuangan";
    let anggaran = |over: &mut Overflows, pagu: Decimal, realisasi: Decimal, path: String| {
        let serapan = over.keep(formula::serapan(pagu, realisasi), || path, OverflowOf::Serapan);
        AnggaranHasil { pagu, realisasi, serapan: pct(serapan), kategori_serapan: kat_serapan(pct(serapan)) }
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
