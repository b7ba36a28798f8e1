//! The Typst data contract: everything the layouts read, already computed and formatted by Rust.
//!
//! Rules for whoever fills these structs:
//! - Every value the reader sees is a ready string ("71,18 %", "12.644.738.000", "1 Maret 2022",
//!   "tak terdefinisi"). Templates place strings; they never compute or format numbers.
//! - Amounts in columns headed "(Rp)" carry no "Rp" prefix; the layout adds it where the reference
//!   report writes it (e.g. the PK program table).
//! - Chart geometry arrives as fractions in `"0.7118"` form (a decimal point, 0 ≤ f, usually ≤ 1);
//!   `None` means "no bar" (e.g. an undefined capaian).
//! - Images are named by their relative path (`berkas`), the key of `RenderInput::assets`.
//! - Narrative text is the [`Narasi`] AST; it is printed as values, never evaluated.
//!
//! The whole struct is handed to Typst as the virtual file `/data.json` (see `render::inputs`).

use serde::{Deserialize, Serialize};

/// Narrative text: a list of blocks.
pub type Narasi = Vec<Blok>;

/// One block of narrative text.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "jenis", rename_all = "lowercase", deny_unknown_fields)]
pub enum Blok {
    /// A paragraph of inline spans.
    Paragraf {
        /// The spans, in order.
        isi: Vec<Span>,
    },
    /// A list; each item keeps the author's own marker.
    Daftar {
        /// The items, in order.
        butir: Vec<Butir>,
    },
}

/// One list item.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Butir {
    /// The author's marker, printed as is ("1)", "a.", "2."); "-" is printed as a bullet "•".
    pub penanda: String,
    /// The item's content (paragraphs and nested lists), hung after the marker.
    pub isi: Narasi,
}

/// A run of text with one style.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// The text, printed literally.
    pub teks: String,
    /// Bold.
    pub tebal: bool,
    /// Italic.
    pub miring: bool,
}

/// The complete formal LKjIP, in reading order.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypstData {
    /// Document-wide facts (names, year, paper, PDF metadata).
    pub dokumen: Dokumen,
    /// The cover page.
    pub sampul: Sampul,
    /// Foreword, signed by the head of the agency.
    pub kata_pengantar: Bertanda,
    /// Executive summary.
    pub ikhtisar: Ikhtisar,
    /// Optional "Pernyataan Telah Direviu" sheet signed by the reviewer (Inspektur).
    pub pernyataan_reviu: Option<Bertanda>,
    /// BAB I Pendahuluan.
    pub bab1: Bab1,
    /// BAB II Perencanaan Kinerja.
    pub bab2: Bab2,
    /// BAB III Akuntabilitas Kinerja.
    pub bab3: Bab3,
    /// BAB IV Penutup.
    pub bab4: Bab4,
    /// Lampiran: Perjanjian Kinerja.
    pub lampiran_pk: LampiranPk,
}

/// Document-wide facts.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dokumen {
    /// Agency in normal case, e.g. "Dinas Perdagangan Koperasi dan UKM Kota Pekalongan";
    /// used in running header, captions and PDF author.
    pub instansi: String,
    /// Reporting year, e.g. "2021".
    pub tahun: String,
    /// Paper: "A4" (210×297 mm) or "F4" (215×330 mm).
    pub kertas: Kertas,
    /// PDF title (document information and XMP), e.g. "LKjIP Dinas … Tahun 2021".
    pub judul_pdf: String,
    /// PDF subject, e.g. "Laporan Kinerja Instansi Pemerintah Tahun 2021".
    pub subjek_pdf: String,
    /// PDF keywords.
    pub kata_kunci: Vec<String>,
}

/// Paper size.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Kertas {
    /// ISO A4, 210 × 297 mm.
    A4,
    /// F4 / Folio, 215 × 330 mm.
    F4,
}

/// The cover page.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sampul {
    /// "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2021".
    pub judul: String,
    /// Agency in capitals, e.g. "DINAS PERDAGANGAN KOPERASI DAN UKM".
    pub instansi: String,
    /// Government in capitals, e.g. "KOTA PEKALONGAN".
    pub pemerintah: String,
    /// Year of issue, e.g. "2022" (printed "TAHUN 2022").
    pub tahun_terbit: String,
    /// Optional logo.
    pub logo: Option<Gambar>,
}

/// An image from the report's folder.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gambar {
    /// Relative path; the key in `RenderInput::assets`.
    pub berkas: String,
    /// Alternative text (required by PDF/UA).
    pub alt: String,
}

/// A documentation photo with its caption.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Foto {
    /// The image.
    pub gambar: Gambar,
    /// Caption under the photo (also listed in Daftar Gambar).
    pub keterangan: String,
}

/// A text followed by a signature block.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bertanda {
    /// The text.
    pub narasi: Narasi,
    /// Who signs it.
    pub tanda_tangan: TandaTangan,
}

/// A signature block: place and date, title, room for signature and stamp, name, rank, NIP.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TandaTangan {
    /// Place, e.g. "Pekalongan"; `None` omits the place/date line.
    pub tempat: Option<String>,
    /// Date, e.g. "1 Maret 2022".
    pub tanggal: Option<String>,
    /// "Plt." or "Plh." when signing as acting official, printed before the title.
    pub awalan: Option<String>,
    /// Title, e.g. "Kepala Dinas Perdagangan Koperasi dan UKM Kota Pekalongan".
    pub jabatan: String,
    /// Name, printed bold and underlined, e.g. "Ir. BUDIYANTO, M.Pi, M.Hum".
    pub nama: String,
    /// Rank (pangkat/golongan), e.g. "Pembina Utama Muda"; `None` omits the line.
    pub pangkat: Option<String>,
    /// NIP grouped 8-6-1-3, without the "NIP." prefix, e.g. "19630804 198711 1 001".
    pub nip: Option<String>,
}

/// Executive summary.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ikhtisar {
    /// Sentences generated from the computed figures.
    pub kalimat: Narasi,
    /// Optional author's narrative after them.
    pub narasi: Option<Narasi>,
}

/// A titled subsection of narrative, e.g. "A. Latar Belakang".
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bagian {
    /// Heading including its letter, e.g. "A. Latar Belakang".
    pub judul: String,
    /// The text.
    pub narasi: Narasi,
}

/// BAB I Pendahuluan.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bab1 {
    /// Subsections in order (latar belakang, gambaran umum, tugas dan fungsi, …).
    pub bagian: Vec<Bagian>,
    /// Organisation chart, drawn after subsection number `struktur_setelah` (0-based index into
    /// `bagian`); `None` draws no chart.
    pub struktur: Option<StrukturOrganisasi>,
}

/// Organisation chart.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StrukturOrganisasi {
    /// Index into `Bab1::bagian` after which the chart is placed.
    pub setelah: usize,
    /// Caption, e.g. "Bagan Susunan Organisasi Dinas … Kota Pekalongan".
    pub judul: String,
    /// The head unit and everything under it.
    pub unit: Unit,
}

/// One organisational unit.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Name, e.g. "Bidang Perdagangan".
    pub nama: String,
    /// Units directly under it.
    pub bawahan: Vec<Unit>,
}

/// BAB II Perencanaan Kinerja.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bab2 {
    /// Opening text of the chapter.
    pub pengantar: Narasi,
    /// "A. Rencana Strategis" and any other narrative subsections before the tables.
    pub bagian: Vec<Bagian>,
    /// Table 2.1 and its subsection.
    pub tujuan_sasaran: BagianTujuanSasaran,
    /// Table 2.2 (IKU) and its subsection.
    pub iku: BagianIku,
    /// Table 2.3 (Perjanjian Kinerja) and its subsection.
    pub pk: BagianPk,
}

/// Subsection with table 2.1: goals and targets with yearly values across the Renstra period.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianTujuanSasaran {
    /// Heading, e.g. "B. Tujuan dan Sasaran Jangka Menengah Perangkat Daerah".
    pub judul: String,
    /// Text before the table.
    pub narasi: Narasi,
    /// Years with realised values, e.g. ["2016", "2017"].
    pub tahun_realisasi: Vec<String>,
    /// Years with targets, e.g. ["2018", …, "2021"].
    pub tahun_target: Vec<String>,
    /// The rows grouped by goal.
    pub tujuan: Vec<Tujuan<BarisRenstra>>,
}

/// A goal (tujuan) with its own indicators and its targets (sasaran); `B` is the row type.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tujuan<B> {
    /// Number as printed, e.g. "1.".
    pub no: String,
    /// The goal.
    pub uraian: String,
    /// Indicators of the goal itself (may be empty).
    pub indikator: Vec<B>,
    /// Targets under the goal.
    pub sasaran: Vec<Sasaran<B>>,
}

/// A target (sasaran) with its indicator rows.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sasaran<B> {
    /// The target.
    pub uraian: String,
    /// One row per indicator.
    pub indikator: Vec<B>,
}

/// Row of table 2.1.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisRenstra {
    /// Indicator.
    pub indikator: String,
    /// Unit.
    pub satuan: String,
    /// Baseline ("data awal"), "" when none.
    pub data_awal: String,
    /// One value per `tahun_realisasi` ("-" when none).
    pub realisasi: Vec<String>,
    /// One value per `tahun_target`.
    pub target: Vec<String>,
    /// End-of-plan condition ("kondisi akhir").
    pub kondisi_akhir: String,
}

/// Subsection with table 2.2 (IKU with formulas).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianIku {
    /// Heading, e.g. "C. Indikator Kinerja Utama".
    pub judul: String,
    /// Text before the table.
    pub narasi: Narasi,
    /// Rows grouped by sasaran.
    pub sasaran: Vec<SasaranIku>,
}

/// A sasaran in table 2.2.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SasaranIku {
    /// Number, e.g. "1".
    pub no: String,
    /// The sasaran.
    pub uraian: String,
    /// Its indicators.
    pub indikator: Vec<BarisIku>,
}

/// Row of table 2.2.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisIku {
    /// Indicator.
    pub uraian: String,
    /// How it is computed, as text (e.g. "Σ UMKM penerima KUP/KUR ÷ Σ UMKM × 100 %").
    pub formula: String,
    /// Unit.
    pub satuan: String,
    /// Target of the year.
    pub target: String,
}

/// Subsection with table 2.3 (Perjanjian Kinerja of the year, with program budgets).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianPk {
    /// Heading, e.g. "D. Perjanjian Kinerja Tahun 2021".
    pub judul: String,
    /// Text before the table.
    pub narasi: Narasi,
    /// Agreed targets, grouped by sasaran (also used by the lampiran).
    pub sasaran: Vec<SasaranPk>,
    /// Program budgets.
    pub program: Vec<AnggaranProgram>,
    /// Column heading of the budget, e.g. "ANGGARAN PERUBAHAN".
    pub judul_anggaran: String,
    /// Total of `program[].anggaran`, e.g. "22.991.804.000".
    pub jumlah: String,
}

/// A sasaran in the PK.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SasaranPk {
    /// Number, e.g. "1.".
    pub no: String,
    /// The sasaran strategis.
    pub uraian: String,
    /// Its indicators and targets.
    pub indikator: Vec<IndikatorTarget>,
}

/// An indicator with its target as printed ("60,27 %", "Rp 9,43 Trilyun").
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndikatorTarget {
    /// Indicator.
    pub uraian: String,
    /// Target with unit.
    pub target: String,
}

/// A program's budget.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnggaranProgram {
    /// Number, e.g. "1.".
    pub no: String,
    /// Program name.
    pub program: String,
    /// Amount in Rupiah without prefix, e.g. "8.339.050.000".
    pub anggaran: String,
}

/// BAB III Akuntabilitas Kinerja.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bab3 {
    /// Opening text of the chapter.
    pub pengantar: Narasi,
    /// "A. Kerangka Pengukuran Kinerja" with the scale tables.
    pub kerangka: BagianKerangka,
    /// "B. Capaian Indikator Kinerja Utama": tables 3.1–3.4 and the charts.
    pub capaian: BagianCapaian,
    /// "C. Pengukuran, Evaluasi dan Analisis …": one entry per sasaran.
    pub analisis: BagianAnalisis,
    /// "D. Akuntabilitas Keuangan".
    pub keuangan: BagianKeuangan,
}

/// Measurement framework and the scales.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianKerangka {
    /// Heading, e.g. "A. Kerangka Pengukuran Kinerja".
    pub judul: String,
    /// Text before the status scale.
    pub narasi: Narasi,
    /// Status against target: ("< 100 %", "Tidak Tercapai"), …
    pub skala_status: Vec<Skala>,
    /// Text between the two scales.
    pub narasi_kategori: Narasi,
    /// Category scale: ("> 90,00", "Sangat Baik"), …; `no` numbers the rows.
    pub skala_kategori: Vec<Skala>,
    /// Text after the scales.
    pub narasi_penutup: Narasi,
}

/// One row of a scale.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skala {
    /// Row number, e.g. "1".
    pub no: String,
    /// Range as printed, e.g. "75,00 – 89,99".
    pub rentang: String,
    /// Label, e.g. "Baik".
    pub predikat: String,
}

/// IKU achievement: tables 3.1–3.4 and the charts.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianCapaian {
    /// Heading, e.g. "B. Capaian Indikator Kinerja Utama".
    pub judul: String,
    /// Text before table 3.1.
    pub narasi: Narasi,
    /// Table 3.1: target, realisation, capaian of the year.
    pub tabel_capaian: Vec<Tujuan<BarisCapaian>>,
    /// Chart: capaian per indicator against the 100 % line.
    pub grafik_capaian: GrafikCapaian,
    /// Years compared in table 3.2, e.g. ["2018", "2019", "2020", "2021"].
    pub tahun_banding: Vec<String>,
    /// Table 3.2: realised values over the years with the trend.
    pub tabel_banding: Vec<Tujuan<BarisBanding>>,
    /// One multi-year chart (target vs realisasi) per IKU.
    pub grafik_tren: Vec<GrafikTren>,
    /// Year of the end of the Renstra, e.g. "2021".
    pub tahun_akhir_renstra: String,
    /// Table 3.3: against the end-of-Renstra target.
    pub tabel_akhir: Vec<Tujuan<BarisAkhir>>,
    /// Text after table 3.3 (generated lists of indicators above/at/below target).
    pub narasi_setelah: Narasi,
    /// Table 3.4: counts and shares above/at/below target.
    pub sebaran: Vec<BarisSebaran>,
    /// Text after table 3.4.
    pub narasi_sebaran: Narasi,
}

/// Row of table 3.1.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisCapaian {
    /// Indicator.
    pub indikator: String,
    /// Unit.
    pub satuan: String,
    /// Target of the year.
    pub target: String,
    /// Realisation.
    pub realisasi: String,
    /// Capaian, e.g. "76,56" or "tak terdefinisi".
    pub capaian: String,
}

/// Row of table 3.2.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisBanding {
    /// Indicator.
    pub indikator: String,
    /// Unit.
    pub satuan: String,
    /// One value per `tahun_banding` ("-" when none).
    pub nilai: Vec<String>,
    /// Trend against the previous year: "Naik", "Turun", "Tetap".
    pub keterangan: String,
}

/// Row of table 3.3.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisAkhir {
    /// Indicator.
    pub indikator: String,
    /// Unit.
    pub satuan: String,
    /// Realisation up to this year.
    pub realisasi: String,
    /// Target at the end of the Renstra.
    pub target_akhir: String,
    /// Capaian against it.
    pub capaian: String,
    /// Status, e.g. "Tidak Tercapai".
    pub keterangan: String,
}

/// Row of table 3.4.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisSebaran {
    /// Number, e.g. "1".
    pub no: String,
    /// "Melebihi Target", "Sesuai Target", "Tidak Mencapai Target", "Tak Terdefinisi".
    pub uraian: String,
    /// Number of indicators, e.g. "3".
    pub jumlah: String,
    /// Share, e.g. "37,50 %".
    pub persentase: String,
}

/// Bar chart of capaian per indicator.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrafikCapaian {
    /// Caption, e.g. "Capaian Indikator Kinerja Utama Tahun 2021".
    pub judul: String,
    /// Alternative text for PDF/UA, describing the chart in words.
    pub alt: String,
    /// Position of the 100 % line as a fraction of the bar width, e.g. "0.3333".
    pub garis_100: String,
    /// Label of the axis maximum, e.g. "300 %".
    pub label_maks: String,
    /// One bar per indicator.
    pub batang: Vec<Batang>,
}

/// One bar.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Batang {
    /// Label (indicator, possibly shortened).
    pub label: String,
    /// Value as printed next to the bar, e.g. "115,00 %" or "tak terdefinisi".
    pub nilai: String,
    /// Bar length as a fraction of the width; `None` draws no bar.
    pub fraksi: Option<String>,
    /// Whether the bar reaches the target (drawn in the "met" colour).
    pub tercapai: bool,
}

/// Multi-year chart of one indicator: target vs realisation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrafikTren {
    /// Caption, e.g. "Target dan Realisasi Nilai Ekspor Perdagangan 2017–2021".
    pub judul: String,
    /// Alternative text for PDF/UA.
    pub alt: String,
    /// Unit shown at the axis, e.g. "Juta US$".
    pub satuan: String,
    /// One group of two bars per year.
    pub tahun: Vec<TitikTren>,
}

/// One year in a trend chart; fractions are relative to the chart's largest value.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitikTren {
    /// Year, e.g. "2020".
    pub tahun: String,
    /// Target as printed ("-" when none).
    pub target: String,
    /// Realisation as printed ("-" when none).
    pub realisasi: String,
    /// Target bar height fraction; `None` draws none.
    pub fraksi_target: Option<String>,
    /// Realisation bar height fraction; `None` draws none.
    pub fraksi_realisasi: Option<String>,
}

/// Analysis per sasaran.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianAnalisis {
    /// Heading, e.g. "C. Pengukuran, Evaluasi dan Analisis Capaian Kinerja Sasaran Strategis".
    pub judul: String,
    /// Text before the first sasaran.
    pub narasi: Narasi,
    /// One entry per sasaran.
    pub sasaran: Vec<AnalisisSasaran>,
}

/// Everything BAB III says about one sasaran.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnalisisSasaran {
    /// Label, e.g. "Sasaran 1".
    pub label: String,
    /// The sasaran, e.g. "Meningkatnya peran koperasi dan lembaga keuangan".
    pub uraian: String,
    /// Analysis table rows (one per indicator).
    pub analisis: Vec<BarisAnalisis>,
    /// Text after the analysis table.
    pub narasi: Narasi,
    /// Supporting programs with their outcome indicators.
    pub program: Vec<ProgramOutcome>,
    /// Programs with their activities, budget and outputs.
    pub kegiatan: Vec<ProgramKegiatan>,
    /// Supporting factors.
    pub faktor_pendukung: Narasi,
    /// Inhibiting factors.
    pub faktor_penghambat: Narasi,
    /// Efficiency table.
    pub efisiensi: Efisiensi,
    /// Recommendations.
    pub rekomendasi: Narasi,
    /// Documentation photos.
    pub foto: Vec<Foto>,
}

/// Row of a sasaran's analysis table.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisAnalisis {
    /// Number, e.g. "1".
    pub no: String,
    /// Indicator.
    pub indikator: String,
    /// Unit.
    pub satuan: String,
    /// Target of the year.
    pub target: String,
    /// Realisation.
    pub realisasi: String,
    /// Capaian of the year.
    pub capaian: String,
    /// End-of-Renstra target.
    pub target_akhir: String,
    /// Capaian against it.
    pub capaian_akhir: String,
    /// Category on the scale, e.g. "Baik".
    pub kategori: String,
}

/// A program with its outcome indicators.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramOutcome {
    /// Marker, e.g. "1)".
    pub penanda: String,
    /// Program name.
    pub nama: String,
    /// Outcome indicators.
    pub indikator: Vec<BarisOutcome>,
}

/// An outcome indicator row.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisOutcome {
    /// Number, e.g. "1".
    pub no: String,
    /// Indicator.
    pub uraian: String,
    /// Unit.
    pub satuan: String,
    /// Target.
    pub target: String,
    /// Realisation.
    pub realisasi: String,
}

/// A program with its activities (kegiatan table).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramKegiatan {
    /// Number, e.g. "1.".
    pub no: String,
    /// Program name.
    pub program: String,
    /// Activities.
    pub kegiatan: Vec<Kegiatan>,
}

/// One activity.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kegiatan {
    /// Activity name.
    pub uraian: String,
    /// Budget ceiling, e.g. "40.900.000".
    pub pagu: String,
    /// Spending.
    pub realisasi: String,
    /// Absorption, e.g. "97,15".
    pub serapan: String,
    /// Outputs, one line each.
    pub output: Vec<String>,
    /// "Menunjang" or "Kurang Menunjang".
    pub keterangan: String,
}

/// Efficiency table of a sasaran.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Efisiensi {
    /// Indicators: performance side.
    pub indikator: Vec<EfisiensiIndikator>,
    /// Programs: financial side.
    pub program: Vec<EfisiensiProgram>,
    /// Average capaian, e.g. "73,84".
    pub rata_rata_capaian: String,
    /// Total budget.
    pub jumlah_pagu: String,
    /// Total spending.
    pub jumlah_realisasi: String,
    /// Total absorption, e.g. "95,64".
    pub serapan: String,
    /// Efficiency level, e.g. "-22,79 %".
    pub tingkat_efisiensi: String,
    /// The method in words, e.g. "(capaian ÷ serapan − 1) × 100".
    pub metode: String,
}

/// Performance side of an efficiency row.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EfisiensiIndikator {
    /// Indicator.
    pub uraian: String,
    /// Unit.
    pub satuan: String,
    /// Target.
    pub target: String,
    /// Realisation.
    pub realisasi: String,
    /// Capaian.
    pub capaian: String,
}

/// Financial side of an efficiency row.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EfisiensiProgram {
    /// Program name.
    pub nama: String,
    /// Budget.
    pub pagu: String,
    /// Spending.
    pub realisasi: String,
    /// Absorption.
    pub serapan: String,
}

/// Financial accountability.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BagianKeuangan {
    /// Heading, e.g. "D. Akuntabilitas Keuangan".
    pub judul: String,
    /// Text before the table.
    pub narasi: Narasi,
    /// Rows: income, operational spending, capital spending, …
    pub baris: Vec<BarisKeuangan>,
    /// Optional total row.
    pub jumlah: Option<BarisKeuangan>,
    /// Text after the table.
    pub narasi_setelah: Narasi,
}

/// Row of the financial table.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarisKeuangan {
    /// Number, e.g. "1." ("" for the total).
    pub no: String,
    /// Item, e.g. "Belanja Operasional".
    pub uraian: String,
    /// Budget.
    pub pagu: String,
    /// Realisation.
    pub realisasi: String,
    /// Percentage.
    pub persentase: String,
}

/// BAB IV Penutup.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bab4 {
    /// Conclusions (per sasaran with category) and next steps.
    pub narasi: Narasi,
    /// The closing signature; this block carries the digital signature field.
    pub tanda_tangan: TandaTangan,
}

/// Lampiran: the Perjanjian Kinerja (statement + target/budget sheet).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LampiranPk {
    /// Heading, e.g. "PERJANJIAN KINERJA TAHUN 2021".
    pub judul: String,
    /// The statement.
    pub pernyataan: Narasi,
    /// Place and date line of the agreement, e.g. "Pekalongan, 5 Januari 2021".
    pub tempat_tanggal: String,
    /// Left signatory: the official above (e.g. the Walikota), "Pihak Kedua".
    pub pihak_kedua: TandaTangan,
    /// Right signatory: the head of the agency, "Pihak Pertama".
    pub pihak_pertama: TandaTangan,
}
