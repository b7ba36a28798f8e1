//! Block placeholders (`{{tabel capaian}}`): which generated blocks each narrative field can place.
//!
//! A block placeholder puts a table, chart or generated list of the field's section right after
//! the planner's words that lead into it; every block not placed keeps its default spot. A name
//! the field does not offer, a block placed twice, or one inside a list is an error naming the field.

use std::collections::HashSet;

use crate::diag::{Problem, Severity};
use crate::input::types::Lkjip;
use crate::messages::Msg;
use crate::narrative;

/// The blocks a narrative field (by its path) can place, in their default order.
pub fn offered(path: &str) -> &'static [&'static str] {
    let field = match path.split_once('[') {
        Some((head, rest)) => format!("{head}[].{}", rest.split_once("].").map_or("", |(_, t)| t)),
        None => path.to_owned(),
    };
    match field.as_str() {
        "perencanaan.tujuan_sasaran" => &["daftar tujuan"],
        "perencanaan.iku" => &["tabel iku"],
        "perencanaan.perjanjian_kinerja.uraian" => &["tabel pk"],
        "akuntabilitas.pengukuran" => &["skala status", "skala kategori", "rincian sasaran"],
        "akuntabilitas.capaian_iku" => &[
            "tabel capaian",
            "grafik capaian",
            "tabel banding",
            "grafik tren",
            "tabel akhir",
            "tabel triwulan",
            "tingkat capaian",
            "tabel sebaran",
        ],
        "akuntabilitas.analisis_pengantar" => &["tabel sebaran"],
        "akuntabilitas.keuangan.uraian" => &["tabel keuangan"],
        "penutup.uraian" => &["kesimpulan"],
        _ => &[],
    }
}

/// Every field and the blocks it offers, for the documentation and its test.
pub const FIELDS: &[&str] = &[
    "perencanaan.tujuan_sasaran",
    "perencanaan.iku",
    "perencanaan.perjanjian_kinerja.uraian",
    "akuntabilitas.pengukuran",
    "akuntabilitas.capaian_iku",
    "akuntabilitas.analisis_pengantar",
    "akuntabilitas.keuangan.uraian",
    "penutup.uraian",
];

/// Problems of every block placeholder of the file.
pub(super) fn check(doc: &Lkjip, problems: &mut Vec<Problem>) {
    // a block two fields offer (Tabel 3.4) is placed by one of them at most
    let mut seen = HashSet::new();
    for (path, text) in super::walk::narratives(doc) {
        let offered = offered(&path);
        for (nama, top) in narrative::block_placeholders(&text) {
            let msg = if !offered.contains(&nama.as_str()) {
                Some(Msg::UnknownBlock { nama: nama.clone(), offered: offered.iter().map(|s| s.to_string()).collect() })
            } else if !top {
                Some(Msg::BlockInList { nama: nama.clone() })
            } else if !seen.insert(nama.clone()) {
                Some(Msg::BlockTwice { nama: nama.clone() })
            } else {
                None
            };
            if let Some(m) = msg {
                problems.push(Problem::said(Severity::Error, &path, m));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_list_every_block_of_every_field() {
        let docs = include_str!("../../docs/yaml.md");
        for field in FIELDS {
            let row = docs
                .lines()
                .find(|l| l.starts_with(&format!("| `{field}` |")))
                .unwrap_or_else(|| panic!("docs/yaml.md has no row for `{field}`"));
            for name in offered(field) {
                assert!(row.contains(&format!("`{name}`")), "docs/yaml.md does not list `{name}` for `{field}`");
            }
        }
        assert_eq!(offered("akuntabilitas.analisis_sasaran[3].uraian"), &[] as &[&str]);
    }
}
