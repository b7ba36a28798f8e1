//! Plausibility: the warnings a reviewer would raise on figures that add up but look wrong
//! (serapan below 10 %, a capaian above 300 %, a realisasi ten times the previous year's, one
//! kegiatan's pagu above its program's). Warnings only: the report still builds.

use rust_decimal::Decimal;

use super::IndikatorRef;
use super::anggaran::AnggaranProgram;
use crate::diag::{Problem, Severity};
use crate::formula::{self, Rule};
use crate::input::types::Lkjip;
use crate::messages::Msg;
use crate::messages::anggaran::{AnggaranMsg, Tingkat};
use crate::number::Num;

/// Below this serapan (%) a realisasi is probably incomplete.
pub const SERAPAN_MIN: u32 = 10;
/// Above this capaian (%) a target or realisasi is probably mistyped.
pub const CAPAIAN_MAKS: u32 = 300;
/// A realisasi this many times the previous year's (or a this-th of it) is probably a unit slip.
pub const FAKTOR_MAKS: u32 = 10;

fn warn(problems: &mut Vec<Problem>, path: String, m: AnggaranMsg) {
    problems.push(Problem::said(Severity::Warning, path, Msg::Anggaran(m)));
}

/// A percentage as the document shows it (rounded once to its decimals): judged as printed.
fn shown(p: Decimal, dp: u32) -> Decimal {
    let mut r = crate::number::round(p, dp);
    r.rescale(dp);
    r
}

/// The serapan as shown, when it is below [`SERAPAN_MIN`].
fn low(pagu: Decimal, realisasi: Decimal, dp: u32) -> Option<Decimal> {
    let s = shown(formula::serapan(pagu, realisasi).ok().flatten()?, dp);
    (s < Decimal::from(SERAPAN_MIN)).then_some(s)
}

/// Every plausibility warning of a file (its budgets already checked for sign and sums).
pub(super) fn check(
    doc: &Lkjip,
    anggaran: &[AnggaranProgram],
    indikator: &[IndikatorRef],
    problems: &mut Vec<Problem>,
) {
    let dp = doc.dokumen.desimal.unwrap_or(2).min(6);
    for ((p, prog), ang) in doc.program.iter().enumerate().zip(anggaran) {
        let at = format!("program[{p}]");
        let sum = formula::sum(ang.kegiatan.iter().map(|k| k.dana.realisasi)).ok();
        let realisasi = prog.realisasi.map(Num::value).or(sum.filter(|_| prog.kegiatan_lengkap));
        let serapan_rendah =
            |what, name: &str, s| AnggaranMsg::SerapanRendah { what, name: name.to_owned(), serapan: s };
        if let Some(s) = realisasi.and_then(|r| low(ang.pagu, r, dp)) {
            warn(problems, format!("{at}.realisasi"), serapan_rendah(Tingkat::Program, &prog.id, s));
        }
        for (k, (keg, ak)) in prog.kegiatan.iter().zip(&ang.kegiatan).enumerate() {
            let kat = format!("{at}.kegiatan[{k}]");
            if let Some(s) = low(ak.dana.pagu, ak.dana.realisasi, dp) {
                warn(problems, format!("{kat}.realisasi"), serapan_rendah(Tingkat::Kegiatan, &keg.id, s));
            }
            for (j, (sk, d)) in keg.sub_kegiatan.iter().zip(&ak.sub).enumerate() {
                if let Some(s) = low(d.pagu, d.realisasi, dp) {
                    let path = format!("{kat}.sub_kegiatan[{j}].realisasi");
                    warn(problems, path, serapan_rendah(Tingkat::SubKegiatan, &sk.id, s));
                }
            }
            if prog.pagu.is_some() && ak.dana.pagu > ang.pagu {
                warn(
                    problems,
                    format!("{kat}.pagu"),
                    AnggaranMsg::AnakMelebihiInduk {
                        child: Tingkat::Kegiatan,
                        name: keg.id.clone(),
                        pagu: ak.dana.pagu.to_string(),
                        parent: Tingkat::Program,
                        parent_pagu: ang.pagu.to_string(),
                    },
                );
            }
        }
    }
    let k = &doc.akuntabilitas.keuangan;
    for (name, a) in [("belanja_operasi", &k.belanja_operasi), ("belanja_modal", &k.belanja_modal)] {
        if let Some(s) = low(a.pagu.value(), a.realisasi.value(), dp) {
            warn(
                problems,
                format!("akuntabilitas.keuangan.{name}.realisasi"),
                AnggaranMsg::SerapanRendah { what: Tingkat::Belanja, name: name.replace('_', " "), serapan: s },
            );
        }
    }
    for ir in indikator {
        let t = &doc.perencanaan.tujuan[ir.tujuan];
        let ind = match ir.sasaran {
            Some(s) => &t.sasaran[s].indikator[ir.index],
            None => &t.indikator[ir.index],
        };
        let rule = Rule { polaritas: ind.polaritas, metode_negatif: ind.metode_negatif, target_nol: ind.target_nol };
        for (year, r) in &ind.realisasi {
            let path = format!("{}.realisasi.{year}", ir.path);
            if let Some(t) = ind.target.get(year)
                && let Ok(Some(c)) = formula::capaian(rule, t.value(), r.value())
                && shown(c, dp) > Decimal::from(CAPAIAN_MAKS)
            {
                warn(problems, path.clone(), AnggaranMsg::CapaianTinggi { year: *year, capaian: shown(c, dp) });
            }
            // a new measurement scale (`skala_berubah`) is meant to jump: not a unit slip
            let lalu = year
                .checked_sub(1)
                .filter(|y| crate::formula::ukur::sebanding(ind, *y, *year))
                .and_then(|y| ind.realisasi.get(&y));
            if let Some(lalu) = lalu
                && jumps(lalu.value(), r.value())
            {
                warn(
                    problems,
                    path,
                    AnggaranMsg::LonjakanRealisasi { year: *year, value: r.to_string(), lalu: lalu.to_string() },
                );
            }
        }
    }
    for (p, prog) in doc.program.iter().enumerate() {
        for (o, out) in prog.outcome.iter().enumerate() {
            let rule =
                Rule { polaritas: out.polaritas, metode_negatif: Default::default(), target_nol: Default::default() };
            if let Some(r) = out.realisasi
                && let Ok(Some(c)) = formula::capaian(rule, out.target.value(), r.value())
                && shown(c, dp) > Decimal::from(CAPAIAN_MAKS)
            {
                let year = doc.dokumen.tahun;
                warn(
                    problems,
                    format!("program[{p}].outcome[{o}].realisasi"),
                    AnggaranMsg::CapaianTinggi { year, capaian: shown(c, dp) },
                );
            }
        }
    }
}

/// Whether two values of one sign differ by more than [`FAKTOR_MAKS`] times (0 and a change of
/// sign have no factor).
fn jumps(a: Decimal, b: Decimal) -> bool {
    if a.is_zero() || b.is_zero() || a.is_sign_negative() != b.is_sign_negative() {
        return false;
    }
    let (lo, hi) = if a.abs() < b.abs() { (a.abs(), b.abs()) } else { (b.abs(), a.abs()) };
    lo.checked_mul(Decimal::from(FAKTOR_MAKS)).is_some_and(|m| hi > m)
}
