//! A new Renstra period: last year's report was in the last year of its Renstra, so next year's
//! starts a new one. The indicators that continue are carried: their last realisation becomes
//! the new plan's baseline (`data_awal`), targets outside the new period go (realisations stay as
//! history), and the new period's
//! end target is left `""` to fill in.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::{Context, bail};
use yaml_rust2::Yaml;
use yaml_rust2::yaml::Hash;

use crate::messages::Lang;
use crate::messages::anggaran::AnggaranMsg;
use crate::messages::fatal::Stop;

fn key(k: &str) -> Yaml {
    Yaml::String(k.to_owned())
}

fn hash(y: &mut Yaml) -> Option<&mut Hash> {
    match y {
        Yaml::Hash(h) => Some(h),
        _ => None,
    }
}

/// `2025-2029` (or with an en dash) → (2025, 2029).
pub fn parse(s: &str) -> Option<(i64, i64)> {
    let (a, b) = s.trim().split_once(['-', '–'])?;
    let (a, b) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
    (a <= b).then_some((a, b))
}

/// The new period: the flag's, else asked on a terminal; `None` when the old one still covers
/// `year` and no flag was given.
pub fn choose(flag: Option<&str>, awal: i64, akhir: i64, year: i64, lang: Lang) -> anyhow::Result<Option<(i64, i64)>> {
    let said = |m: AnggaranMsg| m.text(lang);
    let period = match flag {
        Some(f) => parse(f).with_context(|| said(AnggaranMsg::PeriodeTakTerbaca { value: f.to_owned() }))?,
        None if year <= akhir => return Ok(None),
        None if std::io::stdin().is_terminal() => {
            eprint!("{} ", said(AnggaranMsg::TanyaPeriode { awal, akhir, year }));
            std::io::stderr().flush().ok();
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).with_context(|| Stop::CannotReadAnswer.text(lang))?;
            parse(&line).with_context(|| said(AnggaranMsg::PeriodeTakTerbaca { value: line.trim().to_owned() }))?
        }
        None => bail!("{}", said(AnggaranMsg::PeriodeBerakhir { awal, akhir, year })),
    };
    if !(period.0..=period.1).contains(&year) {
        bail!("{}", said(AnggaranMsg::PeriodeTanpaTahun { awal: period.0, akhir: period.1, year }));
    }
    Ok(Some(period))
}

fn each_indicator(doc: &mut Yaml, mut f: impl FnMut(&mut Hash)) {
    let Some(Yaml::Hash(b2)) = hash(doc).and_then(|r| r.get_mut(&key("perencanaan"))) else { return };
    let Some(Yaml::Array(tujuan)) = b2.get_mut(&key("tujuan")) else { return };
    for t in tujuan {
        let Yaml::Hash(t) = t else { continue };
        if let Some(Yaml::Array(ind)) = t.get_mut(&key("indikator")) {
            ind.iter_mut().filter_map(hash).for_each(&mut f);
        }
        if let Some(Yaml::Array(sas)) = t.get_mut(&key("sasaran")) {
            for s in sas.iter_mut().filter_map(hash) {
                if let Some(Yaml::Array(ind)) = s.get_mut(&key("indikator")) {
                    ind.iter_mut().filter_map(hash).for_each(&mut f);
                }
            }
        }
    }
}

/// Move an advanced report into the period `awal`–`akhir`.
pub fn apply(doc: &mut Yaml, (awal, akhir): (i64, i64)) -> anyhow::Result<()> {
    let root = hash(doc).ok_or(Stop::NotMapping)?;
    let no = |key: &str| Stop::NoKey { key: key.to_owned() };
    let Some(Yaml::Hash(b2)) = root.get_mut(&key("perencanaan")) else { return Err(no("perencanaan").into()) };
    let Some(Yaml::Hash(r)) = b2.get_mut(&key("renstra")) else { return Err(no("perencanaan.renstra").into()) };
    r.insert(key("awal"), Yaml::Integer(awal));
    r.insert(key("akhir"), Yaml::Integer(akhir));
    r.insert(key("uraian"), Yaml::String(String::new()));
    each_indicator(doc, |ind| {
        // the last realisation before the new period is its baseline
        let baseline = match ind.get(&key("realisasi")) {
            Some(Yaml::Hash(m)) => m
                .iter()
                .filter(|(y, v)| y.as_i64().is_some_and(|y| y < awal) && !matches!(v, Yaml::String(s) if s.is_empty()))
                .max_by_key(|(y, _)| y.as_i64())
                .map(|(_, v)| v.clone()),
            _ => None,
        };
        if let Some(b) = baseline {
            ind.insert(key("data_awal"), b);
        }
        // targets belong to their plan; realisations before it stay as history
        if let Some(Yaml::Hash(m)) = ind.get_mut(&key("target")) {
            m.retain(|y, _| y.as_i64().is_some_and(|y| (awal..=akhir).contains(&y)));
        }
        if let Some(Yaml::Hash(m)) = ind.get_mut(&key("realisasi")) {
            m.retain(|y, _| y.as_i64().is_some_and(|y| y <= akhir));
        }
        if let Some(Yaml::Hash(m)) = ind.get_mut(&key("target")) {
            m.entry(Yaml::Integer(akhir)).or_insert_with(|| Yaml::String(String::new()));
        }
        if let Some(t) = ind.get_mut(&key("target_akhir")) {
            *t = Yaml::String(String::new());
        }
    });
    Ok(())
}
