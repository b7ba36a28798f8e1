//! The words about how indicators are measured and judged (ratios, quarters, years without a
//! target, scales, efficiency methods), in Indonesian and English. Reached through
//! [`super::Msg::Ukur`].

use super::Lang;
use crate::value::agregasi::Agregasi;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UkurMsg {
    /// Hint to a missing target of the report year.
    TanpaTargetHint {
        year: u16,
    },
    /// A year written both as a value and as a fraction.
    DuaKali {
        year: u16,
    },
    PenyebutNol,
    KaliNol,
    LimaTriwulan {
        n: usize,
    },
    /// A yearly value that disagrees with its four quarters.
    TriwulanBeda {
        year: u16,
        written: String,
        derived: String,
        how: Agregasi,
    },
    TanpaTargetPunyaTarget {
        year: u16,
    },
    /// A band without bounds that is not the band for "no value".
    PitaTanpaNilaiBerbatas {
        label: String,
    },
    PitaTanpaNilaiDua {
        label: String,
    },
    /// `di_atas_maks` on a band that is not the top one.
    DiAtasBukanTeratas {
        label: String,
    },
    /// The top band ends at `maks`: what happens above is not said.
    DiAtasMaks {
        label: String,
        maks: String,
    },
    /// Four quarters of a program's budget that do not add up to its pagu or realisasi.
    TriwulanAnggaranBeda {
        rencana: bool,
        sum: String,
        whole: String,
    },
    /// Tabel 3.2 asked for too few or too many years.
    JumlahTahun {
        n: u16,
    },
    /// A kegiatan of the EKA efficiency without volume.
    TanpaVolume {
        id: String,
    },
}

fn agregasi(how: Agregasi, lang: Lang) -> &'static str {
    match (how, lang) {
        (Agregasi::Jumlah, Lang::En) => "their sum",
        (Agregasi::Akhir, Lang::En) => "the fourth quarter's",
        (Agregasi::RataRata, Lang::En) => "their mean",
        (Agregasi::Jumlah, Lang::Id) => "jumlahnya",
        (Agregasi::Akhir, Lang::Id) => "nilai triwulan IV",
        (Agregasi::RataRata, Lang::Id) => "rata-ratanya",
    }
}

impl UkurMsg {
    pub fn text(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            UkurMsg::TanpaTargetHint { year } if en => format!(
                "write the target for {year}; if {year} has no target of its own, write `tanpa_target: [{year}]` and it is judged against the end-of-Renstra target only"
            ),
            UkurMsg::TanpaTargetHint { year } => format!(
                "tulis target tahun {year}; bila tahun {year} memang tidak punya target sendiri, tulis `tanpa_target: [{year}]` dan capaiannya dinilai terhadap target akhir Renstra saja"
            ),
            UkurMsg::DuaKali { year } if en => {
                format!("{year} is given twice, as a value and as numerator/denominator: keep one")
            }
            UkurMsg::DuaKali { year } => {
                format!("tahun {year} ditulis dua kali, sebagai nilai dan sebagai pembilang/penyebut: pakai salah satu")
            }
            UkurMsg::PenyebutNol if en => "the denominator (penyebut) is 0: the ratio is undefined".into(),
            UkurMsg::PenyebutNol => "penyebut bernilai 0: rasionya tidak terdefinisi".into(),
            UkurMsg::KaliNol if en => "`kali` is 0: every ratio would be 0 (100 for a percentage)".into(),
            UkurMsg::KaliNol => "`kali` bernilai 0: semua rasio menjadi 0 (untuk persentase tulis 100)".into(),
            UkurMsg::LimaTriwulan { n } if en => format!("{n} quarters: a year has four (triwulan I–IV)"),
            UkurMsg::LimaTriwulan { n } => format!("{n} triwulan: satu tahun hanya punya empat (triwulan I–IV)"),
            UkurMsg::TriwulanBeda { year, written, derived, how } if en => format!(
                "{year} is written as {written}, but its four quarters give {derived} ({}): correct one of them, or delete the yearly value",
                agregasi(*how, lang)
            ),
            UkurMsg::TriwulanBeda { year, written, derived, how } => format!(
                "tahun {year} ditulis {written}, tetapi empat triwulannya memberi {derived} ({}): perbaiki salah satunya, atau hapus nilai tahunannya",
                agregasi(*how, lang)
            ),
            UkurMsg::TanpaTargetPunyaTarget { year } if en => {
                format!("{year} is listed as a year without a target, but a target for {year} is given")
            }
            UkurMsg::TanpaTargetPunyaTarget { year } => {
                format!("tahun {year} disebut tanpa target, tetapi target tahun {year} ditulis")
            }
            UkurMsg::PitaTanpaNilaiBerbatas { label } if en => {
                format!("band `{label}` is for values that cannot be computed: it takes no `min` or `maks`")
            }
            UkurMsg::PitaTanpaNilaiBerbatas { label } => {
                format!("pita `{label}` untuk nilai yang tidak dapat dihitung: tanpa `min` atau `maks`")
            }
            UkurMsg::PitaTanpaNilaiDua { label } if en => {
                format!("band `{label}` is a second band for values that cannot be computed: one is enough")
            }
            UkurMsg::PitaTanpaNilaiDua { label } => {
                format!("pita `{label}` adalah pita kedua untuk nilai yang tidak dapat dihitung: cukup satu")
            }
            UkurMsg::DiAtasBukanTeratas { label } if en => {
                format!("`di_atas_maks` is for the top band only, and `{label}` is not the top band")
            }
            UkurMsg::DiAtasBukanTeratas { label } => {
                format!("`di_atas_maks` hanya untuk pita teratas, sedangkan `{label}` bukan pita teratas")
            }
            UkurMsg::DiAtasMaks { label, maks } if en => format!(
                "the top band `{label}` ends at {maks}: a value above it gets no label; write `di_atas_maks: true` on it if values above {maks} belong to it, or add a band above"
            ),
            UkurMsg::DiAtasMaks { label, maks } => format!(
                "pita teratas `{label}` berakhir di {maks}: nilai di atasnya tidak berlabel; tulis `di_atas_maks: true` pada pita itu bila nilai di atas {maks} termasuk di dalamnya, atau tambahkan pita di atasnya"
            ),
            UkurMsg::TriwulanAnggaranBeda { rencana: true, sum, whole } if en => {
                format!("the four quarters' plan adds up to {sum}, the program's pagu is {whole}")
            }
            UkurMsg::TriwulanAnggaranBeda { rencana: false, sum, whole } if en => {
                format!("the four quarters' spending adds up to {sum}, the program's realisasi is {whole}")
            }
            UkurMsg::TriwulanAnggaranBeda { rencana: true, sum, whole } => {
                format!("rencana empat triwulan berjumlah {sum}, sedangkan pagu program {whole}")
            }
            UkurMsg::TriwulanAnggaranBeda { rencana: false, sum, whole } => {
                format!("realisasi empat triwulan berjumlah {sum}, sedangkan realisasi program {whole}")
            }
            UkurMsg::JumlahTahun { n } if en => format!("{n} years: the comparison table shows 2 to 10"),
            UkurMsg::JumlahTahun { n } => format!("{n} tahun: tabel perbandingan memuat 2 sampai 10 tahun"),
            UkurMsg::TanpaVolume { id } if en => format!(
                "kegiatan `{id}` serves a sasaran measured by the EKA method but has no `volume` (target and realisasi of its output)"
            ),
            UkurMsg::TanpaVolume { id } => format!(
                "kegiatan `{id}` menunjang sasaran yang diukur dengan metode EKA tetapi tidak punya `volume` (target dan realisasi keluarannya)"
            ),
        }
    }
}
