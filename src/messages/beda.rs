//! What `lkjip diff` says about the computed figures that changed between two revisions (an
//! indicator's capaian and status, a budget's serapan), in Indonesian and English. The values
//! are typed (exact, as computed and rounded once by compute); only the words and the
//! Indonesian spelling of the numbers (`format`) are made here.

use rust_decimal::Decimal;
use serde::Serialize;

use super::Lang;
use crate::format;

/// A value on each side of a diff: the older revision's and the newer's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pair<T> {
    pub old: T,
    pub new: T,
}

impl<T: PartialEq> Pair<T> {
    pub fn changed(&self) -> bool {
        self.old != self.new
    }
}

/// Which level of the budget tree a serapan belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tingkat {
    Program,
    Kegiatan,
    SubKegiatan,
}

/// Which revision of the two a remark is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Old,
    New,
}

/// One computed consequence of the changes, or a remark about them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "jenis", rename_all = "snake_case")]
pub enum Beda {
    /// An indicator whose capaian (as shown) or status changed; `None`: no capaian (undefined
    /// or no realisasi), or the indicator is absent on that side.
    Indikator {
        id: String,
        nama: String,
        iku: bool,
        capaian: Pair<Option<Decimal>>,
        status: Pair<Option<String>>,
        desimal: u32,
    },
    /// A program, kegiatan or sub kegiatan whose pagu or realisasi changed, with its serapan.
    Serapan {
        tingkat: Tingkat,
        id: String,
        nama: String,
        pagu: Pair<Option<Decimal>>,
        realisasi: Pair<Option<Decimal>>,
        serapan: Pair<Option<Decimal>>,
        desimal: u32,
    },
}

/// What `diff` says around the computed changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remark {
    /// The heading before the computed changes.
    Heading,
    /// Both sides computed and no figure changed.
    NoneChanged,
    /// One side does not compute (invalid data): only the YAML paths are shown.
    DoesNotCompute { side: Side, revision: u32, errors: usize },
    /// One side's archived YAML does not parse: nothing can be compared (the parser's words).
    Unparsable { side: Side, revision: u32, detail: String },
}

/// One changed YAML path, `path: old → new` (`(tidak ada)` / `(none)` for an absent side).
pub fn path_change(c: &crate::yamldiff::Change, lang: Lang) -> String {
    let en = lang == Lang::En;
    let side = |v: &Option<String>| v.clone().unwrap_or_else(|| none(en).to_owned());
    let path = match (c.path.is_empty(), en) {
        (false, _) => c.path.as_str(),
        (true, true) => "(the whole document)",
        (true, false) => "(seluruh dokumen)",
    };
    format!("{path}: {} → {}", side(&c.old), side(&c.new))
}

fn none(en: bool) -> &'static str {
    if en { "(none)" } else { "(tidak ada)" }
}

fn unchanged(en: bool) -> &'static str {
    if en { "unchanged" } else { "tetap" }
}

/// `a → b`, or `a (unchanged)` when both are equal.
fn arrow<T: PartialEq>(p: &Pair<T>, en: bool, show: impl Fn(&T) -> String) -> String {
    if p.changed() {
        format!("{} → {}", show(&p.old), show(&p.new))
    } else {
        format!("{} ({})", show(&p.old), unchanged(en))
    }
}

impl Beda {
    pub fn text(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            Beda::Indikator { id, nama, iku, capaian, status, desimal } => {
                let kind = match (iku, en) {
                    (true, _) => "IKU",
                    (false, true) => "indicator",
                    (false, false) => "indikator",
                };
                let pct = |v: &Option<Decimal>| v.map_or_else(|| none(en).to_owned(), |d| format::persen(d, *desimal));
                let st = |v: &Option<String>| v.clone().unwrap_or_else(|| none(en).to_owned());
                format!("{kind} {id} {nama}: capaian {}, status {}", arrow(capaian, en, pct), arrow(status, en, st))
            }
            Beda::Serapan { tingkat, id, nama, pagu, realisasi, serapan, desimal } => {
                let kind = match (tingkat, en) {
                    (Tingkat::Program, _) => "program",
                    (Tingkat::Kegiatan, _) => "kegiatan",
                    (Tingkat::SubKegiatan, _) => "sub kegiatan",
                };
                let pct = |v: &Option<Decimal>| v.map_or_else(|| none(en).to_owned(), |d| format::persen(d, *desimal));
                let rp = |v: &Option<Decimal>| v.map_or_else(|| none(en).to_owned(), format::rupiah);
                let mut parts = vec![format!("serapan {}", arrow(serapan, en, pct))];
                if pagu.changed() {
                    parts.push(format!("pagu {}", arrow(pagu, en, rp)));
                }
                if realisasi.changed() {
                    parts.push(format!("realisasi {}", arrow(realisasi, en, rp)));
                }
                format!("{kind} {id} {nama}: {}", parts.join(", "))
            }
        }
    }
}

/// Which of the two revisions.
fn which(side: Side, en: bool) -> &'static str {
    match (side, en) {
        (Side::Old, true) => "the older",
        (Side::New, true) => "the newer",
        (Side::Old, false) => "yang lama",
        (Side::New, false) => "yang baru",
    }
}

impl Remark {
    pub fn text(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            Remark::Heading if en => "computed figures that changed:".into(),
            Remark::Heading => "angka hasil hitungan yang berubah:".into(),
            Remark::NoneChanged if en => "no computed figure changed (capaian, status, serapan)".into(),
            Remark::NoneChanged => "tidak ada angka hasil hitungan yang berubah (capaian, status, serapan)".into(),
            Remark::Unparsable { side, revision, detail } => {
                if en {
                    format!("revision {revision} ({}): its YAML does not parse: {detail}", which(*side, en))
                } else {
                    format!(
                        "revisi {revision} ({}): YAML-nya tidak dapat diurai (kata pengurai YAML: \"{detail}\")",
                        which(*side, en)
                    )
                }
            }
            Remark::DoesNotCompute { side, revision, errors } => {
                let which = which(*side, en);
                if en {
                    format!(
                        "revision {revision} ({which}) does not compute ({errors} errors; `lkjip check` on its YAML lists them): only the changes of its data are shown"
                    )
                } else {
                    format!(
                        "revisi {revision} ({which}) tidak dapat dihitung ({errors} kesalahan; `lkjip check` pada YAML-nya menyebutkannya): hanya perubahan datanya yang ditampilkan"
                    )
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_yaml_path_and_an_unparsable_side_in_both_languages() {
        let c = crate::yamldiff::Change { path: "program[0].pagu".into(), old: Some("10".into()), new: None };
        assert_eq!(path_change(&c, Lang::En), "program[0].pagu: 10 → (none)");
        assert_eq!(path_change(&c, Lang::Id), "program[0].pagu: 10 → (tidak ada)");
        let whole = crate::yamldiff::Change { path: String::new(), old: Some("a".into()), new: Some("b".into()) };
        assert_eq!(path_change(&whole, Lang::Id), "(seluruh dokumen): a → b");
        let u = Remark::Unparsable { side: Side::New, revision: 3, detail: "did not find expected node".into() };
        assert_eq!(
            u.text(Lang::Id),
            "revisi 3 (yang baru): YAML-nya tidak dapat diurai (kata pengurai YAML: \"did not find expected node\")"
        );
        assert_eq!(u.text(Lang::En), "revision 3 (the newer): its YAML does not parse: did not find expected node");
    }

    fn d(s: &str) -> Option<Decimal> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn an_indicator_line_in_both_languages() {
        let b = Beda::Indikator {
            id: "ekspor".into(),
            nama: "Nilai ekspor".into(),
            iku: false,
            capaian: Pair { old: d("115.58"), new: None },
            status: Pair { old: Some("Melebihi Target".into()), new: Some("Melebihi Target".into()) },
            desimal: 2,
        };
        assert_eq!(
            b.text(Lang::En),
            "indicator ekspor Nilai ekspor: capaian 115,58 % → (none), status Melebihi Target (unchanged)"
        );
        assert_eq!(
            b.text(Lang::Id),
            "indikator ekspor Nilai ekspor: capaian 115,58 % → (tidak ada), status Melebihi Target (tetap)"
        );
    }

    #[test]
    fn a_serapan_line_names_only_what_changed() {
        let b = Beda::Serapan {
            tingkat: Tingkat::Kegiatan,
            id: "k".into(),
            nama: "Kegiatan K".into(),
            pagu: Pair { old: d("1000"), new: d("1000") },
            realisasi: Pair { old: d("900"), new: d("950") },
            serapan: Pair { old: d("90.00"), new: d("95.00") },
            desimal: 2,
        };
        assert_eq!(b.text(Lang::En), "kegiatan k Kegiatan K: serapan 90,00 % → 95,00 %, realisasi Rp 900 → Rp 950");
    }
}
