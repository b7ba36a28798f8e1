//! Shared helpers of the presentation layer: narrative, values, officials.

use rust_decimal::Decimal;

use crate::compute::figures::figure;
use crate::compute::report::{Computed, IndikatorHasil, Persen};
use crate::format::{angka, desimal};
use crate::input::types::{Indikator, Pejabat, StatusJabatan};
use crate::model::Report;
use crate::narrative;
use crate::render::data::{Blok, Butir, Narasi, Span, TandaTangan};
use crate::value::nip::Nip;

pub struct Cx<'a> {
    pub report: &'a Report,
    pub c: &'a Computed,
}

pub const TAK_TERDEFINISI: &str = "tak terdefinisi";

impl Cx<'_> {
    /// Narrative text with placeholders resolved.
    pub fn narasi(&self, text: &str) -> crate::present::Result<Narasi> {
        let blocks = narrative::resolve(&narrative::parse(text), &|k: &str| {
            figure(self.report, self.c, k).map(|f| super::figures::text(&f, self.dp()))
        })
        .map_err(crate::messages::present::PresentFault::Placeholder)?;
        Ok(blocks.into_iter().filter_map(convert).collect())
    }
    pub fn narasi_opt(&self, text: Option<&String>) -> crate::present::Result<Narasi> {
        text.map_or(Ok(Vec::new()), |t| self.narasi(t))
    }
    pub fn dp(&self) -> u32 {
        self.c.desimal
    }
    /// A percentage as a table shows it ("76,56"), or "tak terdefinisi".
    pub fn pct(&self, p: Option<Persen>) -> String {
        p.map_or_else(|| TAK_TERDEFINISI.to_owned(), |p| desimal(p.nilai, self.dp()))
    }
    /// A percentage with its sign ("76,56 %").
    pub fn pct_sign(&self, p: Option<Persen>) -> String {
        p.map_or_else(|| TAK_TERDEFINISI.to_owned(), |p| crate::format::persen(p.nilai, self.dp()))
    }
    #[expect(
        clippy::expect_used,
        reason = "called only with the id of a computed indicator, and every indicator of the report is computed"
    )]
    pub fn hasil(&self, id: &str) -> &IndikatorHasil {
        self.c.indikator.iter().find(|i| i.id == id).expect("computed from the report")
    }
    /// "Dinas … Kota Pekalongan", "Inspektorat Jenderal Kementerian Perdagangan"; a name that
    /// already holds its government's ("Pemerintah Kota Malang") is not joined with it again.
    pub fn instansi_lengkap(&self) -> String {
        instansi_lengkap(self.report)
    }
}

/// A narrative block as the layouts receive it; a block placeholder is not one (the sections that
/// take them split their narrative at it, see `urutan`; `check` refuses it anywhere else).
pub fn convert(b: Blok) -> Option<Blok> {
    Some(match b {
        Blok::Daftar { butir } => Blok::Daftar {
            butir: butir
                .into_iter()
                .map(|x| Butir { penanda: x.penanda, isi: x.isi.into_iter().filter_map(convert).collect() })
                .collect(),
        },
        Blok::Sisipan { .. } => return None,
        paragraf @ Blok::Paragraf { .. } => paragraf,
    })
}

/// "Kota Pekalongan"; for the central government its kementerian or lembaga as written. Printed
/// as the model names it today; a cover that wants another form changes this, never the model's
/// (which is the archive's identity of the report).
pub fn pemerintah(report: &Report) -> String {
    report.pemerintah()
}

/// Whether the instansi's own name already holds its government's (any case).
pub fn memuat_pemerintah(report: &Report) -> bool {
    report.doc.instansi.nama.to_lowercase().contains(&pemerintah(report).to_lowercase())
}

/// The instansi's full name, its government's joined once.
pub fn instansi_lengkap(report: &Report) -> String {
    let nama = &report.doc.instansi.nama;
    if memuat_pemerintah(report) { nama.clone() } else { format!("{nama} {}", pemerintah(report)) }
}

/// What the medium-term plan is called: a pemerintah daerah reports on its RPJMD, everyone
/// else on a Renstra.
pub fn rencana(report: &Report) -> &'static str {
    match report.doc.instansi.jenis {
        crate::input::types::JenisInstansi::PemerintahDaerah => "RPJMD",
        _ => "Renstra",
    }
}

/// A paragraph of plain text.
pub fn para(s: impl Into<String>) -> Blok {
    Blok::Paragraf { isi: vec![Span { teks: s.into(), tebal: false, miring: false }] }
}

/// A bold paragraph.
pub fn para_tebal(s: impl Into<String>) -> Blok {
    Blok::Paragraf { isi: vec![Span { teks: s.into(), tebal: true, miring: false }] }
}

/// A list whose items are single paragraphs.
pub fn daftar(items: impl IntoIterator<Item = (String, Narasi)>) -> Blok {
    Blok::Daftar { butir: items.into_iter().map(|(penanda, isi)| Butir { penanda, isi }).collect() }
}

/// A raw value as written ("5,00"), or "-".
pub fn nilai(d: Option<Decimal>) -> String {
    d.map_or_else(|| "-".to_owned(), angka)
}

/// An indicator's raw value as the tables print it, with its grade when it has one ("84,21 (A)").
pub fn nilai_i(i: &Indikator, d: Option<Decimal>) -> String {
    match (d, i.predikat) {
        (Some(v), Some(p)) => format!("{} ({})", angka(v), crate::compute::predikat::predikat(p, v)),
        _ => nilai(d),
    }
}

/// A raw value with its unit, as a PK or a sentence shows it ("60,27 %", "Rp 9,43 Trilyun");
/// an index, score or "nilai" is a bare number ("75,32", never "75,32 nilai").
pub fn dengan_satuan(d: Option<Decimal>, satuan: &str) -> String {
    let v = nilai(d);
    let s = satuan.trim().trim_start_matches('(').trim_end_matches(')').trim();
    let lower = s.to_lowercase();
    if s == "%" || lower == "persen" {
        format!("{v} %")
    } else if let Some(rest) = s.strip_prefix("Rp") {
        format!("Rp {v}{}{}", if rest.trim().is_empty() { "" } else { " " }, rest.trim().trim_start_matches('.').trim())
    } else if matches!(lower.as_str(), "indeks" | "skor" | "nilai" | "") {
        v
    } else {
        format!("{v} {s}")
    }
}

pub fn tanda_tangan(p: &Pejabat, tempat: Option<String>, tanggal: Option<String>) -> TandaTangan {
    TandaTangan {
        tempat,
        tanggal,
        awalan: match p.status {
            StatusJabatan::Definitif => None,
            StatusJabatan::Plt => Some("Plt.".to_owned()),
            StatusJabatan::Plh => Some("Plh.".to_owned()),
        },
        jabatan: crate::model::markers::printed(&p.jabatan).unwrap_or_default(),
        nama: crate::model::markers::printed(&p.nama),
        pangkat: match (&p.pangkat, &p.golongan) {
            (Some(pk), Some(g)) => Some(format!("{pk} ({g})")),
            (Some(pk), None) => Some(pk.clone()),
            (None, Some(g)) => Some(g.clone()),
            (None, None) => None,
        },
        nip: p.nip.as_deref().and_then(Nip::parse).map(|n| n.to_string()),
    }
}

/// The indicator of a computed result.
#[expect(clippy::expect_used, reason = "called only with the id of a computed indicator, which comes from the report")]
pub fn indikator<'a>(cx: &'a Cx, id: &str) -> &'a Indikator {
    let i = cx.report.indikator_index(id).expect("computed from the report");
    cx.report.indikator_at(&cx.report.indikator[i])
}

#[cfg(test)]
mod tests {
    use super::dengan_satuan;

    #[test]
    fn a_value_carries_its_unit_unless_the_unit_is_only_a_kind_of_number() {
        let d = |s: &str| Some(s.parse().unwrap());
        assert_eq!(dengan_satuan(d("9.80"), "%"), "9,80 %");
        assert_eq!(dengan_satuan(d("74.20"), "tahun"), "74,20 tahun");
        assert_eq!(dengan_satuan(d("9.43"), "Rp Trilyun"), "Rp 9,43 Trilyun");
        for unitless in ["Nilai", "nilai", "Indeks", "(skor)", ""] {
            assert_eq!(dengan_satuan(d("70.00"), unitless), "70,00", "{unitless}");
        }
    }
}
