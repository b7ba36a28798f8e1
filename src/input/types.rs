//! The YAML schema of a report, as serde types: keys in the domain's Indonesian words.
//!
//! Every raw value is written once; anything shown again elsewhere in the document is a
//! reference by id. Unknown keys are errors (`deny_unknown_fields`). These types are the
//! file as written; `model` checks them and makes a report that is valid by construction.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::number::Num;

/// A year, e.g. `2021`.
pub type Tahun = u16;

/// Narrative text: paragraphs separated by blank lines, lists (`- `, `1. `, `1) `, `a. `),
/// `*miring*`, `**tebal**`, and placeholders such as `{kup-kur.capaian}`.
pub type Teks = String;

/// The whole report file.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lkjip {
    pub dokumen: Dokumen,
    pub instansi: Instansi,
    pub penandatangan: Pejabat,
    pub kata_pengantar: Teks,
    #[serde(default)]
    pub ikhtisar: Option<Teks>,
    #[serde(default)]
    pub reviu: Option<Reviu>,
    pub pendahuluan: Pendahuluan,
    pub perencanaan: Perencanaan,
    #[serde(default)]
    pub program: Vec<Program>,
    pub akuntabilitas: Akuntabilitas,
    pub penutup: Penutup,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dokumen {
    /// The year reported on.
    pub tahun: Tahun,
    /// Kind of report as the agency names it: `LKjIP` (default), `LKIP`, `LKj`, `LAKIP` or
    /// another with its `judul`.
    #[serde(default = "default_jenis")]
    pub jenis: String,
    /// The kind's full name, printed on the cover: default from `jenis` (LKjIP and LKIP:
    /// Laporan Kinerja Instansi Pemerintah; LKj: Laporan Kinerja; LAKIP: Laporan Akuntabilitas
    /// Kinerja Instansi Pemerintah); required for any other `jenis`.
    #[serde(default)]
    pub judul: Option<String>,
    /// Place of signing, e.g. `Pekalongan`.
    pub tempat: String,
    /// Date of signing, `YYYY-MM-DD`; also the PDF's creation date.
    pub tanggal: String,
    #[serde(default)]
    pub kertas: Kertas,
    /// Logo image, relative to the YAML's folder.
    #[serde(default)]
    pub logo: Option<String>,
    /// Decimals shown for computed percentages (default 2).
    #[serde(default)]
    pub desimal: Option<u32>,
    /// Pixels per inch images are resampled to at their printed width (default 220, 72–600).
    #[serde(default)]
    pub ppi: Option<u32>,
}

fn default_jenis() -> String {
    "LKjIP".to_owned()
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kertas {
    #[default]
    A4,
    /// Folio, 215 × 330 mm.
    F4,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Instansi {
    /// Full name, e.g. `Dinas Perdagangan Koperasi dan UKM`, `Pemerintah Kabupaten Sukamaju`,
    /// `Inspektorat Jenderal`. Joined with the government's name unless it already holds it.
    pub nama: String,
    /// Who reports: a perangkat daerah (default), the pemerintah daerah itself, a kementerian
    /// or lembaga, or one of its units.
    #[serde(default)]
    pub jenis: JenisInstansi,
    #[serde(default)]
    pub singkatan: Option<String>,
    pub pemerintah: Pemerintah,
    #[serde(default)]
    pub alamat: Option<String>,
    #[serde(default)]
    pub telepon: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub laman: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum JenisInstansi {
    /// A Dinas, Badan, Kantor, Kecamatan of a regional government.
    #[default]
    PerangkatDaerah,
    /// The Pemerintah Kabupaten/Kota/Provinsi itself (its RPJMD), signed by the
    /// Bupati/Walikota/Gubernur.
    PemerintahDaerah,
    /// A kementerian or lembaga (`tingkat: pusat`).
    KementerianLembaga,
    /// A unit of a kementerian or lembaga: eselon I, Biro, Inspektorat Jenderal, Balai
    /// (`tingkat: pusat`).
    UnitKerja,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pemerintah {
    pub tingkat: Tingkat,
    /// e.g. `Pekalongan`; for `pusat` the kementerian or lembaga, e.g. `Kementerian Perdagangan`.
    pub nama: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Tingkat {
    Kota,
    Kabupaten,
    Provinsi,
    /// The central government: a kementerian or lembaga.
    Pusat,
}

/// An official who signs: the head of the agency, the reviewer, the other PK party.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pejabat {
    pub nama: String,
    /// e.g. `Kepala Dinas Perdagangan Koperasi dan UKM Kota Pekalongan`.
    pub jabatan: String,
    #[serde(default)]
    pub pangkat: Option<String>,
    #[serde(default)]
    pub golongan: Option<String>,
    /// 18 digits; spaces allowed (`19630804 198711 1 001`).
    #[serde(default)]
    pub nip: Option<String>,
    #[serde(default)]
    pub status: StatusJabatan,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum StatusJabatan {
    #[default]
    Definitif,
    /// Pelaksana Tugas.
    Plt,
    /// Pelaksana Harian.
    Plh,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reviu {
    /// The reviewer's statement and conclusion.
    pub kesimpulan: Teks,
    pub pereviu: Pejabat,
    #[serde(default)]
    pub tempat: Option<String>,
    #[serde(default)]
    pub tanggal: Option<String>,
}

/// BAB I.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pendahuluan {
    pub latar_belakang: Teks,
    pub gambaran_umum: Teks,
    #[serde(default)]
    pub tugas_fungsi: Option<Teks>,
    pub tugas: Teks,
    pub fungsi: Teks,
    pub struktur_organisasi: StrukturOrganisasi,
    #[serde(default)]
    pub isu_strategis: Vec<IsuStrategis>,
    #[serde(default)]
    pub landasan_hukum_pengantar: Option<Teks>,
    #[serde(default)]
    pub landasan_hukum: Vec<String>,
    #[serde(default)]
    pub sistematika: Option<Teks>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StrukturOrganisasi {
    #[serde(default)]
    pub uraian: Option<Teks>,
    /// The head unit; its `bawahan` form the tree drawn as the organisation chart.
    pub bagan: Unit,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub nama: String,
    /// Where the chart places a unit directly under the head; without it, read from the name
    /// ("Sekretariat…" staf, "UPTD…"/"UPT …" uptd, "Kelompok Jabatan Fungsional…" fungsional,
    /// anything else lini). Ignored below the head's own units.
    #[serde(default)]
    pub peran: Option<Peran>,
    #[serde(default)]
    pub bawahan: Vec<Unit>,
}

/// A unit's role in the organisation chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Peran {
    /// A line unit (Bidang): on the row hung from the head's spine.
    Lini,
    /// A staff unit (Sekretariat): beside the spine, right, between the head and the line units.
    Staf,
    /// A technical implementing unit (UPTD): on the bottom row, at the spine's end.
    Uptd,
    /// Kelompok Jabatan Fungsional: beside the spine, left, on a dashed line.
    Fungsional,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IsuStrategis {
    pub bidang: String,
    pub isu: Teks,
}

/// BAB II.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Perencanaan {
    #[serde(default)]
    pub pengantar: Option<Teks>,
    pub renstra: Renstra,
    /// Introduction to the goals and targets (misi, explanation).
    #[serde(default)]
    pub tujuan_sasaran: Option<Teks>,
    pub tujuan: Vec<Tujuan>,
    /// Introduction to the Indikator Kinerja Utama.
    #[serde(default)]
    pub iku: Option<Teks>,
    pub perjanjian_kinerja: PerjanjianKinerja,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Renstra {
    pub awal: Tahun,
    pub akhir: Tahun,
    pub uraian: Teks,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tujuan {
    pub id: String,
    pub uraian: String,
    /// Indicators of the goal itself (Indikator Tujuan).
    #[serde(default)]
    pub indikator: Vec<Indikator>,
    #[serde(default)]
    pub sasaran: Vec<Sasaran>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sasaran {
    pub id: String,
    pub uraian: String,
    pub indikator: Vec<Indikator>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indikator {
    /// Used to refer to this indicator everywhere else (PK, placeholders).
    pub id: String,
    pub nama: String,
    pub satuan: String,
    #[serde(default)]
    pub polaritas: Polaritas,
    /// For negative indicators: how capaian is computed (default `selisih`: (2T − R) / T × 100).
    #[serde(default)]
    pub metode_negatif: MetodeNegatif,
    /// How to judge a target of 0 (default: capaian undefined).
    #[serde(default)]
    pub target_nol: TargetNol,
    /// How it is measured (Formulasi Perhitungan).
    #[serde(default)]
    pub formula: Option<String>,
    /// Baseline (Data Awal).
    #[serde(default)]
    pub data_awal: Option<Num>,
    /// Targets by year; any year may be missing.
    #[serde(default)]
    pub target: BTreeMap<Tahun, Num>,
    /// Realisations by year; any year may be missing.
    #[serde(default)]
    pub realisasi: BTreeMap<Tahun, Num>,
    /// End-of-Renstra target (Kondisi Akhir); default: the target of the Renstra's last year.
    #[serde(default)]
    pub target_akhir: Option<Num>,
    /// An Indikator Kinerja Utama.
    #[serde(default)]
    pub iku: bool,
    /// Targets and realisations given as numerator and denominator (see `input::ukur`).
    #[serde(default)]
    pub rasio: Option<super::ukur::Rasio>,
    /// Years with no target of their own: judged only against the end-of-Renstra target.
    #[serde(default)]
    pub tanpa_target: Vec<Tahun>,
    /// Years whose measurement is on another scale than the year before (not comparable).
    #[serde(default)]
    pub skala_berubah: Vec<Tahun>,
    /// Quarterly targets and realisations by year.
    #[serde(default)]
    pub triwulan: BTreeMap<Tahun, super::ukur::Triwulan>,
    /// How a year's value follows from its four quarters, when the year itself is not written.
    #[serde(default)]
    pub agregasi: Option<super::ukur::Agregasi>,
    /// A grade printed after each of its values in the tables (`akip`: "84,21 (A)").
    #[serde(default)]
    pub predikat: Option<Predikat>,
}

/// A grade scale of an indicator's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Predikat {
    /// The AKIP evaluation grade: AA ≥ 90, A ≥ 80, BB ≥ 70, B ≥ 60, CC ≥ 50, C ≥ 30, D below.
    Akip,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Polaritas {
    /// Higher is better.
    #[default]
    Positif,
    /// Lower is better.
    Negatif,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MetodeNegatif {
    /// (2T − R) / T × 100, floored at 0.
    #[default]
    Selisih,
    /// T / R × 100.
    Rasio,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TargetNol {
    /// No ratio exists: capaian is shown as undefined.
    #[default]
    TakTerdefinisi,
    /// 100 % when the realisation is on the right side of 0 (≥ 0 positive, ≤ 0 negative), else 0 %.
    Biner,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PerjanjianKinerja {
    #[serde(default)]
    pub uraian: Option<Teks>,
    /// The official above the head of the agency, e.g. the Walikota; absent when the PK has no
    /// higher party (a Bupati's own PK).
    #[serde(default)]
    pub pihak_kedua: Option<Pejabat>,
    /// Date and place the PK was signed (default: the report's).
    #[serde(default)]
    pub tanggal: Option<String>,
    #[serde(default)]
    pub tempat: Option<String>,
    /// Ids of the indicators agreed on; their targets for the year come from the indicators.
    pub indikator: Vec<String>,
    /// Ids of the programs whose budgets the PK lists.
    pub program: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Program {
    pub id: String,
    /// Code in the regional budget nomenclature, e.g. `2.17.02`; printed before the name.
    #[serde(default)]
    pub kode: Option<String>,
    pub nama: String,
    /// The program's own goal (tujuan program); listed in the table of programs.
    #[serde(default)]
    pub tujuan: Option<String>,
    /// What the program does (description), printed under its name in the table of programs.
    #[serde(default)]
    pub uraian: Option<String>,
    /// Budget of the program (Anggaran / Pagu); when absent, the sum of its activities'
    /// (only when they are all listed).
    #[serde(default)]
    pub pagu: Option<Num>,
    /// Spending of the whole program; only when not all activities are listed
    /// (otherwise it is the sum of the activities' realisasi).
    #[serde(default)]
    pub realisasi: Option<Num>,
    /// Whether `kegiatan` lists every activity of the program (then the sums must equal the
    /// program's pagu). Default true.
    #[serde(default = "yes")]
    pub kegiatan_lengkap: bool,
    /// Outcome indicators of the program.
    #[serde(default)]
    pub outcome: Vec<IndikatorProgram>,
    #[serde(default)]
    pub kegiatan: Vec<Kegiatan>,
    /// The budget per quarter (triwulan I–IV).
    #[serde(default)]
    pub triwulan: Option<super::ukur::TriwulanAnggaran>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndikatorProgram {
    pub nama: String,
    pub satuan: String,
    #[serde(default)]
    pub polaritas: Polaritas,
    pub target: Num,
    #[serde(default)]
    pub realisasi: Option<Num>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Kegiatan {
    pub id: String,
    /// Code, e.g. `2.17.02.1.01`; printed before the name.
    #[serde(default)]
    pub kode: Option<String>,
    pub nama: String,
    /// Required without `sub_kegiatan`; with them, their sum (given: it must equal it).
    #[serde(default)]
    pub pagu: Option<Num>,
    /// Required without `sub_kegiatan`; with them, their sum (given: it must equal it).
    #[serde(default)]
    pub realisasi: Option<Num>,
    /// What the activity produced.
    #[serde(default)]
    pub output: Vec<String>,
    /// Whether it supports the target (Menunjang) or not (Kurang Menunjang). Default true.
    #[serde(default = "yes")]
    pub menunjang: bool,
    /// The sub-activities (Sub Kegiatan, Permendagri 90/2019), all of them: their budgets add up
    /// to the activity's.
    #[serde(default)]
    pub sub_kegiatan: Vec<SubKegiatan>,
    /// Target and realisation of its output's volume (for the EKA efficiency).
    #[serde(default)]
    pub volume: Option<super::ukur::Volume>,
}

/// A sub-activity: the level regional budgets keep pagu and realisasi on.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubKegiatan {
    pub id: String,
    /// Code, e.g. `2.17.02.1.01.01`; printed before the name.
    #[serde(default)]
    pub kode: Option<String>,
    pub nama: String,
    pub pagu: Num,
    pub realisasi: Num,
    /// What the sub-activity produced.
    #[serde(default)]
    pub output: Vec<String>,
    /// Whether it supports the target (Menunjang) or not (Kurang Menunjang). Default true.
    #[serde(default = "yes")]
    pub menunjang: bool,
}

/// BAB III.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Akuntabilitas {
    #[serde(default)]
    pub pengantar: Option<Teks>,
    /// A. Kerangka Pengukuran Kinerja.
    #[serde(default)]
    pub pengukuran: Option<Teks>,
    /// Measurement scales; default: the reference report's.
    #[serde(default)]
    pub skala: Option<Skala>,
    #[serde(default)]
    pub efisiensi: Efisiensi,
    /// Table 3.2: how many years, and whether with the difference column.
    #[serde(default)]
    pub perbandingan: Option<super::ukur::Perbandingan>,
    /// B. Capaian IKU: introduction.
    #[serde(default)]
    pub capaian_iku: Option<Teks>,
    /// C. Pengukuran, evaluasi dan analisis capaian sasaran: introduction.
    #[serde(default)]
    pub analisis_pengantar: Option<Teks>,
    pub analisis_sasaran: Vec<AnalisisSasaran>,
    pub keuangan: Keuangan,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Skala {
    /// Bands judging one indicator against its target.
    pub status: Vec<Pita>,
    /// Bands giving a category (predikat) to a capaian or an average.
    pub kategori: Vec<Pita>,
    /// Bands giving a category to a serapan (budget absorption); none by default.
    #[serde(default)]
    pub serapan: Option<Vec<Pita>>,
}

/// A band of a scale: closed interval [min, maks] at the document's precision
/// (`desimal`); a missing bound is open.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pita {
    pub label: String,
    #[serde(default)]
    pub min: Option<Num>,
    #[serde(default)]
    pub maks: Option<Num>,
    /// For the top band: values above `maks` belong to it too (a band "91 – 100" that also
    /// holds a capaian of 124).
    #[serde(default)]
    pub di_atas_maks: bool,
    /// The band of a value that cannot be computed (no target, a target of 0 left undefined):
    /// e.g. "Tidak Ada Target". Takes no bounds; at most one per scale.
    #[serde(default)]
    pub tanpa_nilai: bool,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Efisiensi {
    #[serde(default)]
    pub metode: MetodeEfisiensi,
    /// For `selisih`: the ± band (percentage points) counted as "sesuai"; default 5.
    #[serde(default)]
    pub pita: Option<Num>,
    /// For `eka`: the offset of the Nilai Efisiensi, default 50 (NE = dasar + pengali × E).
    #[serde(default)]
    pub dasar: Option<Num>,
    /// For `eka`: the factor of E (in %), default 2.5 (50 % ÷ 20 %).
    #[serde(default)]
    pub pengali: Option<Num>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MetodeEfisiensi {
    /// (capaian ÷ serapan − 1) × 100, as in the reference report.
    #[default]
    Rasio,
    /// capaian − serapan, judged against a ± band.
    Selisih,
    /// Per kegiatan E = Σ(1 − (RA/PA) ÷ (RV/TV)) / n over the sasaran's kegiatan with a `volume`,
    /// reported as dasar + pengali × E (PMK 249/PMK.02/2011: 50 % + E/20 % × 50 %).
    Eka,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnalisisSasaran {
    /// Id of the sasaran analysed.
    pub sasaran: String,
    pub uraian: Teks,
    /// Ids of the activities or sub-activities that serve this sasaran (their programs'
    /// outcomes are shown too).
    #[serde(default)]
    pub kegiatan: Vec<String>,
    #[serde(default)]
    pub faktor_pendukung: Vec<Teks>,
    #[serde(default)]
    pub faktor_penghambat: Vec<Teks>,
    #[serde(default)]
    pub rekomendasi: Vec<Teks>,
    #[serde(default)]
    pub foto: Vec<Foto>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Foto {
    /// Image file, relative to the YAML's folder.
    pub berkas: String,
    /// Caption; also the image's alternative text.
    pub keterangan: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Keuangan {
    #[serde(default)]
    pub uraian: Option<Teks>,
    pub pendapatan: Anggaran,
    pub belanja_operasi: Anggaran,
    pub belanja_modal: Anggaran,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Anggaran {
    pub pagu: Num,
    pub realisasi: Num,
}

/// BAB IV.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Penutup {
    pub uraian: Teks,
    /// Next steps (langkah ke depan).
    #[serde(default)]
    pub langkah: Option<Teks>,
}
