//! The rendering layer: a computed report (as [`data::TypstData`]) → PDF/A-3b + PDF/UA-1 bytes.
//!
//! `render` builds a World that only delegates (layouts as sources, embedded fonts, no disk, no
//! clock), compiles with Typst, exports with fixed metadata (ident, creator, timestamp from the
//! signing date), rewrites the file compactly (object streams and an xref stream, `compact`,
//! ending in `%%EOF\n`), and locates the signature box. What happens to
//! Typst's memo caches afterwards depends on the caller: evicted (`render`), kept for the next
//! edit (`render_incremental`; `render_preview`, whose caller evicts with `forget_unused` once
//! the preview is out) or left to the OS at exit (`render_once`). The
//! same inputs give the same bytes. `watch`'s preview (`render_preview`) alone is exported
//! as plain, untagged PDF and not rewritten: the same pages, not the archival file.

pub mod compact;
pub mod data;
mod diag;
mod fonts;
mod image;
mod inputs;
mod layouts;
pub mod pdf_limits;
pub mod resample;
mod signature;
mod world;

use crate::value::tanggal::Tanggal;
use std::collections::BTreeMap;
use std::fmt;

use typst::diag::Warned;
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

pub use self::data::TypstData;
pub use self::fonts::unsupported_chars;
pub use self::image::{check_image, looks_like_image, prepare_image};
pub use self::layouts::{LayoutError, Layouts, MAIN as MAIN_LAYOUT};
pub use self::signature::{FIELD_NAME, SignatureBox};
use self::world::LkjipWorld;

/// Draft or final rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every page carries a visible "DRAF" watermark.
    Draft,
    /// No watermark; the footer shows "Revisi n" (the archive's revision number).
    Final {
        /// Revision number given by the archive (1, 2, …).
        revision: u32,
    },
}

/// Everything one render needs. Nothing else is read: no disk, no clock, no environment.
#[derive(Debug, Clone)]
pub struct RenderInput<'a> {
    /// The computed, formatted report.
    pub data: &'a TypstData,
    /// The source YAML (file name, bytes), attached to the PDF with relationship "Source".
    pub source_yaml: (&'a str, &'a [u8]),
    /// Images by relative path (the keys `data::Gambar::berkas` names), already checked.
    pub assets: BTreeMap<String, Vec<u8>>,
    /// Draft or final.
    pub mode: Mode,
    /// Stable unique document id (e.g. derived from the content); written hashed as `/ID[0]` and
    /// XMP DocumentID.
    pub ident: String,
    /// Signing date; the PDF creation date, 00:00 UTC.
    pub date: Tanggal,
}

/// A rendered PDF.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The PDF, ending in `%%EOF\n`.
    pub pdf: Vec<u8>,
    /// Number of pages.
    pub pages: usize,
    /// Where the head of agency's signature goes (BAB IV).
    pub signature_box: SignatureBox,
    /// Typst warnings, formatted (`layout.typ:line:col: warning: …`).
    pub warnings: Vec<String>,
}

/// Why a render failed. Layout positions are `file:line:col` in the layouts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// The inputs could not be prepared (date, data conversion, layout names).
    Input(String),
    /// Typst could not compile the layouts with this data.
    Compile(Vec<String>),
    /// The PDF export (PDF/A, PDF/UA rules) failed.
    Export(Vec<String>),
    /// The layout did not mark a usable signature box.
    Signature(String),
    /// The report was laid out to more pages than [`crate::input::limits::MAX_PAGES`].
    TooManyPages { pages: usize, limit: u64 },
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Input(m) => write!(f, "cannot prepare the render: {m}"),
            Self::Compile(d) => write!(f, "typst could not lay out the report:\n{}", d.join("\n")),
            Self::Export(d) => write!(f, "the pdf export failed:\n{}", d.join("\n")),
            Self::Signature(m) => write!(f, "cannot locate the signature box: {m}"),
            Self::TooManyPages { pages, limit } => write!(
                f,
                "the report was laid out to {pages} pages; a report may have at most {limit} (MAX_PAGES, docs/yaml.md): shorten its longest texts or lists"
            ),
        }
    }
}

impl std::error::Error for RenderError {}

/// The creator written into every PDF (`/Creator`, `xmp:CreatorTool`).
pub fn creator() -> String {
    format!("lkjip {}", env!("CARGO_PKG_VERSION"))
}

/// Render the report in a process that goes on. Typst's memo caches are evicted as soon as the
/// document is laid out (the export does not need them; this lowers the peak) and again at the
/// end, on success and on error, and the freed memory goes back to the system, so rendering
/// many reports in one process keeps memory bounded.
pub fn render(layouts: &Layouts, input: &RenderInput) -> Result<Rendered, RenderError> {
    let result = render_with(layouts, input, Caches::Drop, Export::Archival, Writer::Compact);
    typst::comemo::evict(0);
    crate::memory::give_back();
    result
}

/// Render in a process that exits right after (`lkjip build`, `lkjip release`): Typst's memo
/// caches and the laid-out document are left for the operating system to reclaim at exit, as
/// typst-cli leaves them (clang's `-disable-free` is the same idea). Freeing them piece by
/// piece took about 20 ms per build of the reference report; the peak is about 3 MB higher
/// than with [`render`]. In a process that renders again, memory would grow
/// with every render: use [`render`] or [`render_incremental`] there.
pub fn render_once(layouts: &Layouts, input: &RenderInput) -> Result<Rendered, RenderError> {
    render_with(layouts, input, Caches::Leave, Export::Archival, Writer::Compact)
}

/// Render one of several reports rendered at the same time in one process (`build A B …`): the
/// memo entries the other renders in flight still use stay; those no render used since the
/// last two renders ended go, so memory is bounded by the reports in flight, not their count.
/// The same bytes as [`render`].
pub fn render_in_batch(layouts: &Layouts, input: &RenderInput) -> Result<Rendered, RenderError> {
    let result = render_with(layouts, input, Caches::Keep, Export::Archival, Writer::Compact);
    typst::comemo::evict(2);
    crate::memory::give_back();
    result
}

/// Render again in a long-running session: results of the last few renders stay
/// memoized, so a change in the data re-lays out only what it touches. Memory stays bounded
/// because entries unused for `KEEP` renders are evicted, on success and on error.
/// The archival file: the same bytes as [`render`].
pub fn render_incremental(layouts: &Layouts, input: &RenderInput) -> Result<Rendered, RenderError> {
    render_kept(layouts, input, Export::Archival, Writer::Compact)
}

/// [`render_incremental`] for the eyes (`watch`'s preview): the same layout, pages and text,
/// but exported as plain PDF 1.7, without PDF/UA tagging and PDF/A conformance, and not
/// rewritten compactly. That export costs about half of the archival one, the compact rewrite
/// is skipped. Not the archival file: `build` and `release` never use it. Typst's memo caches
/// are left as they are: call [`forget_unused`] once the preview is written and said (on the
/// reference that eviction took 7–60 ms per edit, time nobody needs to wait for).
pub fn render_preview(layouts: &Layouts, input: &RenderInput) -> Result<Rendered, RenderError> {
    render_with(layouts, input, Caches::Keep, Export::Preview, Writer::Typst)
}

/// How many renders a memo entry may go unused before [`forget_unused`] evicts it.
const KEEP: usize = 10;

/// Evicts the memo entries no render used in the last `KEEP` renders and gives the freed memory
/// back to the system: what keeps a long session's memory bounded ([`render_preview`]).
pub fn forget_unused() {
    typst::comemo::evict(KEEP);
    crate::memory::give_back();
}

fn render_kept(
    layouts: &Layouts,
    input: &RenderInput,
    export: Export,
    writer: Writer,
) -> Result<Rendered, RenderError> {
    let result = render_with(layouts, input, Caches::Keep, export, writer);
    forget_unused();
    result
}

fn pdf_options(input: &RenderInput, export: Export) -> Result<PdfOptions, RenderError> {
    let (y, m, d) = (i32::from(input.date.tahun), input.date.bulan, input.date.hari);
    let datetime = Datetime::from_ymd_hms(y, m, d, 0, 0, 0)
        .ok_or_else(|| RenderError::Input(format!("invalid signing date {y:04}-{m:02}-{d:02}")))?;
    let standards = match export {
        Export::Archival => PdfStandards::new(&[PdfStandard::A_3b, PdfStandard::Ua_1])
            .map_err(|e| RenderError::Input(format!("pdf standards: {}", e.message())))?,
        Export::Preview => PdfStandards::default(),
    };
    if input.ident.trim().is_empty() {
        return Err(RenderError::Input("the document ident is empty".into()));
    }
    Ok(PdfOptions {
        ident: Smart::Custom(input.ident.clone()),
        creator: Smart::Custom(Some(creator())),
        timestamp: Some(Timestamp::new_utc(datetime)),
        standards,
        tagged: export == Export::Archival,
        ..PdfOptions::default()
    })
}

/// What happens to Typst's memo caches (and the laid-out document) once the document is laid out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Caches {
    /// Evicted before the export.
    Drop,
    /// Kept for the next render (the caller evicts by age afterwards).
    Keep,
    /// Left to the operating system: the process exits after this render.
    Leave,
}

/// How Typst exports the laid-out document.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Export {
    /// PDF/A-3b + PDF/UA-1, tagged: every file lkjip hands out.
    Archival,
    /// Plain PDF 1.7, untagged: `watch`'s preview, for the eyes only.
    Preview,
}

/// Which bytes a render writes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Writer {
    /// Object streams and an xref stream ([`compact`]): what lkjip writes.
    Compact,
    /// Typst's file as it comes (plus the final newline), as lkjip 0.1 wrote it: the reference
    /// point for benchmarks and for the archive's generator tests.
    Typst,
}

/// [`render`] with Typst's own bytes or the compact ones: for benchmarks and tests.
pub fn render_written(layouts: &Layouts, input: &RenderInput, writer: Writer) -> Result<Rendered, RenderError> {
    let result = render_with(layouts, input, Caches::Drop, Export::Archival, writer);
    typst::comemo::evict(0);
    crate::memory::give_back();
    result
}

/// The document's title, author, description and keywords, from the data. They are written here
/// and not by a `set document` rule of the layouts: a style holding the agency's name would be
/// part of every element's styles, and Typst could then reuse nothing between reports of two
/// agencies (`build A B …`) or after an edit of the title's words (`watch`).
fn describe(info: &mut typst::model::DocumentInfo, dokumen: &data::Dokumen) {
    info.title = Some(dokumen.judul_pdf.as_str().into());
    info.author = vec![dokumen.instansi.as_str().into()];
    info.description = Some(dokumen.subjek_pdf.as_str().into());
    info.keywords = dokumen.kata_kunci.iter().map(|k| k.as_str().into()).collect();
}

fn render_with(
    layouts: &Layouts,
    input: &RenderInput,
    caches: Caches,
    export: Export,
    writer: Writer,
) -> Result<Rendered, RenderError> {
    let options = pdf_options(input, export)?;
    let dict = inputs::build(input.source_yaml.0, &input.assets, input.mode);
    let files = inputs::files(input.data, input.source_yaml.1).map_err(RenderError::Input)?;
    let world = LkjipWorld::new(layouts, dict, files).map_err(RenderError::Input)?;

    let Warned { output, warnings } = typst::compile::<PagedDocument>(&world);
    if caches == Caches::Drop {
        typst::comemo::evict(0);
    }
    let warnings = diag::format_all(&world, &warnings);
    let mut doc = output.map_err(|errors| RenderError::Compile(diag::format_all(&world, &errors)))?;
    describe(doc.info_mut(), &input.data.dokumen);
    // the pages are laid out by now; refuse before the export spends as much again
    let limit = crate::input::limits::MAX_PAGES;
    if doc.pages().len() as u64 > limit {
        return Err(RenderError::TooManyPages { pages: doc.pages().len(), limit });
    }
    let mut pdf =
        typst_pdf::pdf(&doc, &options).map_err(|errors| RenderError::Export(diag::format_all(&world, &errors)))?;
    match writer {
        Writer::Compact => {
            pdf = compact::compact(&pdf)
                .map_err(|e| RenderError::Export(vec![format!("cannot write the compact PDF: {e}")]))?;
        }
        // Signers append incremental updates; without a line end they write `%%EOF39 0 obj`,
        // which breaks PDF/A (validators.md). The newline is part of the archived bytes.
        Writer::Typst if !pdf.ends_with(b"\n") => pdf.push(b'\n'),
        Writer::Typst => {}
    }
    let signature_box = signature::locate(&doc).map_err(RenderError::Signature)?;
    let pages = doc.pages().len();
    if caches == Caches::Leave {
        std::mem::forget(doc);
    }
    Ok(Rendered { pdf, pages, signature_box, warnings })
}
