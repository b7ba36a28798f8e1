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
                b.kegiatan.push(Baris {
                    id: v(&format!("{kp}.id")),
                    label: vec![pid.clone(), v(&format!("{kp}.nama"))],
                    path: kp,
                });
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

    /// Whether a program's realisasi is its own (not the sum of its kegiatan).
    pub fn realisasi_sendiri(tree: &Tree, program_path: &str) -> bool {
        tree.value(&format!("{program_path}.kegiatan_lengkap")) == Some("false")
            || tree.scalars.contains_key(&format!("{program_path}.realisasi"))
    }
}
