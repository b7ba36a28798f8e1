//! The budget tree of a report: program → kegiatan → sub kegiatan, each level's pagu and
//! realisasi checked against the sum of its children, or derived from them when not written.
//!
//! The result, [`AnggaranProgram`] per program, is what every later stage reads: a figure is
//! written once, at the level the agency keeps it, and the levels above are its sums.

use rust_decimal::Decimal;

use super::checks::{money, over, sum};
use crate::diag::{Problem, Severity};
use crate::input::types::Lkjip;
use crate::messages::Msg;
use crate::messages::anggaran::{AnggaranMsg, Tingkat};
use crate::messages::input::OverflowOf;

/// A pagu with its realisasi.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dana {
    pub pagu: Decimal,
    pub realisasi: Decimal,
}

#[derive(Debug, Clone, Default)]
pub struct AnggaranKegiatan {
    /// Written, or the sum of its sub kegiatan.
    pub dana: Dana,
    /// Of each sub kegiatan, in file order.
    pub sub: Vec<Dana>,
}

#[derive(Debug, Clone, Default)]
pub struct AnggaranProgram {
    /// Written, or the sum of its kegiatan (all listed).
    pub pagu: Decimal,
    pub kegiatan: Vec<AnggaranKegiatan>,
}

fn said(problems: &mut Vec<Problem>, severity: Severity, path: String, m: AnggaranMsg) {
    problems.push(Problem::said(severity, path, Msg::Anggaran(m)));
}

/// A level's own figure against the sum of its children: the sum when not written; an error
/// naming both when they differ.
#[allow(clippy::too_many_arguments, reason = "one call per level and field, each argument named")]
fn level(
    given: Option<Decimal>,
    children: Option<Decimal>,
    what: Tingkat,
    name: &str,
    field: &'static str,
    child: Tingkat,
    path: String,
    problems: &mut Vec<Problem>,
) -> Decimal {
    match (given, children) {
        (Some(g), Some(s)) if g != s => {
            let m = AnggaranMsg::JumlahBerbeda {
                what,
                name: name.to_owned(),
                field,
                given: g.to_string(),
                sum: s.to_string(),
                child,
            };
            said(problems, Severity::Error, path, m);
            g
        }
        (Some(g), _) => g,
        (None, Some(s)) => s,
        (None, None) => {
            let m = AnggaranMsg::TanpaAnggaran { what, name: name.to_owned(), field, child };
            said(problems, Severity::Error, path, m);
            Decimal::ZERO
        }
    }
}

/// Check every level of every program and resolve the figures not written.
pub(super) fn check(doc: &Lkjip, problems: &mut Vec<Problem>) -> Vec<AnggaranProgram> {
    let mut out = Vec::new();
    for (p, program) in doc.program.iter().enumerate() {
        let at = format!("program[{p}]");
        let mut kegiatan = Vec::new();
        for (k, keg) in program.kegiatan.iter().enumerate() {
            let kat = format!("{at}.kegiatan[{k}]");
            let mut sub = Vec::new();
            for (s, sk) in keg.sub_kegiatan.iter().enumerate() {
                let sat = format!("{kat}.sub_kegiatan[{s}]");
                money(format!("{sat}.pagu"), sk.pagu.value(), problems);
                money(format!("{sat}.realisasi"), sk.realisasi.value(), problems);
                over(format!("{sat}.realisasi"), sk.pagu.value(), sk.realisasi.value(), problems);
                sub.push(Dana { pagu: sk.pagu.value(), realisasi: sk.realisasi.value() });
            }
            let (sum_pagu, sum_real) = if sub.is_empty() {
                (None, None)
            } else {
                let path = format!("{kat}.sub_kegiatan");
                (
                    sum(sub.iter().map(|d| d.pagu), &path, OverflowOf::SumPagu, problems),
                    sum(sub.iter().map(|d| d.realisasi), &path, OverflowOf::SumRealisasi, problems),
                )
            };
            let given = |n: Option<crate::number::Num>| n.map(|n| n.value());
            let (kg, sk) = (Tingkat::Kegiatan, Tingkat::SubKegiatan);
            let pagu = level(given(keg.pagu), sum_pagu, kg, &keg.id, "pagu", sk, format!("{kat}.pagu"), problems);
            let realisasi = level(
                given(keg.realisasi),
                sum_real,
                kg,
                &keg.id,
                "realisasi",
                sk,
                format!("{kat}.realisasi"),
                problems,
            );
            if keg.pagu.is_some() {
                money(format!("{kat}.pagu"), pagu, problems);
            }
            if keg.realisasi.is_some() {
                money(format!("{kat}.realisasi"), realisasi, problems);
                over(format!("{kat}.realisasi"), pagu, realisasi, problems);
            }
            for (s, (d, sk)) in sub.iter().zip(&keg.sub_kegiatan).enumerate() {
                if keg.pagu.is_some() && d.pagu > pagu {
                    let m = AnggaranMsg::AnakMelebihiInduk {
                        child: Tingkat::SubKegiatan,
                        name: sk.id.clone(),
                        pagu: d.pagu.to_string(),
                        parent: Tingkat::Kegiatan,
                        parent_pagu: pagu.to_string(),
                    };
                    said(problems, Severity::Warning, format!("{kat}.sub_kegiatan[{s}].pagu"), m);
                }
            }
            kegiatan.push(AnggaranKegiatan { dana: Dana { pagu, realisasi }, sub });
        }
        let path = format!("{at}.kegiatan");
        let pagu_sum = sum(kegiatan.iter().map(|k| k.dana.pagu), &path, OverflowOf::SumPagu, problems);
        let real_sum = sum(kegiatan.iter().map(|k| k.dana.realisasi), &path, OverflowOf::SumRealisasi, problems);
        let derivable = pagu_sum.filter(|_| program.kegiatan_lengkap && !program.kegiatan.is_empty());
        let pagu = match program.pagu {
            Some(n) => n.value(),
            None => level(
                None,
                derivable,
                Tingkat::Program,
                &program.id,
                "pagu",
                Tingkat::Kegiatan,
                format!("{at}.pagu"),
                problems,
            ),
        };
        if program.pagu.is_some() {
            money(format!("{at}.pagu"), pagu, problems);
        }
        if let (Some(pagu_sum), Some(real_sum)) = (pagu_sum, real_sum) {
            if let Some(r) = program.realisasi {
                money(format!("{at}.realisasi"), r.value(), problems);
                over(format!("{at}.realisasi"), pagu, r.value(), problems);
                if r.value() < real_sum {
                    problems.push(Problem::said(
                        Severity::Error,
                        format!("{at}.realisasi"),
                        Msg::BelowActivities { realisasi: r.to_string(), sum: real_sum.to_string() },
                    ));
                }
            }
            if pagu_sum > pagu {
                problems.push(Problem::said(
                    Severity::Error,
                    format!("{at}.kegiatan"),
                    Msg::ActivitiesAbovePagu { sum: pagu_sum.to_string(), pagu: pagu.to_string() },
                ));
            } else if program.kegiatan_lengkap && pagu_sum != pagu {
                problems.push(
                    Problem::said(
                        Severity::Error,
                        format!("{at}.pagu"),
                        Msg::ActivitiesNotPagu { sum: pagu_sum.to_string(), pagu: pagu.to_string() },
                    )
                    .with_hint_said(Msg::MarkIncomplete),
                );
            }
        }
        if program.kegiatan_lengkap && program.realisasi.is_some() {
            problems.push(Problem::said(Severity::Error, format!("{at}.realisasi"), Msg::ProgramRealisasiDerived));
        }
        out.push(AnggaranProgram { pagu, kegiatan });
    }
    out
}
