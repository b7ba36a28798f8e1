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
        "akuntabilitas.pengukuran" => &["skala status", "skala kategori", "rincian sasaran"],
        "penutup.uraian" => &["kesimpulan"],
        "perencanaan.tujuan_sasaran" => &["daftar tujuan"],
        _ => &[],
    }
}

/// Problems of every block placeholder of the file.
pub(super) fn check(doc: &Lkjip, problems: &mut Vec<Problem>) {
    for (path, text) in super::walk::narratives(doc) {
        let offered = offered(&path);
        let mut seen = HashSet::new();
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
