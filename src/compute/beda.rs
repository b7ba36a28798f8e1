//! The computed consequences of a change in the data: two computed reports (an older and a
//! newer revision) in, the indicators whose capaian or status changed and the budgets (program,
//! kegiatan, sub kegiatan) whose pagu or realisasi changed, with their serapan, out. Pure, typed:
//! matched by id, values as computed (capaian and serapan as shown); the words are the
//! catalogue's (`messages::beda`).

use rust_decimal::Decimal;

use super::report::{Computed, Persen};
use crate::messages::beda::{Beda, Pair, Tingkat};
use crate::model::{Dana, Report};

/// One side of the comparison: a checked report and its figures.
pub type Side<'a> = (&'a Report, &'a Computed);

fn shown(p: &Option<Persen>) -> Option<Decimal> {
    p.map(|p| p.nilai)
}

/// Every computed figure that differs between `old` and `new`: indicators in the newer's order
/// (then those only the older has), then the budget tree the same way.
pub fn beda(old: Side, new: Side) -> Vec<Beda> {
    let mut out = indikator(old, new);
    out.extend(anggaran(old, new));
    out
}

/// An indicator's figures on one side: name, IKU, capaian as shown, status.
struct Ind {
    nama: String,
    iku: bool,
    capaian: Option<Decimal>,
    status: Option<String>,
}

fn ind_of((report, computed): Side, id: &str) -> Option<Ind> {
    let i = report.indikator_index(id)?;
    let (at, hasil) = (report.indikator.get(i)?, computed.indikator.get(i)?);
    let ind = report.indikator_at(at);
    Some(Ind { nama: ind.nama.clone(), iku: ind.iku, capaian: shown(&hasil.capaian), status: hasil.status.clone() })
}

/// The ids of both sides, the newer's first (in its order), then those only the older has.
fn ids<'a>(new: impl Iterator<Item = &'a str>, old: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut all: Vec<&str> = new.collect();
    for id in old {
        if !all.contains(&id) {
            all.push(id);
        }
    }
    all
}

fn indikator(old: Side, new: Side) -> Vec<Beda> {
    let all = ids(new.1.indikator.iter().map(|i| i.id.as_str()), old.1.indikator.iter().map(|i| i.id.as_str()));
    let mut out = Vec::new();
    for id in all {
        let (a, b) = (ind_of(old, id), ind_of(new, id));
        let capaian = Pair { old: a.as_ref().and_then(|a| a.capaian), new: b.as_ref().and_then(|b| b.capaian) };
        let status =
            Pair { old: a.as_ref().and_then(|a| a.status.clone()), new: b.as_ref().and_then(|b| b.status.clone()) };
        if !capaian.changed() && !status.changed() {
            continue;
        }
        let Some(named) = b.as_ref().or(a.as_ref()) else { continue };
        out.push(Beda::Indikator {
            id: id.to_owned(),
            nama: named.nama.clone(),
            iku: named.iku,
            capaian,
            status,
            desimal: new.0.dp,
        });
    }
    out
}

/// A budget on one side: its name, pagu, realisasi and serapan as shown.
#[derive(Clone)]
struct Ang {
    tingkat: Tingkat,
    id: String,
    nama: String,
    pagu: Option<Decimal>,
    realisasi: Option<Decimal>,
    serapan: Option<Decimal>,
}

/// Every budget of one side, in tree order (program, its kegiatan, their sub kegiatan).
fn budgets((report, computed): Side) -> Vec<Ang> {
    let mut out = Vec::new();
    for (pi, (p, ph)) in report.doc.program.iter().zip(&computed.program).enumerate() {
        let (pagu, realisasi) = (Some(ph.pagu), ph.realisasi);
        let serapan = shown(&ph.serapan);
        out.push(Ang { tingkat: Tingkat::Program, id: p.id.clone(), nama: p.nama.clone(), pagu, realisasi, serapan });
        for (ki, (k, kh)) in p.kegiatan.iter().zip(&ph.kegiatan).enumerate() {
            let Dana { pagu, realisasi } = report.dana_kegiatan(pi, ki);
            out.push(Ang {
                tingkat: Tingkat::Kegiatan,
                id: k.id.clone(),
                nama: k.nama.clone(),
                pagu: Some(pagu),
                realisasi: Some(realisasi),
                serapan: shown(&kh.serapan),
            });
            for (si, (s, sh)) in k.sub_kegiatan.iter().zip(&kh.sub_kegiatan).enumerate() {
                let Dana { pagu, realisasi } = report.dana_sub(pi, ki, si);
                out.push(Ang {
                    tingkat: Tingkat::SubKegiatan,
                    id: s.id.clone(),
                    nama: s.nama.clone(),
                    pagu: Some(pagu),
                    realisasi: Some(realisasi),
                    serapan: shown(&sh.serapan),
                });
            }
        }
    }
    out
}

fn anggaran(old: Side, new: Side) -> Vec<Beda> {
    let (a, b) = (budgets(old), budgets(new));
    let key = |x: &Ang| (x.tingkat, x.id.clone());
    let find = |list: &[Ang], k: &(Tingkat, String)| list.iter().find(|x| key(x) == *k).cloned();
    let mut keys: Vec<(Tingkat, String)> = b.iter().map(key).collect();
    for k in a.iter().map(key) {
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    let mut out = Vec::new();
    for k in keys {
        let (x, y) = (find(&a, &k), find(&b, &k));
        let pagu = Pair { old: x.as_ref().and_then(|x| x.pagu), new: y.as_ref().and_then(|y| y.pagu) };
        let realisasi = Pair { old: x.as_ref().and_then(|x| x.realisasi), new: y.as_ref().and_then(|y| y.realisasi) };
        if !pagu.changed() && !realisasi.changed() {
            continue;
        }
        let serapan = Pair { old: x.as_ref().and_then(|x| x.serapan), new: y.as_ref().and_then(|y| y.serapan) };
        let Some(named) = y.or(x) else { continue };
        out.push(Beda::Serapan {
            tingkat: named.tingkat,
            id: named.id,
            nama: named.nama,
            pagu,
            realisasi,
            serapan,
            desimal: new.0.dp,
        });
    }
    out
}
