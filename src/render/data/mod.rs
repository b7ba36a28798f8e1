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

mod analisis;
mod bab1_2;
mod bab3;
mod ukur;

pub use analisis::*;
pub use bab1_2::*;
pub use bab3::*;
pub use ukur::*;

/// Narrative text: a list of blocks.
pub type Narasi = Vec<Blok>;

/// One block of narrative text: the narrative parser's own type, its placeholders resolved.
pub type Blok = crate::narrative::Blok<Span>;

/// One list item of a narrative.
pub type Butir = crate::narrative::Butir<Span>;

pub use crate::narrative::Span;

/// One piece of a section in reading order: narrative, or a generated table or chart the layout
/// draws from the section's data (named as in the YAML's block placeholders, e.g. "skala status").
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "jenis", rename_all = "lowercase", deny_unknown_fields)]
pub enum Isi {
    /// Narrative blocks.
    Narasi {
        /// The blocks.
        blok: Narasi,
    },
    /// A generated block, by name.
    Sisipan {
        /// Its name.
        nama: String,
    },
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
    /// The document kind as the agency names it, e.g. "LKjIP" (running header).
    #[serde(default = "lkjip")]
    pub jenis: String,
    /// What the medium-term plan is called in captions: "Renstra" or "RPJMD".
    #[serde(default = "renstra")]
    pub rencana: String,
}

fn lkjip() -> String {
    "LKjIP".to_owned()
}

fn renstra() -> String {
    "Renstra".to_owned()
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

/// Printed width of a documentation photo, in mm: two side by side fill the text width of A4
/// (160 mm) and F4 with a gutter. Images are resampled for this width (`render::resample`).
pub const LEBAR_FOTO_MM: u32 = 76;
/// Printed width of the cover logo, in mm.
pub const LEBAR_LOGO_MM: u32 = 45;

/// An image from the report's folder.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gambar {
    /// Relative path; the key in `RenderInput::assets`.
    pub berkas: String,
    /// Alternative text (required by PDF/UA).
    pub alt: String,
    /// The width the layout prints it at, in mm ([`LEBAR_FOTO_MM`], [`LEBAR_LOGO_MM`]); its
    /// pixels were resampled for it.
    pub lebar_mm: u32,
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
    /// Name, printed bold and underlined, e.g. "Ir. BUDIYANTO, M.Pi, M.Hum"; `None` (not yet known)
    /// prints a blank line to fill in by hand.
    pub nama: Option<String>,
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
    /// Place of the agreement, e.g. "Pekalongan".
    pub tempat: String,
    /// Date of the agreement, e.g. "5 Januari 2021"; `None` (not yet known) prints a blank to fill
    /// in before the year.
    pub tanggal: Option<String>,
    /// Year of the agreement, printed after the blank when `tanggal` is `None`, e.g. "2021".
    pub tahun: String,
    /// Left signatory: the official above (e.g. the Walikota), "Pihak Kedua".
    /// None: the PK has no higher party (a Bupati's own).
    pub pihak_kedua: Option<TandaTangan>,
    /// Right signatory: the head of the agency, "Pihak Pertama".
    pub pihak_pertama: TandaTangan,
}
