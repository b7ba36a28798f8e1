//! How indicators are measured, as the tables show it: ratios with their numerator and
//! denominator, years judged against the end-of-Renstra target, quarters, the comparison with
//! earlier years (history, difference, scale changes), the budget per quarter.

use rust_decimal::Decimal;

use super::text::{Cx, nilai, nilai_i, para};
use crate::compute::figures::TIDAK_SEBANDING;
use crate::format::angka;
use crate::formula::ukur::{self, Asal, Sisi};
use crate::formula::{Arah, Kinerja};
use crate::input::types::{Indikator, Polaritas, Tahun};
use crate::input::ukur::Agregasi;
use crate::render::data::{BarisTriwulan, BarisTriwulanAnggaran, Narasi};

/// Marks a target cell of a year judged against the end-of-Renstra target (explained below the table).
pub const TANDA_TANPA_TARGET: &str = "*";

/// "85,80" and, for a ratio, its numerator and denominator on a second line.
fn dengan_pecahan(cx: &Cx, ind: &Indikator, sisi: Sisi, shown: Option<Decimal>) -> String {
    let v = nilai_i(ind, shown);
    match ukur::nilai(ind, sisi, cx.report.tahun()) {
        Ok(Some(n)) => match n.asal {
            Asal::Rasio(p) => format!("{v}\n({} /\n{})", angka(p.pembilang.value()), angka(p.penyebut.value())),
            _ => v,
        },
        _ => v,
    }
}

/// The report year's target as tables print it.
pub fn target(cx: &Cx, ind: &Indikator) -> String {
    let h = cx.hasil(&ind.id);
    if h.tanpa_target {
        return format!("-{TANDA_TANPA_TARGET}");
    }
    dengan_pecahan(cx, ind, Sisi::Target, h.target)
}

/// The report year's realisation as tables print it.
pub fn realisasi(cx: &Cx, ind: &Indikator) -> String {
    dengan_pecahan(cx, ind, Sisi::Realisasi, cx.hasil(&ind.id).realisasi)
}

fn semua<'a>(cx: &'a Cx) -> impl Iterator<Item = &'a Indikator> + 'a {
    cx.report.indikator.iter().map(|r| cx.report.indikator_at(r))
}

/// Notes under table 3.1: which years have no target of their own, which values are ratios.
pub fn catatan(cx: &Cx) -> Narasi {
    let tahun = cx.report.tahun();
    let akhir = cx.report.doc.perencanaan.renstra.akhir;
    let mut out = Vec::new();
    for ind in semua(cx) {
        let h = cx.hasil(&ind.id);
        if h.tanpa_target {
            out.push(para(format!(
                "{TANDA_TANPA_TARGET} {}: tahun {tahun} tidak memiliki target tahunan; capaian dinilai terhadap target akhir Renstra {akhir} ({}).",
                ind.nama,
                nilai(h.target_akhir)
            )));
        }
    }
    let rasio: Vec<&str> = semua(cx)
        .filter(|i| {
            [Sisi::Target, Sisi::Realisasi]
                .iter()
                .any(|s| matches!(ukur::nilai(i, *s, tahun), Ok(Some(n)) if matches!(n.asal, Asal::Rasio(_))))
        })
        .map(|i| i.nama.as_str())
        .collect();
    if !rasio.is_empty() {
        out.push(para(format!(
            "Nilai {} dihitung dari pembilang ÷ penyebut (tertulis di bawah nilainya); capaian dihitung dari rasio yang tidak dibulatkan.",
            rasio.join(", ")
        )));
    }
    out
}

fn empat(v: impl Fn(usize) -> String) -> Vec<String> {
    (0..4).map(v).collect()
}

fn cara(how: Agregasi) -> &'static str {
    match how {
        Agregasi::Jumlah => "jumlah triwulan",
        Agregasi::Akhir => "triwulan IV",
        Agregasi::RataRata => "rata-rata triwulan",
    }
}

/// The indicators measured per quarter in the report year.
pub fn triwulan(cx: &Cx) -> Vec<BarisTriwulan> {
    let tahun = cx.report.tahun();
    semua(cx)
        .filter(|i| i.triwulan.contains_key(&tahun))
        .map(|i| {
            let h = cx.hasil(&i.id);
            let q = |n: usize| h.triwulan.get(n);
            let real = nilai(h.realisasi);
            BarisTriwulan {
                indikator: i.nama.clone(),
                satuan: i.satuan.clone(),
                target: empat(|n| nilai(q(n).and_then(|t| t.target))),
                realisasi: empat(|n| nilai(q(n).and_then(|t| t.realisasi))),
                capaian: empat(|n| q(n).and_then(|t| t.capaian).map_or_else(|| "-".to_owned(), |p| cx.pct(Some(p)))),
                tahunan: match ukur::nilai(i, Sisi::Realisasi, tahun) {
                    Ok(Some(v)) => match v.asal {
                        Asal::Triwulan(how) => format!("{real} ({})", cara(how)),
                        _ => real,
                    },
                    _ => real,
                },
            }
        })
        .collect()
}

/// The programs' budgets per quarter.
pub fn triwulan_anggaran(cx: &Cx) -> Vec<BarisTriwulanAnggaran> {
    cx.report
        .doc
        .program
        .iter()
        .zip(&cx.c.program)
        .filter_map(|(p, h)| {
            let q = p.triwulan.as_ref()?;
            let at = |l: &[crate::number::Num], n: usize| nilai(l.get(n).map(|v| v.value()));
            Some(BarisTriwulanAnggaran {
                program: p.nama.clone(),
                rencana: empat(|n| at(&q.rencana, n)),
                realisasi: empat(|n| at(&q.realisasi, n)),
                serapan_kumulatif: empat(|n| {
                    h.serapan_triwulan.get(n).copied().flatten().map_or_else(|| "-".to_owned(), |s| cx.pct(Some(s)))
                }),
            })
        })
        .collect()
}

/// The years of table 3.2: as many as the data asks (default 4) up to the report year, from the
/// first year any indicator has a realisation (history before the Renstra included).
pub fn tahun_banding(cx: &Cx) -> Vec<Tahun> {
    let tahun = cx.report.tahun();
    let n = cx.report.doc.akuntabilitas.perbandingan.as_ref().and_then(|p| p.jumlah_tahun).unwrap_or(4);
    let first =
        cx.c.indikator
            .iter()
            .flat_map(|h| h.seri.iter().filter(|(_, t)| t.realisasi.is_some()).map(|(y, _)| *y))
            .min()
            .unwrap_or(tahun)
            .min(cx.report.doc.perencanaan.renstra.awal);
    (tahun.saturating_sub(n.saturating_sub(1)).max(first)..=tahun).collect()
}

/// Whether table 3.2 has the difference column.
pub fn dengan_selisih(cx: &Cx) -> bool {
    cx.report.doc.akuntabilitas.perbandingan.as_ref().is_some_and(|p| p.selisih)
}

/// Table 3.2's difference cell and remark of one indicator.
pub fn selisih_dan_keterangan(cx: &Cx, ind: &Indikator) -> (String, String) {
    let h = cx.hasil(&ind.id);
    if !h.sebanding {
        return ("-".into(), TIDAK_SEBANDING.into());
    }
    if dengan_selisih(cx) {
        let Some(d) = h.selisih_lalu else { return ("-".into(), "Tidak tersedia data".into()) };
        let word = match d.cmp(&Decimal::ZERO) {
            std::cmp::Ordering::Greater => "Kenaikan",
            std::cmp::Ordering::Less => "Penurunan",
            std::cmp::Ordering::Equal => "Tetap",
        };
        let sign = if d > Decimal::ZERO {
            "+"
        } else if d < Decimal::ZERO {
            "-"
        } else {
            ""
        };
        // the judgement where the word alone misleads: lower is better
        let judged = match (ind.polaritas, h.tren.map(|t| t.kinerja), word) {
            (_, _, "Tetap") | (Polaritas::Positif, _, _) | (_, None, _) => word.to_owned(),
            (Polaritas::Negatif, Some(Kinerja::Membaik), _) => format!("{word} (membaik)"),
            (Polaritas::Negatif, Some(_), _) => format!("{word} (memburuk)"),
        };
        return (format!("{sign}{}", angka(d.abs())), judged);
    }
    // the reference's remark: the direction, judged for negative indicators
    let keterangan = h.tren.map_or_else(
        || "-".to_owned(),
        |t| {
            let arah = format!("{:?}", t.arah);
            match (ind.polaritas, t.kinerja) {
                (Polaritas::Negatif, Kinerja::Membaik) if t.arah != Arah::Tetap => format!("{arah} (membaik)"),
                (Polaritas::Negatif, Kinerja::Memburuk) => format!("{arah} (memburuk)"),
                _ => arah,
            }
        },
    );
    (String::new(), keterangan)
}

/// The EKA rows of a sasaran's kegiatan that have a volume.
pub fn eka_rows(cx: &Cx, kegiatan: &[String]) -> Vec<crate::render::data::BarisEka> {
    use crate::model::Entity;
    if cx.report.doc.akuntabilitas.efisiensi.metode != crate::input::types::MetodeEfisiensi::Eka {
        return Vec::new();
    }
    kegiatan
        .iter()
        .filter_map(|id| {
            let Some(Entity::Kegiatan(p, k)) = cx.report.entity(id) else { return None };
            let keg = cx.report.kegiatan(p, k);
            let v = keg.volume.as_ref()?;
            let h = cx.c.program.get(p)?.kegiatan.get(k)?;
            let dana = cx.report.dana_kegiatan(p, k);
            Some(crate::render::data::BarisEka {
                kegiatan: keg.nama.clone(),
                pagu: angka(dana.pagu),
                realisasi: angka(dana.realisasi),
                serapan: cx.pct(h.serapan),
                target_volume: format!("{} {}", angka(v.target.value()), v.satuan),
                realisasi_volume: format!("{} {}", angka(v.realisasi.value()), v.satuan),
                capaian_volume: cx.pct(h.capaian_volume),
                efisiensi: cx.pct(h.eka),
            })
        })
        .collect()
}
