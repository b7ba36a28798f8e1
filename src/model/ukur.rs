//! Checks of how an indicator is measured: ratios, quarters, years without a target.

use crate::diag::{Problem, Severity};
use crate::formula::ukur::{self, Sisi};
use crate::input::types::{Indikator, Tahun};
use crate::messages::Msg;
use crate::messages::ukur::UkurMsg;

/// The years each field of an indicator writes values for, by field path.
pub(super) fn tahun_tertulis(ind: &Indikator) -> Vec<(&'static str, Vec<Tahun>)> {
    let keys = |m: &std::collections::BTreeMap<Tahun, _>| m.keys().copied().collect::<Vec<_>>();
    let mut out = vec![("target", keys(&ind.target)), ("realisasi", keys(&ind.realisasi))];
    if let Some(r) = &ind.rasio {
        out.push(("rasio.target", r.target.keys().copied().collect()));
        out.push(("rasio.realisasi", r.realisasi.keys().copied().collect()));
    }
    out.push(("triwulan", ind.triwulan.keys().copied().collect()));
    out
}

pub(super) fn check(ind: &Indikator, path: &str, problems: &mut Vec<Problem>) {
    let err = |at: String, m: UkurMsg| Problem::said(Severity::Error, at, Msg::Ukur(m));
    if let Some(r) = &ind.rasio {
        if r.kali.is_some_and(|k| k.value().is_zero()) {
            problems.push(err(format!("{path}.rasio.kali"), UkurMsg::KaliNol));
        }
        for (field, written, fractions) in
            [("target", &ind.target, &r.target), ("realisasi", &ind.realisasi, &r.realisasi)]
        {
            for (year, p) in fractions {
                if written.contains_key(year) {
                    problems.push(err(format!("{path}.rasio.{field}.{year}"), UkurMsg::DuaKali { year: *year }));
                }
                if p.penyebut.value().is_zero() {
                    problems.push(err(format!("{path}.rasio.{field}.{year}.penyebut"), UkurMsg::PenyebutNol));
                }
            }
        }
    }
    for (year, q) in &ind.triwulan {
        for (field, list) in [("target", &q.target), ("realisasi", &q.realisasi)] {
            if list.len() > 4 {
                problems.push(err(format!("{path}.triwulan.{year}.{field}"), UkurMsg::LimaTriwulan { n: list.len() }));
                continue;
            }
            // a yearly value written beside four quarters and a declared aggregation must agree
            let (Some(how), Some(written)) = (
                ind.agregasi,
                match field {
                    "target" => ind.target.get(year),
                    _ => ind.realisasi.get(year),
                },
            ) else {
                continue;
            };
            if let Ok(Some(derived)) = ukur::dari_triwulan(list, how)
                && derived != written.value()
            {
                problems.push(err(
                    format!("{path}.{field}.{year}"),
                    UkurMsg::TriwulanBeda {
                        year: *year,
                        written: written.to_string(),
                        derived: derived.normalize().to_string(),
                        how,
                    },
                ));
            }
        }
    }
    for (i, year) in ind.tanpa_target.iter().enumerate() {
        if matches!(ukur::nilai(ind, Sisi::Target, *year), Ok(Some(_))) {
            problems.push(err(format!("{path}.tanpa_target[{i}]"), UkurMsg::TanpaTargetPunyaTarget { year: *year }));
        }
    }
}

/// Tabel 3.2's number of years.
pub(super) fn perbandingan(doc: &crate::input::types::Lkjip, problems: &mut Vec<Problem>) {
    if let Some(n) = doc.akuntabilitas.perbandingan.as_ref().and_then(|p| p.jumlah_tahun)
        && !(2..=10).contains(&n)
    {
        let at = "akuntabilitas.perbandingan.jumlah_tahun";
        problems.push(Problem::said(Severity::Error, at, Msg::Ukur(UkurMsg::JumlahTahun { n })));
    }
}

/// A program's quarters: at most four, and four add up to its pagu (rencana) and realisasi.
pub(super) fn triwulan_anggaran(
    doc: &crate::input::types::Lkjip,
    anggaran: &[super::anggaran::AnggaranProgram],
    problems: &mut Vec<Problem>,
) {
    for (p, program) in doc.program.iter().enumerate() {
        let Some(q) = &program.triwulan else { continue };
        let Some(ang) = anggaran.get(p) else { continue };
        let realisasi = program.realisasi.map(|r| r.value()).or_else(|| {
            program
                .kegiatan_lengkap
                .then(|| crate::formula::sum(ang.kegiatan.iter().map(|k| k.dana.realisasi)).ok())
                .flatten()
        });
        for (field, list, whole) in [("rencana", &q.rencana, Some(ang.pagu)), ("realisasi", &q.realisasi, realisasi)] {
            let at = format!("program[{p}].triwulan.{field}");
            if list.len() > 4 {
                problems.push(Problem::said(Severity::Error, at, Msg::Ukur(UkurMsg::LimaTriwulan { n: list.len() })));
                continue;
            }
            let (4, Some(whole)) = (list.len(), whole) else { continue };
            match crate::formula::sum(list.iter().map(|n| n.value())) {
                Ok(sum) if sum == whole => {}
                Ok(sum) => problems.push(Problem::said(
                    Severity::Error,
                    at,
                    Msg::Ukur(UkurMsg::TriwulanAnggaranBeda {
                        rencana: field == "rencana",
                        sum: sum.to_string(),
                        whole: whole.to_string(),
                    }),
                )),
                Err(_) => {
                    let what = crate::messages::input::OverflowOf::SumRealisasi;
                    problems.push(Problem::said(
                        Severity::Error,
                        at,
                        Msg::Input(crate::messages::input::InputMsg::Overflow { what }),
                    ));
                }
            }
        }
    }
}

/// The EKA efficiency needs the volume of every kegiatan it measures: a kegiatan serving a
/// sasaran without one is left out of the mean, and `check` says so.
pub(super) fn eka(doc: &crate::input::types::Lkjip, problems: &mut Vec<Problem>) {
    if doc.akuntabilitas.efisiensi.metode != crate::input::types::MetodeEfisiensi::Eka {
        return;
    }
    for (i, a) in doc.akuntabilitas.analisis_sasaran.iter().enumerate() {
        for (k, id) in a.kegiatan.iter().enumerate() {
            let found = doc.program.iter().flat_map(|p| &p.kegiatan).find(|x| &x.id == id);
            if found.is_some_and(|x| x.volume.is_none()) {
                problems.push(Problem::said(
                    Severity::Warning,
                    format!("akuntabilitas.analisis_sasaran[{i}].kegiatan[{k}]"),
                    Msg::Ukur(UkurMsg::TanpaVolume { id: id.clone() }),
                ));
            }
        }
    }
}
