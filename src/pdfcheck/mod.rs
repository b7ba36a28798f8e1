//! What was done to a PDF after its archived original: every appended incremental update is
//! parsed (lopdf, strictly: no repair) and every object it adds, replaces or deletes is judged
//! against a whitelist of what signers append; every signature it adds is verified (CMS over its
//! byte range, timestamp, certificate) and, apart, its trust. Typed findings only; the words
//! are in `messages::verify`. Beside `archive`, which finds the archived prefix.
//!
//! Bounded for any input: the caller reads at most `archive::MAX_APPENDED_BYTES` after the
//! original; at most [`MAX_UPDATES`] updates are parsed; streams decompress to at most
//! [`MAX_DECOMPRESSED_BYTES`]; object-graph walks stop at `structure::MAX_WALK`.

pub mod cms;
pub mod findings;
pub mod revocation;
mod rules;
mod sections;
pub mod signature;
mod structure;
pub mod trust;

use lopdf::{Document, LoadOptions};
use serde::Serialize;

pub use findings::{Change, Finding, NotUpdate};
pub use revocation::{Evidence, Ignored, Revocation, RevocationReport};
pub use signature::{Coverage, SignatureReport, Signer};
pub use trust::{Trust, TrustStore};

/// The most incremental updates after the original that are analysed.
pub const MAX_UPDATES: usize = 64;
/// The most bytes one stream may decompress to while a document loads.
pub const MAX_DECOMPRESSED_BYTES: usize = 64 << 20;

/// The analysis of everything after the archived original.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// How many well-formed incremental updates were found.
    pub updates: usize,
    pub findings: Vec<Finding>,
    pub signatures: Vec<SignatureReport>,
}

impl Analysis {
    /// Whether anything was changed that signers do not change.
    pub fn altered(&self) -> bool {
        self.findings.iter().any(|f| !f.allowed)
    }

    /// The changes that are not allowed.
    pub fn alterations(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| !f.allowed)
    }

    /// Vouched for: nothing altered, at least one signature, every signature intact and no
    /// signer's certificate revoked by the document's own CRLs.
    pub fn vouched(&self) -> bool {
        !self.altered() && !self.signatures.is_empty() && self.signatures.iter().all(|s| s.intact() && !s.revoked())
    }

    /// An appended part too large to read.
    pub fn too_large(appended: u64, limit: u64) -> Analysis {
        let f = Finding::new(Change::TooLarge { bytes: appended, limit }, 0, vec![]);
        Analysis { updates: 0, findings: vec![f], signatures: vec![] }
    }
}

fn load(bytes: &[u8]) -> Result<Document, String> {
    let opts = LoadOptions { strict: true, max_decompressed_size: Some(MAX_DECOMPRESSED_BYTES), ..Default::default() };
    Document::load_mem_with_options(bytes, opts).map_err(|e| e.to_string())
}

/// Analyses `bytes`, whose first `original` bytes are the archived original.
pub fn analyse(bytes: &[u8], original: usize, trust: Option<&TrustStore>) -> Analysis {
    let mut a = Analysis { updates: 0, findings: vec![], signatures: vec![] };
    let not_update =
        |offset: usize, why: NotUpdate| Finding::new(Change::NotAnUpdate { offset: offset as u64, why }, 0, vec![]);
    let (secs, stop) = match sections::split(bytes, original, MAX_UPDATES) {
        Ok(s) => (s, None),
        Err((s, c)) => (s, Some(c)),
    };
    let mut prev = match load(&bytes[..original]) {
        Ok(d) => d,
        Err(e) => {
            a.findings.push(not_update(0, NotUpdate::OriginalUnloadable { detail: e.to_string() }));
            return a;
        }
    };
    let mut prev_xref = sections::startxref_before(&bytes[..original]).unwrap_or(0);
    let file_end = secs.last().map_or(original, |s| s.end);
    let mut pending = vec![];
    for (i, sec) in secs.iter().enumerate() {
        let update = i + 1;
        let cur = match load(&bytes[..sec.end]) {
            Ok(d) => d,
            Err(e) => {
                a.findings.push(not_update(sec.start, NotUpdate::Unloadable { detail: e.to_string() }));
                break;
            }
        };
        let prev_ref = sections::prev_of(&bytes[sec.startxref.min(sec.end)..sec.end]);
        if cur.xref_start != sec.startxref || sec.startxref < sec.start {
            a.findings.push(not_update(sec.start, NotUpdate::XrefOutside));
            break;
        }
        if prev_ref != Some(prev_xref) {
            a.findings.push(not_update(sec.start, NotUpdate::NoPrev));
            break;
        }
        if let Some(n) = outside(&prev, &cur, sec) {
            a.findings.push(not_update(sec.start, NotUpdate::ObjectOutside { object: n }));
            break;
        }
        let judged = rules::judge(&prev, &cur, update);
        a.findings.extend(judged.findings);
        for id in judged.signatures {
            pending.push((id, *sec, update));
        }
        a.updates = update;
        prev_xref = sec.startxref;
        prev = cur;
    }
    // Signatures are checked against the final document (its DSS serves every chain).
    for (id, sec, update) in pending {
        a.signatures.push(signature::check(&prev, id, bytes, &sec, update, file_end, trust));
    }
    if let Some(c) = stop {
        a.findings.push(Finding::new(c, 0, vec![]));
    }
    if a.updates == 0 && a.findings.is_empty() {
        let bytes = (bytes.len() - original) as u64;
        a.findings.push(Finding::new(Change::TrailingBytes { bytes }, 0, vec![]));
    }
    a
}

/// An object whose new cross-reference entry points outside its update.
fn outside(prev: &Document, cur: &Document, sec: &sections::Section) -> Option<u32> {
    use lopdf::xref::XrefEntry;
    cur.reference_table.entries.iter().find_map(|(n, e)| match e {
        XrefEntry::Normal { offset, .. }
            if !prev.reference_table.entries.get(n).is_some_and(|p| rules::same_entry(p, e))
                && !((sec.start..sec.end).contains(&(*offset as usize))) =>
        {
            Some(*n)
        }
        _ => None,
    })
}
