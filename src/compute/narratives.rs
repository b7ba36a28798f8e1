//! Checks of the report's texts against its figures: placeholders must resolve, and every
//! percentage or amount typed by hand is compared with the figure its sentence is about.
//!
//! The sentence names whose figure it is (an indicator, sasaran, program or kegiatan, by
//! id, name, acronym or a placeholder of it), what kind (capaian, realisasi, target,
//! serapan, efisiensi, pagu) and the year (the report year unless another is named). A
//! typed figure must equal that figure rounded to the decimals typed. When the sentence
//! names neither whose nor what kind, the figure is compared with every figure of the
//! report (and every number of the file), and the warning says so. Findings are typed;
//! `present::figures` says them.

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::candidates::{self, Calon, Jenis};
use super::context::{Context, Names, Reading};
use super::figures::figure;
use super::report::{Computed, Persen};
use super::typed::{self, Typed};
use crate::diag::{Problem, Severity};
use crate::messages::Msg;
use crate::model::{Report, walk};
use crate::narrative;
use crate::number::round;

/// What was found about one typed figure, or one indicator on the edge of its target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub path: String,
    pub what: Temuan,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Temuan {
    /// A typed figure equal to the figure it stands for, which a placeholder prints.
    Right { typed: String, calon: Calon },
    /// A typed figure that differs from the figure its sentence is about.
    Wrong { typed: String, calon: Calon, placeholders: bool },
    /// A typed figure that is none of the figures of the owner its sentence names.
    WrongAmong { typed: String, owner: String, calon: Vec<Calon>, placeholders: bool },
    /// A typed figure of a kind named, without whose, equal to no figure of that kind.
    WrongKind { typed: String, jenis: Jenis, placeholders: bool },
    /// A typed figure whose sentence says neither whose nor what kind, matching nothing.
    NoContext { typed: String },
    /// A capaian that prints on the other side of 100 % than realisasi against target is.
    Edge { id: String, target: Decimal, realisasi: Decimal, capaian: Persen, status: String, dp: Option<u32> },
}

/// Placeholder errors, and the findings about typed figures and edges.
pub struct Checked {
    pub problems: Vec<Problem>,
    pub findings: Vec<Finding>,
}

/// Check every text of the report.
pub fn check(report: &Report, c: &Computed) -> Checked {
    let mut problems = Vec::new();
    let mut findings = Vec::new();
    let names = Names::new(report);
    let cands = candidates::all(report, c);
    let raw = raw_numbers(report);
    let texts = walk::narratives(&report.doc).into_iter().map(|(p, t)| (p, t, true));
    let plain = walk::plain_texts(&report.doc).into_iter().map(|(p, t)| (p, t, false));
    for (path, text, placeholders) in texts.chain(plain) {
        if placeholders {
            for key in narrative::placeholders(&text) {
                if let Err(why) = figure(report, c, &key) {
                    problems.push(Problem::said(
                        Severity::Error,
                        &path,
                        match why {
                            unknown_id @ Msg::UnknownPlaceholder { .. } => unknown_id,
                            why => Msg::PlaceholderFigure { key: key.clone(), why: Box::new(why) },
                        },
                    ));
                }
            }
        }
        let found = typed::scan(&text, placeholders);
        if found.is_empty() {
            continue;
        }
        let spans: Vec<(usize, usize)> = found.iter().map(|t| (t.start, t.end)).collect();
        let reading = Reading::new(&text, &names, c.tahun, placeholders, &spans);
        let scope = scope(report, c, &path);
        for t in &found {
            let cx = reading.context(t.start, t.end);
            if let Some(what) = judge(t, &cx, &scope, &cands, &raw, c.tahun, placeholders) {
                findings.push(Finding { path: path.clone(), what });
            }
        }
    }
    findings.extend(edges(report, c));
    Checked { problems, findings }
}

/// The owners a field is about when its sentence names none: an analysis is about its
/// sasaran, the sasaran's indicators and the analysis's kegiatan.
fn scope(report: &Report, c: &Computed, path: &str) -> Vec<String> {
    if let Some(rest) = path.strip_prefix("program[") {
        let index = |s: &str| s.split(']').next().and_then(|i| i.parse::<usize>().ok());
        let Some(p) = index(rest).and_then(|p| report.doc.program.get(p)) else { return Vec::new() };
        let mut out = vec![p.id.clone()];
        if let Some(k) = rest.split_once("kegiatan[").and_then(|(_, k)| index(k)).and_then(|k| p.kegiatan.get(k)) {
            out.insert(0, k.id.clone());
            let sub = rest.split_once("sub_kegiatan[").and_then(|(_, s)| index(s)).and_then(|s| k.sub_kegiatan.get(s));
            if let Some(s) = sub {
                out.insert(0, s.id.clone());
            }
        }
        return out;
    }
    let Some(rest) = path.strip_prefix("akuntabilitas.analisis_sasaran[") else { return Vec::new() };
    let Some(i) = rest.split(']').next().and_then(|i| i.parse::<usize>().ok()) else { return Vec::new() };
    let Some(a) = report.doc.akuntabilitas.analisis_sasaran.get(i) else { return Vec::new() };
    let mut out = vec![a.sasaran.clone()];
    out.extend(c.indikator.iter().filter(|x| x.sasaran.as_deref() == Some(&a.sasaran)).map(|x| x.id.clone()));
    out.extend(a.kegiatan.iter().cloned());
    out
}

/// Whether a typed figure equals `x` rounded to the decimals typed (after its scale word).
fn equals(t: &Typed, x: Decimal) -> bool {
    x.checked_div(t.kali).is_some_and(|v| round(v, t.decimals) == t.value)
}

fn judge(
    t: &Typed,
    cx: &Context,
    scope: &[String],
    cands: &[Calon],
    raw: &HashSet<Decimal>,
    tahun: u16,
    placeholders: bool,
) -> Option<Temuan> {
    let year = cx.tahun.unwrap_or(tahun);
    let of = |owners: &[String], jenis: Option<Jenis>| -> Vec<&Calon> {
        cands
            .iter()
            .filter(|c| c.unit == t.unit && c.tahun == year)
            .filter(|c| owners.is_empty() || owners.contains(&c.owner))
            .filter(|c| jenis.is_none_or(|j| c.jenis == j))
            .collect()
    };
    let named = !cx.owners.is_empty();
    // from the most to the least said: whose and what kind; whose; the field's owners and the
    // kind; the kind; then the same with a kind named before an earlier figure of the sentence
    let pools = [
        (named && cx.jenis.is_some()).then(|| (Level::Owner, of(&cx.owners, cx.jenis))),
        named.then(|| (Level::Owner, of(&cx.owners, None))),
        (cx.jenis.is_some() && !scope.is_empty()).then(|| (Level::Scope, of(scope, cx.jenis))),
        cx.jenis.is_some().then(|| (Level::Kind, of(&[], cx.jenis))),
        (cx.jenis_kalimat.is_some() && !scope.is_empty()).then(|| (Level::Scope, of(scope, cx.jenis_kalimat))),
        cx.jenis_kalimat.is_some().then(|| (Level::Kind, of(&[], cx.jenis_kalimat))),
    ];
    let typed = t.text.clone();
    let Some((level, pool)) = pools.into_iter().flatten().find(|(_, p)| !p.is_empty()) else {
        // today's rule: any figure or number of the report
        let any = cands.iter().any(|c| equals(t, c.persis) || raw_equals(t, &c.figure))
            || raw.iter().any(|n| equals(t, *n) || round(*n, t.decimals) == t.value);
        return (!any).then_some(Temuan::NoContext { typed });
    };
    if let Some(right) = pool.iter().filter(|c| equals(t, c.persis)).min_by_key(|c| c.key.is_none()) {
        return (placeholders && right.key.is_some()).then(|| Temuan::Right { typed, calon: (*right).clone() });
    }
    let distance =
        |c: &Calon| c.persis.checked_div(t.kali).and_then(|v| v.checked_sub(t.value)).map_or(Decimal::MAX, |d| d.abs());
    // within a field's owners, the first that has such a figure (the sasaran analysed, the kegiatan)
    let first =
        matches!(level, Level::Scope).then(|| scope.iter().find(|o| pool.iter().any(|c| &c.owner == *o))).flatten();
    let closest = pool
        .iter()
        .filter(|c| first.is_none_or(|o| &c.owner == o))
        .min_by(|a, b| distance(a).cmp(&distance(b)).then(a.key.is_none().cmp(&b.key.is_none())))?;
    let mut kinds: Vec<(&str, Jenis)> = Vec::new();
    for c in &pool {
        if !kinds.contains(&(c.owner.as_str(), c.jenis)) {
            kinds.push((c.owner.as_str(), c.jenis));
        }
    }
    Some(match level {
        _ if kinds.len() == 1 => Temuan::Wrong { typed, calon: (*closest).clone(), placeholders },
        Level::Scope => Temuan::Wrong { typed, calon: (*closest).clone(), placeholders },
        Level::Owner => {
            let owner = closest.owner.clone();
            let mut calon: Vec<Calon> = Vec::new();
            for c in pool.iter().filter(|c| c.owner == owner) {
                if !calon.iter().any(|x| x.jenis == c.jenis && x.figure == c.figure) {
                    calon.push((*c).clone());
                }
            }
            Temuan::WrongAmong { typed, owner, calon, placeholders }
        }
        Level::Kind => Temuan::WrongKind { typed, jenis: closest.jenis, placeholders },
    })
}

/// How much the sentence said about a typed figure.
#[derive(Clone, Copy)]
enum Level {
    /// It names whose figure it is.
    Owner,
    /// It names the kind; the field is about a sasaran or a kegiatan.
    Scope,
    /// It names only the kind.
    Kind,
}

/// A raw value as written (`7,22` of an indicator in `Rp Trilyun`) typed without its scale.
fn raw_equals(t: &Typed, f: &super::figures::Figure) -> bool {
    matches!(f, super::figures::Figure::Angka(d) if round(*d, t.decimals) == t.value)
}

/// Every number written anywhere in the file, for the rule without context.
fn raw_numbers(report: &Report) -> HashSet<Decimal> {
    fn go(v: &serde_json::Value, set: &mut HashSet<Decimal>) {
        match v {
            serde_json::Value::String(s) => {
                if let Ok(d) = s.parse::<Decimal>() {
                    set.insert(d);
                }
            }
            serde_json::Value::Number(n) => {
                if let Ok(d) = n.to_string().parse::<Decimal>() {
                    set.insert(d);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| go(x, set)),
            serde_json::Value::Object(m) => m.values().for_each(|x| go(x, set)),
            _ => {}
        }
    }
    let mut set = HashSet::new();
    if let Ok(v) = serde_json::to_value(&report.doc) {
        go(&v, &mut set);
    }
    set
}

/// Indicators whose capaian prints as 100 % or across it while realisasi against target says
/// otherwise (199,99 of 200 prints as 100,00 %): the status follows the printed value, so the
/// planner is told, with the decimals that would show the difference.
fn edges(report: &Report, c: &Computed) -> Vec<Finding> {
    let hundred = Decimal::ONE_HUNDRED;
    let mut out = Vec::new();
    for (r, h) in report.indikator.iter().zip(&c.indikator) {
        let (Some(p), Some(status), Some(t), Some(re)) = (h.capaian, &h.status, h.target, h.realisasi) else {
            continue;
        };
        if p.persis.cmp(&hundred) == p.nilai.cmp(&hundred) {
            continue;
        }
        let dp =
            (c.desimal.saturating_add(1)..=6).find(|dp| round(p.persis, *dp).cmp(&hundred) == p.persis.cmp(&hundred));
        out.push(Finding {
            path: r.path.clone(),
            what: Temuan::Edge { id: h.id.clone(), target: t, realisasi: re, capaian: p, status: status.clone(), dp },
        });
    }
    out
}
