//! The words of the budget tree (program → kegiatan → sub kegiatan), the report kinds and the
//! plausibility warnings a reviewer would raise, in Indonesian and English.
//!
//! Reached through [`super::Msg::Anggaran`].

use rust_decimal::Decimal;

use super::Lang;
use crate::format::angka;

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
    SerapanRendah { what: Tingkat, name: String, serapan: Decimal },
    /// A capaian above 300 %.
    CapaianTinggi { year: u16, capaian: Decimal },
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
    /// A document kind lkjip has no full name for, and no `dokumen.judul`.
    JenisTanpaJudul { jenis: String, known: String },
    /// The kind of instansi does not fit its government's level.
    JenisTingkat { jenis: &'static str, pusat: bool },
    /// `init --from`: the question for the new Renstra period.
    TanyaPeriode { awal: i64, akhir: i64, year: i64 },
    /// `init --from`: a period that is not `AWAL-AKHIR`.
    PeriodeTakTerbaca { value: String },
    /// `init --from` off a terminal, past the Renstra, without `--renstra`.
    PeriodeBerakhir { awal: i64, akhir: i64, year: i64 },
    /// `--renstra` that does not hold the new report's year.
    PeriodeTanpaTahun { awal: i64, akhir: i64, year: i64 },
    /// Hint: the report year is outside the Renstra.
    PetunjukTahunLaporan { akhir: u16 },
    /// Hint: an indicator's value for a year outside the Renstra.
    PetunjukTahunNilai { awal: u16 },
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
                let serapan = angka(*serapan);
                if en {
                    format!("the serapan of {}`{name}` is only {serapan} %: is the realisasi complete?", w(*what))
                } else {
                    format!("serapan {}`{name}` hanya {serapan} %: apakah realisasinya sudah lengkap?", w(*what))
                }
            }
            AnggaranMsg::CapaianTinggi { year, capaian } => {
                let capaian = angka(*capaian);
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
            AnggaranMsg::JenisTanpaJudul { jenis, known } => {
                if en {
                    format!(
                        "`{jenis}` is not one of the kinds lkjip knows ({known}): write its full name as `dokumen.judul`"
                    )
                } else {
                    format!(
                        "`{jenis}` bukan jenis laporan yang dikenal lkjip ({known}): tuliskan nama lengkapnya di `dokumen.judul`"
                    )
                }
            }
            AnggaranMsg::JenisTingkat { jenis, pusat: true } => {
                if en {
                    format!("an instansi of jenis `{jenis}` belongs to the central government: write `tingkat: pusat`")
                } else {
                    format!("instansi berjenis `{jenis}` adalah instansi pusat: tuliskan `tingkat: pusat`")
                }
            }
            AnggaranMsg::JenisTingkat { jenis, pusat: false } => {
                if en {
                    format!(
                        "`tingkat: pusat` is for a kementerian, a lembaga or one of their units (instansi.jenis `kementerian_lembaga` or `unit_kerja`), not `{jenis}`"
                    )
                } else {
                    format!(
                        "`tingkat: pusat` untuk kementerian, lembaga atau unitnya (instansi.jenis `kementerian_lembaga` atau `unit_kerja`), bukan `{jenis}`"
                    )
                }
            }
            AnggaranMsg::TanyaPeriode { awal, akhir, year } => {
                if en {
                    format!(
                        "The Renstra {awal}–{akhir} ended; the report of {year} starts a new one. Its period (e.g. {year}-{}):",
                        year + 4
                    )
                } else {
                    format!(
                        "Renstra {awal}–{akhir} telah berakhir; laporan {year} memulai Renstra baru. Periodenya (mis. {year}-{}):",
                        year + 4
                    )
                }
            }
            AnggaranMsg::PeriodeTakTerbaca { value } => {
                if en {
                    format!("`{value}` is not a period: write the first and the last year, e.g. 2025-2029")
                } else {
                    format!("`{value}` bukan periode: tuliskan tahun awal dan akhir, mis. 2025-2029")
                }
            }
            AnggaranMsg::PeriodeBerakhir { awal, akhir, year } => {
                if en {
                    format!(
                        "the Renstra {awal}–{akhir} ended before {year}: give the new period, e.g. `--renstra {year}-{}`",
                        year + 4
                    )
                } else {
                    format!(
                        "Renstra {awal}–{akhir} berakhir sebelum {year}: sebutkan periode barunya, mis. `--renstra {year}-{}`",
                        year + 4
                    )
                }
            }
            AnggaranMsg::PeriodeTanpaTahun { awal, akhir, year } => {
                if en {
                    format!("the period {awal}–{akhir} does not hold the new report's year {year}")
                } else {
                    format!("periode {awal}–{akhir} tidak mencakup tahun laporan baru {year}")
                }
            }
            AnggaranMsg::PetunjukTahunLaporan { akhir } => {
                if en {
                    format!(
                        "a report lies in its Renstra; after {akhir} a new Renstra has begun: write its period in `perencanaan.renstra` (`lkjip init DIR --from LAST_YEAR.yaml --renstra AWAL-AKHIR` starts one and carries the indicators)"
                    )
                } else {
                    format!(
                        "laporan berada dalam periode Renstra-nya; setelah {akhir} berlaku Renstra baru: tuliskan periodenya di `perencanaan.renstra` (`lkjip init FOLDER --from LAPORAN_LALU.yaml --renstra AWAL-AKHIR` memulainya dan membawa indikatornya)"
                    )
                }
            }
            AnggaranMsg::PetunjukTahunNilai { awal } => {
                if en {
                    format!(
                        "remove this year, or correct `perencanaan.renstra` if the plan covers it; the last value before {awal} is the baseline: write it as `data_awal`"
                    )
                } else {
                    format!(
                        "hapus tahun ini, atau perbaiki `perencanaan.renstra` bila rencananya mencakupnya; nilai terakhir sebelum {awal} adalah data awal: tuliskan di `data_awal`"
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
