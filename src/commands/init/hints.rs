//! Short Indonesian hints written as comments above the keys of a scaffold.
//!
//! Keyed by field path without list indexes (`perencanaan.tujuan.sasaran.indikator`); a
//! hint is written above the first occurrence only.

const HINTS: &[(&str, &str)] = &[
    ("dokumen", "Identitas dokumen."),
    ("dokumen.tahun", "Tahun yang dilaporkan, mis. 2024."),
    ("dokumen.tempat", "Kota tempat laporan ditandatangani."),
    ("dokumen.tanggal", "Tanggal penandatanganan, TTTT-BB-HH, mis. 2025-02-28."),
    ("instansi", "Perangkat daerah yang melapor; isian yang tidak dipakai boleh dihapus."),
    ("instansi.pemerintah", "tingkat: kota, kabupaten atau provinsi; nama: nama daerahnya."),
    ("penandatangan", "Kepala perangkat daerah yang menandatangani laporan."),
    ("penandatangan.nip", "NIP 18 angka; spasi boleh, mis. \"19700101 199503 2 001\"."),
    ("penandatangan.status", "definitif, plt (Pelaksana Tugas) atau plh (Pelaksana Harian)."),
    (
        "kata_pengantar",
        "Teks: paragraf dipisah baris kosong, daftar dengan \"- \" atau \"1. \", *miring*, **tebal**.\nAngka hasil hitungan ditulis lewat penanda, mis. {ringkasan.capaian} atau {IKU1.capaian}.",
    ),
    ("ikhtisar", "Ringkasan eksekutif (boleh dihapus)."),
    ("reviu", "Pernyataan telah direviu oleh Inspektorat."),
    ("pendahuluan", "BAB I Pendahuluan."),
    ("pendahuluan.struktur_organisasi", "Bagan organisasi: setiap unit punya nama dan bawahan."),
    ("pendahuluan.isu_strategis", "Isu strategis per bidang (boleh dihapus)."),
    ("pendahuluan.landasan_hukum", "Peraturan yang menjadi dasar, satu per butir."),
    ("perencanaan", "BAB II Perencanaan Kinerja."),
    ("perencanaan.renstra", "Periode Renstra: tahun awal dan akhir, dan uraiannya."),
    (
        "perencanaan.tujuan",
        "Tujuan, sasaran dan indikatornya. Setiap id unik; id dipakai untuk merujuk\n(Perjanjian Kinerja, analisis, penanda seperti {IKU1.capaian}).",
    ),
    (
        "perencanaan.tujuan.sasaran.indikator",
        "polaritas: positif (makin tinggi makin baik) atau negatif (makin rendah makin baik).\nAngka memakai titik desimal tanpa pemisah ribuan: 60.27, 12644738000.",
    ),
    ("perencanaan.tujuan.sasaran.indikator.target", "Target per tahun, mis. { 2024: 60.27, 2026: 65 }."),
    (
        "perencanaan.tujuan.sasaran.indikator.target_akhir",
        "Target akhir Renstra (jika tidak ada target untuk tahun akhir).",
    ),
    (
        "perencanaan.tujuan.sasaran.indikator.realisasi",
        "Realisasi per tahun; tahun-tahun lalu tetap disimpan sebagai riwayat.",
    ),
    (
        "perencanaan.perjanjian_kinerja",
        "Perjanjian Kinerja: pihak kedua (mis. Bupati/Wali Kota) dan id indikator serta program yang diperjanjikan.",
    ),
    ("program", "Program dengan pagu anggaran (rupiah, tanpa titik ribuan) dan kegiatannya."),
    ("program.pagu", "Pagu program tahun ini, mis. 1250000000."),
    ("program.outcome", "Indikator outcome program: target dan realisasi tahun ini."),
    ("program.kegiatan", "Kegiatan: pagu, realisasi dan keluaran (output)."),
    ("akuntabilitas", "BAB III Akuntabilitas Kinerja."),
    (
        "akuntabilitas.analisis_sasaran",
        "Analisis per sasaran (id sasaran): uraian, kegiatan pendukung (id), faktor pendukung,\nfaktor penghambat dan rekomendasi.",
    ),
    ("akuntabilitas.keuangan", "Realisasi anggaran perangkat daerah: pagu dan realisasi."),
    ("penutup", "BAB IV Penutup."),
];

pub fn hint(path: &str) -> Option<&'static str> {
    HINTS.iter().find(|(p, _)| *p == path).map(|(_, h)| *h)
}
