//! Last year's report → next year's to fill in: the year advanced, the agency, the plan, the
//! indicators (targets and past realisations) and the programs kept; the year's budgets,
//! realisations, dates and reporting narratives emptied to `""`.
//!
//! Texts that describe the agency and its Renstra (tugas, fungsi, gambaran umum, struktur,
//! landasan hukum, renstra, tujuan and sasaran) are kept: they rarely change and the
//! header of the new file asks to review them. Photos are last year's: dropped.

use crate::messages::fatal::Stop;
use yaml_rust2::Yaml;
use yaml_rust2::yaml::Hash;

fn key(k: &str) -> Yaml {
    Yaml::String(k.to_owned())
}

fn blank() -> Yaml {
    Yaml::String(String::new())
}

fn map_mut<'a>(y: &'a mut Yaml, k: &str) -> Option<&'a mut Hash> {
    match y {
        Yaml::Hash(h) => match h.get_mut(&key(k))? {
            Yaml::Hash(inner) => Some(inner),
            _ => None,
        },
        _ => None,
    }
}

fn list_mut<'a>(h: &'a mut Hash, k: &str) -> &'a mut [Yaml] {
    match h.get_mut(&key(k)) {
        Some(Yaml::Array(a)) => a,
        _ => &mut [],
    }
}

/// Empty the fields that are there (a field left out stays out).
fn empty(h: &mut Hash, fields: &[&str]) {
    for f in fields {
        if let Some(v) = h.get_mut(&key(f)) {
            *v = blank();
        }
    }
}

/// A non-empty list of texts becomes one `""` to fill in.
fn empty_list(h: &mut Hash, fields: &[&str]) {
    for f in fields {
        if let Some(Yaml::Array(a)) = h.get_mut(&key(f))
            && !a.is_empty()
        {
            *a = vec![blank()];
        }
    }
}

fn each_map(items: &mut [Yaml], mut f: impl FnMut(&mut Hash)) {
    for item in items {
        if let Yaml::Hash(h) = item {
            f(h);
        }
    }
}

/// Turn last year's document into next year's; returns the new year.
pub fn advance(doc: &mut Yaml) -> Result<i64, Stop> {
    let dokumen = map_mut(doc, "dokumen").ok_or_else(|| Stop::NoKey { key: "dokumen".into() })?;
    let year = match dokumen.get(&key("tahun")) {
        Some(Yaml::Integer(y)) => y.checked_add(1).ok_or_else(|| Stop::NotAYear { key: "dokumen.tahun".into() })?,
        _ => return Err(Stop::NotAYear { key: "dokumen.tahun".into() }),
    };
    if let Some(v) = dokumen.get_mut(&key("tahun")) {
        *v = Yaml::Integer(year);
    }
    empty(dokumen, &["tanggal"]);

    let Yaml::Hash(root) = doc else { return Err(Stop::NotMapping) };
    empty(root, &["kata_pengantar", "ikhtisar"]);
    if let Some(Yaml::Hash(reviu)) = root.get_mut(&key("reviu")) {
        empty(reviu, &["kesimpulan", "tanggal"]);
    }
    if let Some(Yaml::Hash(b1)) = root.get_mut(&key("pendahuluan")) {
        empty(b1, &["latar_belakang"]);
    }
    if let Some(Yaml::Hash(b2)) = root.get_mut(&key("perencanaan")) {
        if let Some(Yaml::Hash(pk)) = b2.get_mut(&key("perjanjian_kinerja")) {
            empty(pk, &["uraian", "tanggal"]);
        }
        each_map(list_mut(b2, "tujuan"), |t| {
            each_map(list_mut(t, "indikator"), |i| year_to_fill(i, year));
            each_map(list_mut(t, "sasaran"), |s| each_map(list_mut(s, "indikator"), |i| year_to_fill(i, year)));
        });
    }
    each_map(list_mut(root, "program"), |p| {
        empty(p, &["pagu", "realisasi"]);
        each_map(list_mut(p, "outcome"), |o| empty(o, &["target", "realisasi"]));
        each_map(list_mut(p, "kegiatan"), |k| {
            empty(k, &["pagu", "realisasi"]);
            empty_list(k, &["output"]);
            each_map(list_mut(k, "sub_kegiatan"), |s| {
                empty(s, &["pagu", "realisasi"]);
                empty_list(s, &["output"]);
            });
        });
    });
    if let Some(Yaml::Hash(b3)) = root.get_mut(&key("akuntabilitas")) {
        empty(b3, &["capaian_iku"]);
        each_map(list_mut(b3, "analisis_sasaran"), |a| {
            empty(a, &["uraian"]);
            empty_list(a, &["faktor_pendukung", "faktor_penghambat", "rekomendasi"]);
            a.remove(&key("foto"));
        });
        if let Some(Yaml::Hash(k)) = b3.get_mut(&key("keuangan")) {
            empty(k, &["uraian"]);
            for part in ["pendapatan", "belanja_operasi", "belanja_modal"] {
                if let Some(Yaml::Hash(a)) = k.get_mut(&key(part)) {
                    empty(a, &["pagu", "realisasi"]);
                }
            }
        }
    }
    if let Some(Yaml::Hash(b4)) = root.get_mut(&key("penutup")) {
        empty(b4, &["uraian", "langkah"]);
    }
    Ok(year)
}

/// Keep every past realisation (the history) and add the new year's as `""` to fill in;
/// the same for a target the Renstra did not set for the new year. Years stay in order.
fn year_to_fill(ind: &mut Hash, year: i64) {
    for field in ["target", "realisasi"] {
        let map = ind.entry(key(field)).or_insert_with(|| Yaml::Hash(Hash::new()));
        if let Yaml::Hash(m) = map
            && !m.contains_key(&Yaml::Integer(year))
        {
            m.insert(Yaml::Integer(year), blank());
            let mut years: Vec<(Yaml, Yaml)> = std::mem::take(m).into_iter().collect();
            years.sort_by_key(|(k, _)| k.as_i64().unwrap_or(i64::MAX));
            m.extend(years);
        }
    }
}
