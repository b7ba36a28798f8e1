//! Where the signature field goes: found by Typst introspection, converted to PDF coordinates.
//!
//! The layout marks the room for the signature in BAB IV's signature block with two metadata
//! elements, `<ttd-awal>` at its top-left and `<ttd-akhir>` at its bottom-right corner. Their
//! positions come from the laid-out document, so the box follows the layout, never a guess.
#![expect(clippy::disallowed_types, reason = "positions on the page are Typst's f64 points, not figures")]

use serde::Serialize;
use typst::foundations::Label;
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

/// The name of the signature field for signers (pyHanko `--field`).
pub const FIELD_NAME: &str = "TandaTanganKepala";

/// A rectangle on one page, in PDF points, origin bottom-left (as pyHanko expects).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignatureBox {
    /// 1-based page number.
    pub page: usize,
    /// Left edge.
    pub x1: f64,
    /// Bottom edge.
    pub y1: f64,
    /// Right edge.
    pub x2: f64,
    /// Top edge.
    pub y2: f64,
    /// Field name.
    pub field: String,
}

impl SignatureBox {
    /// pyHanko's field specification `PAGE/x1,y1,x2,y2/NAME` (integers, rounded outward).
    pub fn pyhanko_field(&self) -> String {
        format!(
            "{}/{},{},{},{}/{}",
            self.page,
            self.x1.floor() as i64,
            self.y1.floor() as i64,
            self.x2.ceil() as i64,
            self.y2.ceil() as i64,
            self.field
        )
    }
}

fn marker(doc: &PagedDocument, name: &str) -> Result<(usize, f64, f64), String> {
    let label = Label::new(PicoStr::intern(name)).ok_or_else(|| format!("invalid label {name}"))?;
    let content = doc
        .introspector()
        .elements()
        .query_label(label)
        .map_err(|e| format!("the layout has no unique signature marker <{name}>: {e}"))?;
    let loc = content.location().ok_or_else(|| format!("signature marker <{name}> has no location"))?;
    let pos = doc
        .introspector()
        .position(loc)
        .ok_or_else(|| format!("signature marker <{name}> was not placed on a page"))?;
    Ok((pos.page.get(), pos.point.x.to_pt(), pos.point.y.to_pt()))
}

/// Find the signature box in a laid-out document.
pub(crate) fn locate(doc: &PagedDocument) -> Result<SignatureBox, String> {
    let (page, left, top) = marker(doc, "ttd-awal")?;
    let (page2, right, bottom) = marker(doc, "ttd-akhir")?;
    if page != page2 {
        return Err(format!("the signature box is split across pages {page} and {page2}"));
    }
    if right <= left || bottom <= top {
        return Err("the signature box markers are not top-left and bottom-right".into());
    }
    let height = doc.pages()[page - 1].frame.height().to_pt();
    Ok(SignatureBox { page, x1: left, y1: height - bottom, x2: right, y2: height - top, field: FIELD_NAME.into() })
}
