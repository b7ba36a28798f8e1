//! Checks of narrative against the figures: placeholders must resolve, and a percentage or
//! amount typed by hand that matches no figure of the report is suspicious.

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::figures::figure;
use super::report::{Computed, Persen};
use crate::diag::{Problem, Severity};
use crate::messages::Msg;
use crate::model::{Report, walk};
use crate::narrative;

/// Problems of every narrative field: unknown placeholders (errors), typed figures that
/// match nothing (warnings).
pub fn check(report: &Report, c: &Computed) -> Vec<Problem> {
    let known = known_values(report, c);
    let mut problems = Vec::new();
    for (path, text) in walk::narratives(&report.doc) {
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
        for (typed, value) in typed_figures(&text) {
            if !known.contains(&value.normalize()) {
                problems.push(
                    Problem::said(Severity::Warning, &path, Msg::TypedFigure { typed: typed.to_string() })
                        .with_hint_said(Msg::UsePlaceholder),
                );
            }
        }
    }
    problems
}

fn known_values(report: &Report, c: &Computed) -> HashSet<Decimal> {
    let mut set = HashSet::new();
    let mut pct = |p: &Option<Persen>| {
        if let Some(p) = p {
            for dp in 0..=c.desimal {
                set.insert(super::formula::round(p.persis, dp).normalize());
            }
        }
    };
    for i in &c.indikator {
        pct(&i.capaian);
        pct(&i.capaian_akhir);
        i.seri.values().for_each(|t| pct(&t.capaian));
    }
    for s in &c.sasaran {
        pct(&s.capaian);
        pct(&s.serapan);
        pct(&s.efisiensi);
    }
    for p in &c.program {
        pct(&p.serapan);
        p.kegiatan.iter().for_each(|k| pct(&k.serapan));
        p.outcome.iter().for_each(&mut pct);
    }
    for a in [&c.keuangan.pendapatan, &c.keuangan.belanja_operasi, &c.keuangan.belanja_modal, &c.keuangan.belanja] {
        pct(&a.serapan);
    }
    for r in [
        &c.ringkasan.capaian,
        &c.ringkasan.persen_melebihi,
        &c.ringkasan.persen_tercapai,
        &c.ringkasan.persen_tidak_tercapai,
        &c.ringkasan.serapan,
    ] {
        pct(r);
    }
    // raw values as written anywhere in the file
    if let Ok(v) = serde_json::to_value(&report.doc) {
        collect_numbers(&v, &mut set);
    }
    for a in [&c.keuangan.belanja, &c.keuangan.pendapatan] {
        set.insert(a.pagu.normalize());
        set.insert(a.realisasi.normalize());
    }
    set.insert(c.keuangan.pagu_pk.normalize());
    for s in &c.sasaran {
        set.insert(s.pagu.normalize());
        set.insert(s.realisasi.normalize());
    }
    for p in &c.program {
        if let Some(r) = p.realisasi {
            set.insert(r.normalize());
        }
    }
    set
}

fn collect_numbers(v: &serde_json::Value, set: &mut HashSet<Decimal>) {
    match v {
        serde_json::Value::String(s) => {
            if let Ok(d) = s.parse::<Decimal>() {
                set.insert(d.normalize());
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_numbers(x, set)),
        serde_json::Value::Object(m) => m.values().for_each(|x| collect_numbers(x, set)),
        _ => {}
    }
}

/// Percentages (`71,13 %`, `71,13%`) and amounts (`Rp 12.644.738.000`, `Rp.7,22`) typed
/// in a text, outside placeholders, with their values.
pub fn typed_figures(text: &str) -> Vec<(String, Decimal)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut in_ref = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            in_ref = true;
        } else if c == '}' {
            in_ref = false;
        }
        let rp = !in_ref && chars[i..].starts_with(&['R', 'p']) && (i == 0 || !chars[i - 1].is_alphanumeric());
        let starts_number = !in_ref
            && c.is_ascii_digit()
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == ',' || chars[i - 1] == '.'));
        if rp || starts_number {
            let mut j = if rp { i + 2 } else { i };
            if rp {
                while j < chars.len() && (chars[j] == '.' || chars[j] == ' ') {
                    j += 1;
                }
            }
            let start = j;
            while j < chars.len()
                && (chars[j].is_ascii_digit()
                    || ((chars[j] == '.' || chars[j] == ',') && chars.get(j + 1).is_some_and(|d| d.is_ascii_digit())))
            {
                j += 1;
            }
            if j > start {
                let number: String = chars[start..j].iter().collect();
                let mut k = j;
                while k < chars.len() && chars[k] == ' ' {
                    k += 1;
                }
                let is_pct = !rp && chars.get(k) == Some(&'%');
                if (rp || is_pct)
                    && let Ok(v) = number.replace('.', "").replace(',', ".").parse::<Decimal>()
                {
                    let end = if is_pct { k + 1 } else { j };
                    out.push((chars[i..end].iter().collect(), v));
                }
                i = j.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_percentages_and_amounts_but_not_other_numbers() {
        let t = typed_figures(
            "capaian 71,13% dan 115 % dari Rp 12.644.738.000, Rp.7,22 Trilyun; Nomor 29 Tahun 2014 {a.capaian} x5%",
        );
        let got: Vec<(&str, String)> = t.iter().map(|(s, d)| (s.as_str(), d.to_string())).collect();
        assert_eq!(
            got,
            [
                ("71,13%", "71.13".to_owned()),
                ("115 %", "115".to_owned()),
                ("Rp 12.644.738.000", "12644738000".to_owned()),
                ("Rp.7,22", "7.22".to_owned())
            ]
        );
    }
}
