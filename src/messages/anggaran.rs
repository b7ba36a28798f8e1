//! The words of the budget tree (program → kegiatan → sub kegiatan), the report kinds and the
//! plausibility warnings a reviewer would raise, in Indonesian and English.
//!
//! Reached through [`super::Msg::Anggaran`].

use super::Lang;

/// Which level of the budget tree a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tingkat {
    Program,
    Kegiatan,
    SubKegiatan,
    /// A line of the financial accountability (belanja operasi, belanja modal).
    Belanja,
}

impl Tingkat {
    fn en(self) -> &'static str {
        match self {
            Tingkat::Program => "program",
            Tingkat::Kegiatan => "kegiatan",
            Tingkat::SubKegiatan => "sub kegiatan",
            Tingkat::Belanja => "",
        }
    }
    fn id(self) -> &'static str {
        self.en()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnggaranMsg {
    /// Serapan below 10 %.
    SerapanRendah { what: Tingkat, name: String, serapan: String },
    /// A capaian above 300 %.
    CapaianTinggi { year: u16, capaian: String },
    /// A realisasi more than 10 times (or less than a tenth of) the previous year's.
    LonjakanRealisasi { year: u16, value: String, lalu: String },
    /// One child's pagu alone is above its parent's.
    AnakMelebihiInduk { child: Tingkat, name: String, pagu: String, parent: Tingkat, parent_pagu: String },
    /// A level's written pagu or realisasi is not the sum of its children's.
    JumlahBerbeda { what: Tingkat, name: String, field: &'static str, given: String, sum: String, child: Tingkat },
    /// A level with neither its own figure nor children to add up.
    TanpaAnggaran { what: Tingkat, name: String, field: &'static str, child: Tingkat },
    /// A sub kegiatan linked to a sasaran together with its kegiatan.
    IndukJugaTerkait { id: String, parent: String },
}

impl AnggaranMsg {
    pub fn text(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        // "program `P1`", "kegiatan `K1`", but just "`belanja modal`"
        let w = |t: Tingkat| {
            let word = if en { t.en() } else { t.id() };
            if word.is_empty() { String::new() } else { format!("{word} ") }
        };
        match self {
            AnggaranMsg::SerapanRendah { what, name, serapan } => {
                if en {
                    format!("the serapan of {}`{name}` is only {serapan} %: is the realisasi complete?", w(*what))
                } else {
                    format!("serapan {}`{name}` hanya {serapan} %: apakah realisasinya sudah lengkap?", w(*what))
                }
            }
            AnggaranMsg::CapaianTinggi { year, capaian } => {
                if en {
                    format!(
                        "the capaian of {year} is {capaian} %, above 300 %: check the target and the realisasi (unit, scale, a typo)"
                    )
                } else {
                    format!(
                        "capaian tahun {year} adalah {capaian} %, di atas 300 %: periksa target dan realisasinya (satuan, skala, salah ketik)"
                    )
                }
            }
            AnggaranMsg::LonjakanRealisasi { year, value, lalu } => {
                if en {
                    format!(
                        "the realisasi of {year} ({value}) differs from the previous year's ({lalu}) by a factor of more than 10: check the unit and the scale"
                    )
                } else {
                    format!(
                        "realisasi tahun {year} ({value}) berbeda lebih dari 10 kali lipat dari tahun sebelumnya ({lalu}): periksa satuan dan skalanya"
                    )
                }
            }
            AnggaranMsg::AnakMelebihiInduk { child, name, pagu, parent, parent_pagu } => {
                if en {
                    format!(
                        "the pagu of {}`{name}` ({pagu}) is above the pagu of its {}({parent_pagu})",
                        w(*child),
                        w(*parent)
                    )
                } else {
                    format!("pagu {}`{name}` ({pagu}) melebihi pagu {}induknya ({parent_pagu})", w(*child), w(*parent))
                }
            }
            AnggaranMsg::JumlahBerbeda { what, name, field, given, sum, child } => {
                if en {
                    format!(
                        "the {field} of {}`{name}` is {given}, but its {}add up to {sum}: correct one of them, or leave the {field} out (it is then their sum)",
                        w(*what),
                        w(*child)
                    )
                } else {
                    format!(
                        "{field} {}`{name}` tertulis {given}, tetapi jumlah {}di bawahnya {sum}: perbaiki salah satunya, atau hapus {field} itu (lkjip menjumlahkannya)",
                        w(*what),
                        w(*child)
                    )
                }
            }
            AnggaranMsg::TanpaAnggaran { what, name, field, child } => {
                if en {
                    format!(
                        "{}`{name}` has no {field}: write it, or list all of its {}(their sum is taken)",
                        w(*what),
                        w(*child)
                    )
                } else {
                    format!(
                        "{}`{name}` belum memiliki {field}: tuliskan, atau cantumkan semua {}di bawahnya (jumlahnya yang dipakai)",
                        w(*what),
                        w(*child)
                    )
                }
            }
            AnggaranMsg::IndukJugaTerkait { id, parent } => {
                if en {
                    format!(
                        "`{id}` is a sub kegiatan of `{parent}`, which is listed too: its budget would be counted twice; list one of them"
                    )
                } else {
                    format!(
                        "`{id}` adalah sub kegiatan dari `{parent}` yang juga tercantum: anggarannya terhitung dua kali; cantumkan salah satunya"
                    )
                }
            }
        }
    }
}
