//! Who reports: a perangkat daerah, the pemerintah daerah itself, a kementerian or one of its
//! units; names composed without doubling, the document kind's name on the cover and in the
//! running header, a PK with or without a higher party.

use crate::prelude::{fixture_text, fixture_with, lkjip_cmd};

/// `kecil.yaml` with each `(from, to)` replaced once, built; (exit code, stderr, PDF text with
/// its whitespace collapsed).
fn build_with(changes: &[(&str, &str)]) -> (i32, String, String) {
    let text = fixture_with("kecil.yaml", changes);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("lkjip.yaml");
    std::fs::write(&p, text).unwrap();
    let pdf = dir.path().join("lkjip.pdf");
    let out = lkjip_cmd("C").arg("build").arg(&p).arg("-o").arg(&pdf).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let code = out.status.code().unwrap();
    let text = if code == 0 { crate::prelude::text(&std::fs::read(&pdf).unwrap(), None) } else { String::new() };
    (code, err, text.split_whitespace().collect::<Vec<_>>().join(" "))
}

const INSTANSI: &str = "  nama: Dinas Contoh\n  pemerintah: { tingkat: kabupaten, nama: Contoh }\n";
const PIHAK_KEDUA: &str = "    pihak_kedua: { nama: BUPATI CONTOH, jabatan: Bupati Contoh }\n";

#[test]
fn a_kota_reporting_on_itself_is_named_once_everywhere() {
    let (code, err, t) = build_with(&[
        (
            INSTANSI,
            "  nama: Pemerintah Kota Malang\n  jenis: pemerintah_daerah\n  pemerintah: { tingkat: kota, nama: Malang }\n",
        ),
        ("  jabatan: Kepala Dinas Contoh Kabupaten Contoh\n", "  jabatan: Walikota Malang\n"),
        ("  nip: \"19700101 199503 2 001\"\n", ""),
        (PIHAK_KEDUA, ""),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("NIP"), "an elected head has no NIP: {err}");
    assert!(!t.contains("Kota Malang Kota Malang"), "doubled in the text: {t}");
    assert!(!t.contains("KOTA MALANG KOTA MALANG"), "doubled on the cover: {t}");
    assert!(t.contains("Perjanjian Kinerja Pemerintah Kota Malang Tahun 2024"), "captions: {t}");
    assert!(t.contains("LKjIP Tahun 2024 Pemerintah Kota Malang"), "running header: {t}");
    // its plan is the RPJMD, its goals the region's
    assert!(t.contains("Rencana Pembangunan Jangka Menengah Daerah (RPJMD)"), "{t}");
    assert!(t.contains("Tujuan dan Sasaran Jangka Menengah Daerah"), "{t}");
    assert!(t.contains("Target Akhir RPJMD"), "{t}");
    assert!(!t.contains("Jangka Menengah Perangkat Daerah"), "{t}");
    // the Walikota's own PK: one party, no supervision by a second
    assert!(t.contains("Walikota Malang, berjanji akan mewujudkan target kinerja tahun 2024"), "{t}");
    assert!(!t.contains("PIHAK KEDUA"), "{t}");
    assert!(!t.contains("selaku atasan pihak pertama"), "{t}");
}

#[test]
fn a_dinas_keeps_its_government_after_its_name_and_its_pk_two_parties() {
    let (code, err, t) = build_with(&[]);
    assert_eq!(code, 0, "{err}");
    assert!(t.contains("DINAS CONTOH KABUPATEN CONTOH"), "cover: {t}");
    assert!(t.contains("Perjanjian Kinerja Dinas Contoh Kabupaten Contoh Tahun 2024"), "{t}");
    assert!(t.contains("Target Akhir Renstra"), "{t}");
    assert!(t.contains("PIHAK KEDUA"), "{t}");
    assert!(t.contains("selaku atasan pihak pertama"), "{t}");
}

#[test]
fn a_unit_of_a_ministry_and_the_document_kind_of_its_choice() {
    let (code, err, t) = build_with(&[
        (
            INSTANSI,
            "  nama: Inspektorat Jenderal\n  jenis: unit_kerja\n  pemerintah: { tingkat: pusat, nama: Kementerian Contoh }\n",
        ),
        ("  tahun: 2024\n", "  tahun: 2024\n  jenis: LAKIP\n"),
        (PIHAK_KEDUA, "    pihak_kedua: { nama: MENTERI CONTOH, jabatan: Menteri Contoh }\n"),
        ("  jabatan: Kepala Dinas Contoh Kabupaten Contoh\n", "  jabatan: Inspektur Jenderal Kementerian Contoh\n"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(t.contains("LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP) TAHUN 2024"), "cover: {t}");
    assert!(t.contains("INSPEKTORAT JENDERAL KEMENTERIAN CONTOH"), "cover: {t}");
    assert!(t.contains("LAKIP Tahun 2024 Inspektorat Jenderal Kementerian Contoh"), "running header: {t}");
    assert!(t.contains("Indikator Kinerja Utama Inspektorat Jenderal Kementerian Contoh Tahun 2024"), "captions: {t}");
    assert!(t.contains("Tujuan dan Sasaran Strategis"), "{t}");
    assert!(!t.contains("Kabupaten Contoh"), "no regional government: {t}");
    assert!(!t.contains("Perangkat Daerah"), "{t}");
    // a ministry names itself once too
    let (code, err, t) = build_with(&[(
        INSTANSI,
        "  nama: Kementerian Contoh\n  jenis: kementerian_lembaga\n  pemerintah: { tingkat: pusat, nama: Kementerian Contoh }\n",
    )]);
    assert_eq!(code, 0, "{err}");
    assert!(!t.contains("Kementerian Contoh Kementerian Contoh"), "{t}");
    assert!(!t.contains("KEMENTERIAN CONTOH KEMENTERIAN CONTOH"), "{t}");
}

#[test]
fn kinds_that_do_not_fit_are_errors_that_say_what_to_write() {
    let check = |changes: &[(&str, &str)], lang: &str| {
        let mut text = fixture_text("kecil.yaml");
        for (from, to) in changes {
            text = text.replacen(from, to, 1);
        }
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("lkjip.yaml");
        std::fs::write(&p, text).unwrap();
        let out = lkjip_cmd(lang).args(["check", p.to_str().unwrap()]).output().unwrap();
        (out.status.code().unwrap(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, err) = check(&[("  tahun: 2024\n", "  tahun: 2024\n  jenis: LPPD\n")], "C");
    assert_eq!(code, 1);
    assert!(err.contains("dokumen.jenis: `LPPD` is not one of the kinds lkjip knows (LKjIP, LKIP, LKj, LAKIP): write its full name as `dokumen.judul`"), "{err}");
    let (code, err) =
        check(&[("  tahun: 2024\n", "  tahun: 2024\n  jenis: LKj Tahunan\n  judul: Laporan Kinerja Tahunan\n")], "C");
    assert_eq!(code, 0, "a kind with its own full name: {err}");
    let (code, err) = check(
        &[(INSTANSI, "  nama: Biro Umum\n  jenis: unit_kerja\n  pemerintah: { tingkat: provinsi, nama: Contoh }\n")],
        "C",
    );
    assert_eq!(code, 1);
    assert!(err.contains("instansi.pemerintah.tingkat: an instansi of jenis `unit_kerja` belongs to the central government: write `tingkat: pusat`"), "{err}");
    let (_, err) = check(
        &[(INSTANSI, "  nama: Dinas Contoh\n  pemerintah: { tingkat: pusat, nama: Kementerian Contoh }\n")],
        "id_ID.UTF-8",
    );
    assert!(err.contains("`tingkat: pusat` untuk kementerian, lembaga atau unitnya"), "{err}");
}
