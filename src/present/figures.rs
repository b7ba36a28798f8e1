//! Typed figures written the Indonesian way: the one place a placeholder's value becomes
//! text, and where the findings of the narrative check become messages with figures in them.

use crate::compute::candidates::Calon;
use crate::compute::figures::Figure;
use crate::compute::narratives::{self, Finding, Temuan};
use crate::compute::report::Computed;
use crate::diag::{Problem, Severity};
use crate::format::{angka, persen, rupiah};
use crate::messages::Msg;
use crate::model::Report;

/// The text printed for a figure; percentages with `dp` decimals (`71,18 %`).
pub fn text(f: &Figure, dp: u32) -> String {
    match f {
        Figure::Persen(p) => persen(p.nilai, dp),
        Figure::Rupiah(d) => rupiah(*d),
        Figure::Angka(d) => angka(*d),
        Figure::Teks(s) => s.clone(),
        Figure::Jumlah(n) => n.to_string(),
        Figure::Tahun(y) => y.to_string(),
    }
}

/// A candidate figure as the report prints it, with the unit of a raw value (`42,9 %`).
fn shown(c: &Calon, dp: u32) -> String {
    match (&c.figure, &c.satuan) {
        (Figure::Angka(d), Some(satuan)) => super::text::dengan_satuan(Some(*d), satuan),
        (f, _) => text(f, dp),
    }
}

/// Every problem of the report's texts: placeholders that do not resolve (errors), typed
/// figures that are wrong (warnings), right ones a placeholder would keep right (notes),
/// and capaian printed across 100 % (warnings).
pub fn check(report: &Report, c: &Computed) -> Vec<Problem> {
    let checked = narratives::check(report, c);
    let mut out = checked.problems;
    out.extend(checked.findings.iter().map(|f| problem(f, c)));
    out
}

/// In narrative, the hint to write a placeholder.
fn placeholder_hint(p: Problem, placeholders: bool) -> Problem {
    if placeholders { p.with_hint_said(Msg::UsePlaceholder) } else { p }
}

/// One finding, said.
pub fn problem(f: &Finding, c: &Computed) -> Problem {
    let dp = c.desimal;
    let year = |calon: &Calon| (calon.tahun != c.tahun).then_some(calon.tahun);
    match &f.what {
        Temuan::Wrong { typed, calon, placeholders } => Problem::said(
            Severity::Warning,
            &f.path,
            Msg::TypedFigureWrong {
                typed: typed.clone(),
                jenis: calon.jenis.word().to_owned(),
                owner: calon.owner.clone(),
                tahun: year(calon),
                right: shown(calon, dp),
                key: calon.key.clone().filter(|_| *placeholders),
            },
        ),
        Temuan::Right { typed, calon } => Problem::said(
            Severity::Note,
            &f.path,
            Msg::TypedFigureRight {
                typed: typed.clone(),
                jenis: calon.jenis.word().to_owned(),
                owner: calon.owner.clone(),
                tahun: year(calon),
            },
        )
        .with_hint_said(Msg::WritePlaceholder { key: calon.key.clone().unwrap_or_default() }),
        Temuan::WrongAmong { typed, owner, calon, placeholders } => placeholder_hint(
            Problem::said(
                Severity::Warning,
                &f.path,
                Msg::TypedFigureAmong {
                    typed: typed.clone(),
                    owner: owner.clone(),
                    list: calon
                        .iter()
                        .map(|x| format!("{} {}", x.jenis.word(), shown(x, dp)))
                        .collect::<Vec<_>>()
                        .join(", "),
                },
            ),
            *placeholders,
        ),
        Temuan::WrongKind { typed, jenis, placeholders } => placeholder_hint(
            Problem::said(
                Severity::Warning,
                &f.path,
                Msg::TypedFigureNoKind { typed: typed.clone(), jenis: jenis.word().to_owned() },
            ),
            *placeholders,
        ),
        Temuan::NoContext { typed } => {
            Problem::said(Severity::Warning, &f.path, Msg::TypedFigure { typed: typed.clone() })
                .with_hint_said(Msg::UsePlaceholder)
        }
        Temuan::Edge { id, target, realisasi, capaian, status, dp: more } => Problem::said(
            Severity::Warning,
            &f.path,
            Msg::CapaianOnTheEdge {
                id: id.clone(),
                realisasi: angka(*realisasi),
                target: angka(*target),
                exact: persen(capaian.persis, more.unwrap_or(6)),
                below: capaian.persis < rust_decimal::Decimal::ONE_HUNDRED,
                shown: persen(capaian.nilai, dp),
                status: status.clone(),
            },
        )
        .with_hint_said(Msg::MoreDecimals { dp: *more }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::report::Persen;

    fn d(s: &str) -> rust_decimal::Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn every_kind_of_figure_is_written_the_indonesian_way() {
        assert_eq!(text(&Figure::Persen(Persen::new(d("71.179674796"), 2)), 2), "71,18 %");
        assert_eq!(text(&Figure::Persen(Persen::new(d("-22.755"), 2)), 2), "-22,76 %");
        assert_eq!(text(&Figure::Rupiah(d("12644738000")), 2), "Rp 12.644.738.000");
        assert_eq!(text(&Figure::Angka(d("5.00")), 2), "5,00");
        assert_eq!(text(&Figure::Angka(d("14000")), 2), "14.000");
        assert_eq!(text(&Figure::Teks("Tercapai".into()), 2), "Tercapai");
        assert_eq!(text(&Figure::Jumlah(12), 2), "12");
        assert_eq!(text(&Figure::Tahun(2021), 2), "2021");
    }
}

#[cfg(test)]
mod reference_tests;
