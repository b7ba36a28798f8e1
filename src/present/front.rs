//! Cover, foreword, executive summary, review statement, closing chapter and the PK annex.

use super::text::{Cx, daftar, para, pemerintah, tanda_tangan};
use super::urutan::Blk;
use crate::format::rupiah;
use crate::input::types::Kertas as KertasInput;
use crate::render::data::{Bab4, Bertanda, Dokumen, Ikhtisar, Kertas, LampiranPk, Narasi, Sampul, TandaTangan};
use crate::value::tanggal::Tanggal;

pub fn dokumen(cx: &Cx) -> Dokumen {
    let d = &cx.report.doc.dokumen;
    let instansi = cx.instansi_lengkap();
    Dokumen {
        tahun: d.tahun.to_string(),
        kertas: match d.kertas {
            KertasInput::A4 => Kertas::A4,
            KertasInput::F4 => Kertas::F4,
        },
        judul_pdf: format!("{} {} Tahun {}", d.jenis, instansi, d.tahun),
        subjek_pdf: format!("{} Tahun {}", judul(cx), d.tahun),
        jenis: d.jenis.clone(),
        rencana: super::text::rencana(cx.report).to_owned(),
        kata_kunci: vec![
            d.jenis.clone(),
            "SAKIP".into(),
            "laporan kinerja".into(),
            instansi.clone(),
            d.tahun.to_string(),
        ],
        instansi,
    }
}

/// The document kind's full name ("Laporan Kinerja Instansi Pemerintah"); `check` made sure
/// there is one.
fn judul(cx: &Cx) -> String {
    crate::model::jenis::judul(&cx.report.doc.dokumen).unwrap_or_else(|| cx.report.doc.dokumen.jenis.clone())
}

pub fn sampul(cx: &Cx) -> Sampul {
    let d = &cx.report.doc;
    Sampul {
        judul: format!("{} ({}) TAHUN {}", judul(cx).to_uppercase(), d.dokumen.jenis, d.dokumen.tahun),
        instansi: d.instansi.nama.to_uppercase(),
        // "PEMERINTAH KOTA MALANG" is not followed by "KOTA MALANG"
        pemerintah: if super::text::memuat_pemerintah(cx.report) {
            String::new()
        } else {
            pemerintah(cx.report).to_uppercase()
        },
        tahun_terbit: cx.report.tanggal.tahun.to_string(),
        logo: d.dokumen.logo.as_ref().map(|berkas| crate::render::data::Gambar {
            berkas: berkas.clone(),
            alt: format!("Logo {}", pemerintah(cx.report)),
            lebar_mm: crate::render::data::LEBAR_LOGO_MM,
        }),
    }
}

/// The head of the agency's signature, with the report's place and date.
pub fn kepala(cx: &Cx) -> TandaTangan {
    let d = &cx.report.doc;
    tanda_tangan(&d.penandatangan, Some(d.dokumen.tempat.clone()), Some(cx.report.tanggal.to_string()))
}

pub fn kata_pengantar(cx: &Cx) -> crate::present::Result<Bertanda> {
    Ok(Bertanda { narasi: cx.narasi(&cx.report.doc.kata_pengantar)?, tanda_tangan: kepala(cx) })
}

pub fn ikhtisar(cx: &Cx) -> crate::present::Result<Ikhtisar> {
    let r = &cx.c.ringkasan;
    let d = &cx.report.doc;
    let sasaran_ind = cx.report.indikator.iter().filter(|i| i.sasaran.is_some()).count();
    let tujuan_ind = r.jumlah_indikator.saturating_sub(sasaran_ind);
    // Every count says what it counts: the PK lists the sasaran indicators; Tabel 3.1 and 3.4
    // judge the tujuan indicators too.
    let mut kalimat: Narasi = vec![para(format!(
        "Pada tahun {}, {} menetapkan {} sasaran strategis dengan {} indikator kinerja sasaran dalam Perjanjian Kinerja{}, sesuai {} {}–{}.",
        d.dokumen.tahun,
        cx.instansi_lengkap(),
        r.jumlah_sasaran,
        sasaran_ind,
        if tujuan_ind > 0 { format!(", serta {tujuan_ind} indikator tujuan") } else { String::new() },
        if super::text::rencana(cx.report) == "RPJMD" { "RPJMD" } else { "Rencana Strategis" },
        d.perencanaan.renstra.awal,
        d.perencanaan.renstra.akhir
    ))];
    kalimat.push(para(format!(
        "Dari {} indikator tersebut{}, {} indikator ({}) melebihi target, {} indikator ({}) sesuai target, dan {} indikator ({}) tidak mencapai target{}.",
        r.jumlah_indikator,
        if tujuan_ind > 0 { " (indikator sasaran dan indikator tujuan)" } else { "" },
        r.melebihi,
        cx.pct_sign(r.persen_melebihi),
        r.tercapai,
        cx.pct_sign(r.persen_tercapai),
        r.tidak_tercapai,
        cx.pct_sign(r.persen_tidak_tercapai),
        if r.tanpa_capaian > 0 { format!("; capaian {} indikator tidak dapat dihitung", r.tanpa_capaian) } else { String::new() }
    )));
    if let Some(cap) = r.capaian {
        kalimat.push(para(format!(
            "Rata-rata capaian kinerja sasaran adalah {}{}.",
            cx.pct_sign(Some(cap)),
            r.kategori.as_ref().map(|k| format!(" dengan kategori {k}")).unwrap_or_default()
        )));
    }
    let b = &cx.c.keuangan.belanja;
    kalimat.push(para(format!(
        "Realisasi belanja (operasi dan modal) sebesar {} dari pagu {}, atau serapan anggaran {}.",
        rupiah(b.realisasi),
        rupiah(b.pagu),
        cx.pct_sign(b.serapan)
    )));
    Ok(Ikhtisar { kalimat, narasi: d.ikhtisar.as_ref().map(|t| cx.narasi(t)).transpose()? })
}

pub fn reviu(cx: &Cx) -> crate::present::Result<Option<Bertanda>> {
    let Some(r) = &cx.report.doc.reviu else { return Ok(None) };
    let tanggal = r.tanggal.as_deref().and_then(|t| Tanggal::parse(t.trim())).map(|t| t.to_string());
    Ok(Some(Bertanda {
        narasi: cx.narasi(&r.kesimpulan)?,
        tanda_tangan: tanda_tangan(
            &r.pereviu,
            r.tempat.clone().or(Some(cx.report.doc.dokumen.tempat.clone())),
            tanggal,
        ),
    }))
}

pub fn bab4(cx: &Cx) -> crate::present::Result<Bab4> {
    let d = &cx.report.doc;
    let mut items = Vec::new();
    for (n, s) in cx.c.sasaran.iter().enumerate() {
        let (t, si) = match cx.report.entity(&s.id) {
            Some(crate::model::Entity::Sasaran(t, si)) => (t, si),
            _ => unreachable!("computed sasaran exist"),
        };
        let sasaran = cx.report.sasaran(t, si);
        let inner: Vec<(String, Narasi)> = sasaran
            .indikator
            .iter()
            .map(|ind| {
                let h = cx.hasil(&ind.id);
                let kat = h.kategori.as_ref().map(|k| format!(" ({k})")).unwrap_or_default();
                (
                    "-".to_owned(),
                    vec![para(format!(
                        "Indikator {} dengan capaian kinerja {}{kat}.",
                        ind.nama,
                        cx.pct_sign(h.capaian)
                    ))],
                )
            })
            .collect();
        let mut isi = vec![para(format!("Sasaran {}.", lower_first(&sasaran.uraian)))];
        isi.push(daftar(inner));
        if let Some(cap) = s.capaian.filter(|_| s.jumlah_indikator > 1) {
            isi.push(para(format!(
                "Rata-rata capaian sasaran {}{}.",
                cx.pct_sign(Some(cap)),
                s.kategori.as_ref().map(|k| format!(" ({k})")).unwrap_or_default()
            )));
        }
        items.push((format!("{})", n.saturating_add(1)), isi));
    }
    // `{{kesimpulan}}` places the list; the planner's own lead-in ("… sebagai berikut:") is never
    // followed by a second one.
    let mut narasi = cx.narasi_dengan(
        Some(&d.penutup.uraian),
        &[Blk {
            nama: "kesimpulan",
            pengantar: vec![para("Rincian pencapaian sasaran dapat disimpulkan sebagai berikut:")],
            narasi: Some(vec![daftar(items)]),
        }],
    )?;
    narasi.extend(cx.narasi_opt(d.penutup.langkah.as_ref())?);
    Ok(Bab4 { narasi, tanda_tangan: kepala(cx) })
}

/// Whether a narrative ends with a paragraph that introduces what follows ("… sebagai berikut :").
pub fn ends_with_lead_in(n: &Narasi) -> bool {
    match n.last() {
        Some(crate::render::data::Blok::Paragraf { isi }) => {
            isi.last().is_some_and(|s| s.teks.trim_end().ends_with(':'))
        }
        _ => false,
    }
}

/// An official's name in a sentence; a name not yet known leaves it out (the title follows).
fn nama_atau_jabatan(p: &crate::input::types::Pejabat) -> String {
    crate::model::markers::printed(&p.nama).unwrap_or_else(|| "pejabat".to_owned())
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

pub fn lampiran_pk(cx: &Cx) -> LampiranPk {
    let d = &cx.report.doc;
    let pk = &d.perencanaan.perjanjian_kinerja;
    let tahun = d.dokumen.tahun;
    let p1 = &d.penandatangan;
    let p2 = pk.pihak_kedua.as_ref();
    let tempat = pk.tempat.clone().unwrap_or_else(|| d.dokumen.tempat.clone());
    let tanggal = pk.tanggal.as_deref().and_then(|t| Tanggal::parse(t.trim())).map(|t| t.to_string());
    let janji = format!(
        "berjanji akan mewujudkan target kinerja tahun {tahun} sebagaimana tercantum dalam lampiran perjanjian ini (Tabel 2.3), dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami."
    );
    let pernyataan = match p2 {
        Some(p2) => vec![
            para(format!(
                "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini: {}, {}, selanjutnya disebut pihak pertama; dan {}, {}, selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
                nama_atau_jabatan(p1),
                p1.jabatan,
                nama_atau_jabatan(p2),
                p2.jabatan
            )),
            para(format!("Pihak pertama {janji}")),
            para(
                "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
            ),
        ],
        // a PK without a higher party (a Bupati's own): one who promises, no supervision clause
        None => vec![
            para(format!(
                "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini: {}, {}, {janji}",
                nama_atau_jabatan(p1),
                p1.jabatan,
            )),
            para(format!(
                "Capaian kinerja tersebut akan dievaluasi dan dilaporkan dalam {} sebagai wujud akuntabilitas kepada masyarakat.",
                judul(cx)
            )),
        ],
    };
    LampiranPk {
        judul: format!("PERJANJIAN KINERJA TAHUN {tahun}"),
        pernyataan,
        tempat,
        tanggal,
        tahun: tahun.to_string(),
        pihak_kedua: p2.map(|p2| tanda_tangan(p2, None, None)),
        pihak_pertama: tanda_tangan(p1, None, None),
    }
}
