//! What the analysis of an appended part found, as typed findings: each change an update made,
//! allowed (what signers do) or not (an alteration). Words for people are in `messages::verify`.

use serde::Serialize;

/// One thing an appended update did.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    // ----- allowed: what signing tools append -----
    /// A signature field (with its widget) was added or filled.
    SignatureField { page: Option<u32> },
    /// A signature value (a `/Sig` dictionary) was added.
    Signature,
    /// A document timestamp (a `/DocTimeStamp` dictionary) was added.
    DocTimestamp,
    /// `/AcroForm` changed only by signature fields and their settings.
    Form,
    /// Long-term validation data (`/DSS`, `/VRI`, certificates, OCSP responses, CRLs).
    ValidationData,
    /// The XMP metadata stream was replaced.
    Metadata,
    /// `/Info` fields that signers update (`/ModDate`, `/Producer`).
    Info { keys: Vec<String> },
    /// `/Perms` or `/Extensions` in the catalogue.
    Permissions,
    /// The catalogue's `/Version` (signers raise it for the features they use).
    Version,
    /// Objects were added that nothing refers to (a reader never shows them).
    Unreferenced,

    // ----- altered -----
    /// The page's `/Contents` was replaced, or one of its content streams.
    PageContent { page: u32 },
    /// The page's `/Resources` (fonts, images) was replaced.
    PageResources { page: u32 },
    /// An object the page uses (an image, a font, a form) was replaced.
    PageResource { page: u32, kind: String },
    /// Another key of the page dictionary changed (e.g. `/MediaBox`).
    PageKey { page: u32, key: String },
    /// An annotation other than a signature widget was added.
    AnnotationAdded { page: u32, subtype: String },
    /// An annotation was removed or replaced.
    AnnotationChanged { page: u32 },
    /// The page tree changed: pages added, removed or reordered.
    PageTree { before: usize, after: usize },
    /// JavaScript was added.
    JavaScript,
    /// An action was added (`/OpenAction`, `/AA`, a widget's `/A`).
    Action { key: String },
    /// Another key of the document catalogue changed.
    Catalog { key: String },
    /// An `/Info` field other than those signers update changed.
    InfoKey { key: String },
    /// A form field that is not a signature field was added.
    FormField { kind: String },
    /// `/AcroForm` changed beyond signature fields.
    FormKey { key: String },
    /// An existing signature was changed.
    SignatureReplaced,
    /// An object of the original was replaced (its role is `kind`).
    Replaced { kind: String },
    /// An object was added where the original already pointed (it changes what readers show).
    Filled,
    /// An object of the original was deleted.
    Deleted,
    /// The update encrypts the document.
    Encryption,
    /// Bytes after the end of the PDF that are not an incremental update.
    TrailingBytes { bytes: u64 },
    /// A second `%PDF-` header: another document was concatenated.
    SecondHeader { offset: u64 },
    /// Bytes that should be an incremental update and are not, and why.
    NotAnUpdate { offset: u64, why: NotUpdate },
    /// More updates than are analysed.
    TooManyUpdates { limit: usize },
    /// An appended part larger than is analysed.
    TooLarge { bytes: u64, limit: u64 },
}

impl Change {
    /// Whether the change is one signers make (allowed) rather than an alteration.
    pub fn allowed(&self) -> bool {
        matches!(
            self,
            Change::SignatureField { .. }
                | Change::Signature
                | Change::DocTimestamp
                | Change::Form
                | Change::ValidationData
                | Change::Metadata
                | Change::Info { .. }
                | Change::Permissions
                | Change::Version
                | Change::Unreferenced
        )
    }
}

/// A change, where it happened: which appended update (1 = the first after the original) and
/// which objects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    #[serde(flatten)]
    pub change: Change,
    pub allowed: bool,
    /// 1-based number of the appended update; 0 when the finding is about no single update.
    pub update: usize,
    pub objects: Vec<u32>,
}

impl Finding {
    pub fn new(change: Change, update: usize, objects: Vec<u32>) -> Finding {
        Finding { allowed: change.allowed(), change, update, objects }
    }
}

/// Why bytes after a PDF are not an incremental update of it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum NotUpdate {
    /// No `startxref` before its `%%EOF`.
    NoStartxref,
    /// The archived original itself does not load (the PDF reader's words).
    OriginalUnloadable { detail: String },
    /// The file up to this update does not load (the PDF reader's words).
    Unloadable { detail: String },
    /// Its cross-reference section is not inside it.
    XrefOutside,
    /// It does not continue the document before it (`/Prev`).
    NoPrev,
    /// An object it defines points outside the update.
    ObjectOutside { object: u32 },
}
