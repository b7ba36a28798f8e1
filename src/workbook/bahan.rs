//! The raw values a template carries and `impor` writes back: indicators' targets and
//! realisations per year, programs' and kegiatan's pagu and realisasi, the agency's budget.
//!
//! Read from the YAML tree, not from the checked model, so a scaffold with blanks (`""`) has
//! a template too. Each value is named by its field path in the YAML.

use std::collections::BTreeSet;

use super::yaml::Tree;

/// A row of a template sheet: an id (or a budget part), its labels, and its value fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baris {
    pub id: String,
    /// Labels shown beside the id (nama, satuan, program).
    pub label: Vec<String>,
    /// Path of the entry in the YAML (`program[0].kegiatan[1]`).
    pub path: String,
}

/// Everything a template holds, in file order.
#[derive(Debug, Default)]
pub struct Bahan {
    /// Years with a column pair (target, realisasi).
    pub tahun: Vec<u16>,
    pub indikator: Vec<Baris>,
    pub program: Vec<Baris>,
    pub kegiatan: Vec<Baris>,
    pub sub_kegiatan: Vec<Baris>,
    pub keuangan: Vec<Baris>,
}

/// The budget parts of `akuntabilitas.keuangan`, with their row labels.
pub const KEUANGAN: [(&str, &str); 3] =
    [("pendapatan", "Pendapatan"), ("belanja_operasi", "Belanja Operasi"), ("belanja_modal", "Belanja Modal")];

impl Bahan {
    pub fn dari(tree: &Tree) -> Bahan {
        let v = |p: &str| tree.value(p).unwrap_or_default().to_owned();
        let mut b = Bahan::default();
        let mut years = BTreeSet::new();
        for key in ["dokumen.tahun", "perencanaan.renstra.awal", "perencanaan.renstra.akhir"] {
            years.extend(tree.value(key).and_then(|y| y.parse::<u16>().ok()));
        }
        if let (Some(&a), Some(&z)) = (years.first(), years.last()) {
            years.extend(a..=z);
        }
        let mut ind = |path: String| {
            for field in ["target", "realisasi"] {
                if let Some(m) = tree.mappings.get(&format!("{path}.{field}")) {
                    years.extend(m.keys.iter().filter_map(|(k, _)| k.parse::<u16>().ok()));
                }
            }
            b.indikator.push(Baris {
                id: v(&format!("{path}.id")),
                label: vec![v(&format!("{path}.nama")), v(&format!("{path}.satuan"))],
                path,
            });
        };
        for t in 0..tree.len("perencanaan.tujuan") {
            let tp = format!("perencanaan.tujuan[{t}]");
            for i in 0..tree.len(&format!("{tp}.indikator")) {
                ind(format!("{tp}.indikator[{i}]"));
            }
            for s in 0..tree.len(&format!("{tp}.sasaran")) {
                for i in 0..tree.len(&format!("{tp}.sasaran[{s}].indikator")) {
                    ind(format!("{tp}.sasaran[{s}].indikator[{i}]"));
                }
            }
        }
        b.tahun = years.into_iter().collect();
        for p in 0..tree.len("program") {
            let pp = format!("program[{p}]");
            let pid = v(&format!("{pp}.id"));
            b.program.push(Baris { id: pid.clone(), label: vec![v(&format!("{pp}.nama"))], path: pp.clone() });
            for k in 0..tree.len(&format!("{pp}.kegiatan")) {
                let kp = format!("{pp}.kegiatan[{k}]");
                let kid = v(&format!("{kp}.id"));
                for s in 0..tree.len(&format!("{kp}.sub_kegiatan")) {
                    let sp = format!("{kp}.sub_kegiatan[{s}]");
                    let label = vec![kid.clone(), v(&format!("{sp}.nama"))];
                    b.sub_kegiatan.push(Baris { id: v(&format!("{sp}.id")), label, path: sp });
                }
                b.kegiatan.push(Baris { id: kid, label: vec![pid.clone(), v(&format!("{kp}.nama"))], path: kp });
            }
        }
        for (key, label) in KEUANGAN {
            let path = format!("akuntabilitas.keuangan.{key}");
            if tree.mappings.contains_key(&path) {
                b.keuangan.push(Baris { id: key.to_owned(), label: vec![label.to_owned()], path });
            }
        }
        b
    }

    /// Whether a budget field of an entry is its own, not the sum of its parts: a program's
    /// pagu and realisasi when written or when not all kegiatan are listed, a kegiatan's when
    /// written or when it has no sub kegiatan.
    pub fn sendiri(tree: &Tree, path: &str, field: &str) -> bool {
        if tree.scalars.contains_key(&format!("{path}.{field}")) {
            return true;
        }
        if path.starts_with("program[") && path.matches('[').count() == 1 {
            return tree.value(&format!("{path}.kegiatan_lengkap")) == Some("false");
        }
        tree.len(&format!("{path}.sub_kegiatan")) == 0
    }
}
