//! Render tests on the sample report: structure and order of the text, determinism (also in
//! another process, time zone, locale and cwd), injection safety, draft vs final, file ending,
//! source attachment, signature box, paper size, layout errors.

use std::process::Command;
use std::sync::LazyLock;

use crate::outlines;
use crate::prelude::*;
use lkjip::render::{
    Layouts, Mode, RenderError, RenderInput,
    data::{Blok, Span},
};

static DRAFT: LazyLock<lkjip::render::Rendered> = LazyLock::new(|| render_with(&sample(), Mode::Draft));
static FINAL: LazyLock<lkjip::render::Rendered> = LazyLock::new(|| render_with(&sample(), Mode::Final { revision: 2 }));

#[test]
fn renders_a_sane_number_of_pages() {
    let r = &*FINAL;
    assert!((18..=60).contains(&r.pages), "unexpected page count {}", r.pages);
    assert!(r.pdf.starts_with(b"%PDF-1.7"), "not a PDF 1.7 file");
    assert!(r.warnings.is_empty(), "typst warnings: {:#?}", r.warnings);
}

#[test]
fn sections_tables_and_figures_appear_in_order() {
    let t = text(&FINAL.pdf, None);
    // Front matter first; the outlines list entries with roman and arabic page numbers.
    assert_in_order(
        &t,
        &[
            "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2021",
            "KOTA PEKALONGAN",
            "TAHUN 2022",
            "KATA PENGANTAR",
            "Ir. BUDIYANTO, M.Pi, M.Hum",
            "NIP. 19630804 198711 1 001",
            "IKHTISAR EKSEKUTIF",
            "1 indikator melebihi target",
            "PERNYATAAN TELAH DIREVIU",
            "Plh. Inspektur Kota Pekalongan",
            "DAFTAR ISI",
            "Kata Pengantar",
            "BAB I Pendahuluan",
            "DAFTAR TABEL",
            "Tabel 2.1",
            "DAFTAR GAMBAR",
            "Gambar 1.1",
        ],
    );
    let toc = &t[t.find("DAFTAR ISI").unwrap()..t.find("DAFTAR TABEL").unwrap()];
    assert!(regex_like(toc, "Kata Pengantar", " i "), "Kata Pengantar not on page i in the TOC: {toc}");
    assert!(regex_like(toc, "BAB I Pendahuluan", " 1 "), "BAB I not on page 1 in the TOC: {toc}");
    // The body, after the outlines.
    let body = &t[t.find("DAFTAR GAMBAR").unwrap() + 13..];
    assert_in_order(
        body,
        &[
            "BAB I",
            "PENDAHULUAN",
            "A. Latar Belakang",
            "Sistem Akuntabilitas Kinerja Instansi Pemerintah",
            "1)",
            "Perumusan kebijakan",
            "a.",
            "di bidang perdagangan",
            "10)",
            "C. Struktur Organisasi",
            "Kepala Dinas",
            "UPTD Metrologi Legal",
            "Gambar 1.1",
            "Bagan Susunan Organisasi",
            "• Belum terbangunnya",
            "BAB II",
            "PERENCANAAN KINERJA",
            "Tabel 2.1",
            "Tujuan dan Sasaran Jangka Menengah",
            "PDRB",
            "Tabel 2.2",
            "Indikator Kinerja Utama",
            "Σ realisasi tahun n",
            "Tabel 2.3",
            "Perjanjian Kinerja",
            "ANGGARAN PERUBAHAN",
            "12.644.738.000",
            "JUMLAH",
            "21.542.542.000",
            "BAB III",
            "AKUNTABILITAS KINERJA",
            "Tidak Tercapai",
            "Sangat Baik",
            "75,00 – 89,99",
            "Tabel 3.1",
            "Capaian Indikator Kinerja Utama",
            "115,58",
            "tak terdefinisi",
            "100 %",
            "Gambar 3.1",
            "Tabel 3.2",
            "Gambar 3.2",
            "Gambar 3.3",
            "Tabel 3.3",
            "Target Akhir Renstra",
            "Tabel 3.4",
            "20,00 %",
            "Sasaran 1: Meningkatnya peran koperasi",
            "Tabel 3.5",
            "Analisis Pencapaian",
            "Program Pengawasan Dan Pemeriksaan Koperasi",
            "Tabel 3.6",
            "Pagu Anggaran",
            "Faktor pendukung:",
            "Faktor penghambat:",
            "Tabel 3.7",
            "Tingkat efisiensi: -23,44 %",
            "Rekomendasi",
            "Sasaran 3",
            "Gambar 3.4",
            "Pemeliharaan bangunan pasar",
            "Sasaran 4",
            "Tabel 3.16",
            "Akuntabilitas Keuangan",
            "Tabel 3.17",
            "Belanja Modal",
            "93,94",
            "BAB IV",
            "PENUTUP",
            "Good Governance",
            "Pekalongan, 1 Maret 2022",
            "Ir. BUDIYANTO",
            "Pembina Utama Muda",
            "LAMPIRAN I: PERJANJIAN KINERJA TAHUN 2021",
            "Pekalongan, 5 Januari 2021",
            "PIHAK KEDUA",
            "Walikota Pekalongan",
            "H. M. SAELANY MACHFUDZ, SE",
            "PIHAK PERTAMA",
            "Ir. BUDIYANTO",
            "ANGGARAN PERUBAHAN",
            "PIHAK KEDUA",
        ],
    );
}

#[test]
fn outline_page_numbers_are_the_pages_the_entries_are_on() {
    // Daftar Isi, Daftar Tabel and Daftar Gambar: front matter (roman) and body (arabic) entries.
    let checked = outlines::assert_outlines_point_at_their_pages(&FINAL.pdf);
    assert!(checked >= 30, "only {checked} outline entries");
}

#[test]
fn no_caption_or_label_ends_a_page() {
    assert!(outlines::assert_no_lead_in_ends_a_page(&FINAL.pdf) >= 10);
}

/// `a` followed (after dot leaders) by `b`.
fn regex_like(hay: &str, a: &str, b: &str) -> bool {
    hay.find(a)
        .map(|i| hay[i + a.len()..].trim_start_matches([' ', '.', '\u{2060}']).starts_with(b.trim_start()))
        .unwrap_or(false)
}

#[test]
fn same_input_gives_identical_bytes_in_process() {
    let again = render_with(&sample(), Mode::Final { revision: 2 });
    assert!(again.pdf == FINAL.pdf, "two renders of the same input differ");
    // What happens to Typst's caches (evicted, kept, left to the OS) never changes the bytes.
    let data = sample();
    let input = RenderInput {
        data: &data,
        source_yaml: (YAML_NAME, YAML),
        assets: assets(),
        mode: Mode::Final { revision: 2 },
        ident: "lkjip-uji-pekalongan-2021".into(),
        date: lkjip::value::tanggal::Tanggal { tahun: 2022, bulan: 3, hari: 1 },
    };
    let kept = lkjip::render::render_incremental(&Layouts::embedded(), &input).unwrap();
    assert!(kept.pdf == FINAL.pdf, "render_incremental differs from render");
    let once = lkjip::render::render_once(&Layouts::embedded(), &input).unwrap();
    assert!(once.pdf == FINAL.pdf, "render_once differs from render");
}

/// `watch`'s preview is exported without PDF/A and PDF/UA work, but it is the same document: the
/// same pages, the same text on every page (the watermark too), the same signature box; it is
/// untagged, claims no standard, and never is the archival file.
#[test]
fn the_watch_preview_shows_what_the_build_shows() {
    let data = sample();
    let input = RenderInput {
        data: &data,
        source_yaml: (YAML_NAME, YAML),
        assets: assets(),
        mode: Mode::Draft,
        ident: "lkjip-uji-pekalongan-2021".into(),
        date: lkjip::value::tanggal::Tanggal { tahun: 2022, bulan: 3, hari: 1 },
    };
    let preview = lkjip::render::render_preview(&Layouts::embedded(), &input).unwrap();
    assert_eq!(preview.pages, DRAFT.pages, "the preview has another page count than the build");
    assert!(DRAFT.pages > 1);
    for page in 1..=DRAFT.pages {
        let (want, got) = (text(&DRAFT.pdf, Some((page, page))), text(&preview.pdf, Some((page, page))));
        assert!(!want.is_empty(), "page {page} of the build has no text");
        assert_eq!(got, want, "page {page}: the preview's text differs from the build's");
    }
    assert_eq!(mutool_text(&preview.pdf), mutool_text(&DRAFT.pdf), "the preview differs as MuPDF reads it");
    assert_eq!(preview.signature_box, DRAFT.signature_box);
    let plain = expanded(&preview.pdf);
    let has = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
    assert!(has(&expanded(&DRAFT.pdf), b"/StructTreeRoot"), "the build is tagged");
    assert!(!has(&plain, b"/StructTreeRoot"), "the preview is tagged: it pays for work nobody sees");
    assert!(!has(&plain, b"pdfaid:part"), "the preview claims PDF/A");
    assert!(preview.pdf != DRAFT.pdf);
    // the archival render in the same process, after the preview's caches, is unchanged
    let again = lkjip::render::render_incremental(&Layouts::embedded(), &input).unwrap();
    assert!(again.pdf == DRAFT.pdf, "the archival render changed after a preview");
}

#[test]
fn same_bytes_in_another_process_tz_locale_and_cwd() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("lain.pdf");
    let status = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "render::render_for_other_process", "--ignored", "--nocapture", "--test-threads=1"])
        .env("LKJIP_UJI_KELUARAN", &out)
        .env("TZ", "Pacific/Auckland")
        .env("LANG", "de_DE.UTF-8")
        .env("LC_ALL", "de_DE.UTF-8")
        .env("RAYON_NUM_THREADS", "1")
        .current_dir(dir.path())
        .status()
        .expect("run the test binary again");
    assert!(status.success(), "the child render failed");
    let other = std::fs::read(&out).expect("child wrote its PDF");
    assert!(other == FINAL.pdf, "render in another process/TZ/locale/cwd differs");
}

/// Helper for the test above; does nothing unless run by it.
#[test]
#[ignore]
fn render_for_other_process() {
    if let Some(path) = std::env::var_os("LKJIP_UJI_KELUARAN") {
        let mode = if std::env::var_os("LKJIP_UJI_DRAF").is_some() { Mode::Draft } else { Mode::Final { revision: 2 } };
        std::fs::write(path, render_with(&sample(), mode).pdf).unwrap();
    }
}

#[test]
fn markup_in_user_text_is_printed_literally() {
    let payloads = [
        "#read(\"/etc/passwd\")",
        "$x$",
        "*b*",
        "_i_",
        "<l>",
        "@x",
        "]",
        "back\\slash",
        "// bukan komentar",
        "#set text(fill: red)",
        "= bukan judul",
    ];
    let mut data = sample();
    let isi = payloads.iter().map(|p| Span { teks: format!(" [{p}] "), tebal: false, miring: false }).collect();
    data.bab1.bagian[0].narasi.push(Blok::Paragraf { isi });
    data.bab3.capaian.tabel_capaian[0].sasaran[0].indikator[0].indikator =
        "Indikator #read(\"/etc/passwd\") $x$ *b* <l>".into();
    data.sampul.pemerintah = "KOTA @x ] \\ //".into();
    let r = render_with(&data, Mode::Draft);
    // Compared without whitespace: narrow table columns wrap lines anywhere.
    let t: String = text(&r.pdf, None).split_whitespace().collect();
    let squeeze = |s: &str| -> String { s.split_whitespace().collect() };
    for p in payloads {
        assert!(t.contains(&squeeze(&format!("[{p}]"))), "payload {p:?} not printed literally");
    }
    assert!(t.contains(&squeeze("Indikator #read(\"/etc/passwd\") $x$ *b* <l>")), "table cell payload not literal");
    assert!(t.contains(&squeeze("KOTA @x ] \\ //")), "cover payload not literal");
    assert!(!t.contains("root:x:0:0"), "/etc/passwd leaked into the PDF");
}

#[test]
fn draft_has_watermark_and_final_has_revision_instead() {
    // The watermark is diagonal: pdftotext drops diagonal text, MuPDF keeps it.
    let dm = mutool_text(&DRAFT.pdf);
    assert!(dm.matches("DRAF").count() >= DRAFT.pages, "not every draft page carries DRAF");
    assert!(!mutool_text(&FINAL.pdf).contains("DRAF"), "final PDF carries a DRAF watermark");
    let d = text(&DRAFT.pdf, None);
    let f = text(&FINAL.pdf, None);
    assert!(f.contains("Revisi 2"), "final PDF does not show its revision");
    assert!(!d.contains("Revisi"), "draft shows a revision number");
}

#[test]
fn file_ends_with_eof_and_newline() {
    assert!(FINAL.pdf.ends_with(b"%%EOF\n"), "PDF does not end with %%EOF\\n");
    assert!(DRAFT.pdf.ends_with(b"%%EOF\n"));
}

#[test]
fn source_yaml_is_attached_as_source() {
    let path = write_temp(&FINAL.pdf);
    let p = path.to_str().unwrap();
    let list = tool("qpdf", &["--list-attachments", p]);
    assert!(list.contains(YAML_NAME), "attachment missing: {list}");
    let shown = tool("qpdf", &[&format!("--show-attachment={YAML_NAME}"), p]);
    assert_eq!(shown.as_bytes(), YAML, "attached bytes differ from the source YAML");
    let expanded = expanded(&FINAL.pdf);
    let raw = String::from_utf8_lossy(&expanded);
    let rel = raw.find("/AFRelationship").map(|i| raw[i + 15..].trim_start().starts_with("/Source"));
    assert_eq!(rel, Some(true), "attachment is not marked as the source");
    assert!(raw.to_ascii_lowercase().contains("/application#2fyaml"), "attachment has no YAML mime type");
}

#[test]
fn metadata_is_fixed_and_complete() {
    let expanded = expanded(&FINAL.pdf);
    let raw = String::from_utf8_lossy(&expanded);
    assert!(raw.contains("pdfaid:part>3<") || raw.contains("pdfaid:part=\"3\""), "no PDF/A-3 claim");
    assert!(raw.contains("pdfuaid:part>1<") || raw.contains("pdfuaid:part=\"1\""), "no PDF/UA-1 claim");
    assert!(raw.contains(&format!("lkjip {}", env!("CARGO_PKG_VERSION"))), "creator is not lkjip");
    assert!(raw.contains("2022-03-01"), "creation date is not the signing date");
    let path = write_temp(&FINAL.pdf);
    let info = tool("pdfinfo", &[path.to_str().unwrap()]);
    assert!(info.contains("LKjIP Dinas Perdagangan Koperasi dan UKM Kota Pekalongan Tahun 2021"), "title: {info}");
    // written from the data by lkjip, not by a `set document` rule of the layouts
    let field = |name: &str| info.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or("");
    assert_eq!(field("Author:"), "Dinas Perdagangan Koperasi dan UKM Kota Pekalongan", "{info}");
    assert_eq!(field("Subject:"), "Laporan Kinerja Instansi Pemerintah Tahun 2021", "{info}");
    assert_eq!(field("Keywords:"), sample().dokumen.kata_kunci.join(", "), "{info}");
    assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")), "not tagged: {info}");
    assert!(info.contains("595.276 x 841.89 pts (A4)"), "not A4: {info}");
}

#[test]
fn signature_box_lies_in_bab_iv_inside_the_page() {
    let b = &FINAL.signature_box;
    assert!(b.page >= 1 && b.page <= FINAL.pages);
    assert!(0.0 < b.x1 && b.x1 < b.x2 && b.x2 <= 595.3, "x out of page: {b:?}");
    assert!(0.0 < b.y1 && b.y1 < b.y2 && b.y2 <= 841.9, "y out of page: {b:?}");
    assert!((b.x2 - b.x1) > 100.0 && (b.y2 - b.y1) > 50.0, "box too small: {b:?}");
    let page = text(&FINAL.pdf, Some((b.page, b.page)));
    assert!(
        page.contains("Pekalongan, 1 Maret 2022") && page.contains("Ir. BUDIYANTO"),
        "box page is not the closing signature: {page}"
    );
    assert!(!page.contains("PIHAK PERTAMA"), "box is on the lampiran page");
    assert_eq!(
        b.pyhanko_field(),
        format!("{}/{},{},{},{}/TandaTanganKepala", b.page, b.x1.floor(), b.y1.floor(), b.x2.ceil(), b.y2.ceil())
    );
}

#[test]
fn f4_paper_is_chosen_by_the_data() {
    let mut data = sample();
    data.dokumen.kertas = lkjip::render::data::Kertas::F4;
    let r = render_with(&data, Mode::Draft);
    let path = write_temp(&r.pdf);
    let info = tool("pdfinfo", &[path.to_str().unwrap()]);
    assert!(info.contains("609.449 x 935.433 pts"), "not F4 (215 x 330 mm): {info}");
}

#[test]
fn layout_errors_name_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    Layouts::embedded().write_to(&dir.path().join("l")).unwrap();
    let main = dir.path().join("l/laporan.typ");
    let text = std::fs::read_to_string(&main).unwrap();
    std::fs::write(
        &main,
        text.replace("// ---------------------------------------------------------------- BAB IV", "#(1 + \"a\")"),
    )
    .unwrap();
    let layouts = Layouts::from_dir(&dir.path().join("l")).unwrap();
    match try_render(&layouts, &sample(), Mode::Draft) {
        Err(RenderError::Compile(d)) => {
            let all = d.join("\n");
            assert!(all.contains("laporan.typ:") && all.contains("cannot add integer and string"), "{all}");
            let loc = all.split(": error").next().unwrap();
            assert!(loc.split(':').count() == 3, "not file:line:col: {all}");
        }
        Err(other) => panic!("expected a compile error, got {other:?}"),
        Ok(r) => panic!("expected a compile error, got a PDF of {} pages", r.pages),
    }
}

#[test]
fn layouts_round_trip_and_refuse_a_non_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("tata-letak");
    Layouts::embedded().write_to(&target).unwrap();
    assert_eq!(Layouts::from_dir(&target).unwrap(), Layouts::embedded());
    let err = Layouts::embedded().write_to(&target).unwrap_err().to_string();
    assert!(err.contains("not empty"), "{err}");
}

#[test]
fn a_glyph_the_fonts_lack_is_an_export_error_pointing_into_the_layout() {
    assert_eq!(lkjip::render::unsupported_chars("Pasar 🏪 rakyat"), vec!['🏪']);
    let mut data = sample();
    data.bab4
        .narasi
        .push(Blok::Paragraf { isi: vec![Span { teks: "Pasar 🏪 rakyat".into(), tebal: false, miring: false }] });
    match try_render(&Layouts::embedded(), &data, Mode::Draft) {
        Err(RenderError::Export(d)) => {
            let all = d.join("\n");
            assert!(all.contains("komponen.typ:") && all.contains("could not be displayed"), "{all}");
        }
        other => panic!("expected an export error, got {:?}", other.map(|r| r.pages)),
    }
}

#[test]
fn a_missing_image_names_its_path() {
    let mut data = sample();
    data.sampul.logo.as_mut().unwrap().berkas = "tidak/ada.png".into();
    match try_render(&Layouts::embedded(), &data, Mode::Draft) {
        Err(RenderError::Compile(d)) => assert!(d.join("\n").contains("tidak/ada.png"), "{d:?}"),
        other => panic!("expected a compile error, got {:?}", other.map(|r| r.pages)),
    }
}

#[test]
fn signature_box_prints_for_pyhanko_and_as_json() {
    use lkjip::cli::Format;
    use lkjip::show::signature_box as signature_box_text;
    let b = &FINAL.signature_box;
    assert_eq!(signature_box_text(b, Format::Text), b.pyhanko_field());
    let v: serde_json::Value = serde_json::from_str(&signature_box_text(b, Format::Json)).unwrap();
    assert_eq!(v["page"], b.page);
    assert_eq!(v["field"], "TandaTanganKepala");
}

#[test]
fn the_pdf_is_written_atomically_and_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("laporan.pdf");
    std::fs::write(&out, b"old").unwrap();
    lkjip::fsx::write_atomic(&out, &FINAL.pdf).unwrap();
    assert!(std::fs::read(&out).unwrap() == FINAL.pdf);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "a temporary file was left behind");
}

#[cfg(unix)]
#[test]
fn the_pdf_gets_the_permissions_of_any_new_file_not_a_temporary_files() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (pdf, plain) = (dir.path().join("laporan.pdf"), dir.path().join("biasa.txt"));
    lkjip::fsx::write_atomic(&pdf, b"%PDF").unwrap();
    std::fs::write(&plain, b"x").unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&pdf), mode(&plain), "the PDF is not readable like any other new file (umask applied)");
}

#[test]
fn images_outside_the_report_folder_are_refused() {
    use lkjip::pipeline::assets::load_assets;
    let dir = fixtures();
    let ok = load_assets(&dir, ["logo.png", "foto-pasar.png"]).unwrap();
    assert_eq!(ok.len(), 2);
    for bad in ["../Cargo.toml", "/etc/passwd", "typst-data.json"] {
        assert!(load_assets(&dir, [bad]).is_err(), "{bad} was accepted");
    }
}
