//! The words of what is wrong in a PDF's structure or a signature's: a byte range that does
//! not describe its update, bytes that are not an incremental update, a CMS signature or
//! timestamp token that is not well-formed or uses what lkjip does not verify. The facts a
//! finding carries (offsets, OIDs) are said as they are; a PDF or DER reader's own English is
//! quoted as its words.

use crate::messages::Lang;
use crate::pdfcheck::NotUpdate;
use crate::pdfcheck::cms::{CmsError, CmsFault, Unsupported};
use crate::pdfcheck::signature::BadRange;

/// How a byte range fails, after "its byte range" / "rentang baitnya".
pub fn bad_range(b: &BadRange, lang: Lang) -> String {
    match (b, lang) {
        (BadRange::Missing, Lang::En) => "is missing (no /ByteRange of four numbers)".into(),
        (BadRange::Missing, Lang::Id) => "tidak ada (tanpa /ByteRange berisi empat angka)".into(),
        (BadRange::NotFromZero, Lang::En) => "does not start at byte 0".into(),
        (BadRange::NotFromZero, Lang::Id) => "tidak dimulai pada bait 0".into(),
        (BadRange::NotToEnd { end }, Lang::En) => format!("does not end where its update ends (byte {end})"),
        (BadRange::NotToEnd { end }, Lang::Id) => {
            format!("tidak berakhir di akhir pembaruannya (bait {end})")
        }
        (BadRange::WideGap, Lang::En) => "leaves out more than its /Contents".into(),
        (BadRange::WideGap, Lang::Id) => "melompati lebih dari /Contents-nya".into(),
    }
}

/// Why bytes are not an incremental update.
pub fn not_update(n: &NotUpdate, lang: Lang) -> String {
    match (n, lang) {
        (NotUpdate::NoStartxref, Lang::En) => "no startxref before its %%EOF".into(),
        (NotUpdate::NoStartxref, Lang::Id) => "tanpa startxref sebelum %%EOF-nya".into(),
        (NotUpdate::OriginalUnloadable { detail }, Lang::En) => {
            format!("the archived original does not load: {detail}")
        }
        (NotUpdate::OriginalUnloadable { detail }, Lang::Id) => {
            format!("PDF asli yang diarsipkan tidak dapat dibaca (kata pembaca PDF: \"{detail}\")")
        }
        (NotUpdate::Unloadable { detail }, Lang::En) => format!("it does not load: {detail}"),
        (NotUpdate::Unloadable { detail }, Lang::Id) => {
            format!("bagian itu tidak dapat dibaca (kata pembaca PDF: \"{detail}\")")
        }
        (NotUpdate::XrefOutside, Lang::En) => "its cross-reference section is not inside it".into(),
        (NotUpdate::XrefOutside, Lang::Id) => "tabel rujukan silangnya tidak berada di dalamnya".into(),
        (NotUpdate::NoPrev, Lang::En) => "it does not continue the document before it (/Prev)".into(),
        (NotUpdate::NoPrev, Lang::Id) => "bagian itu tidak melanjutkan dokumen sebelumnya (/Prev)".into(),
        (NotUpdate::ObjectOutside { object }, Lang::En) => format!("object {object} points outside the update"),
        (NotUpdate::ObjectOutside { object }, Lang::Id) => {
            format!("objek {object} menunjuk ke luar pembaruan itu")
        }
    }
}

/// Why a CMS signature (or a timestamp token) does not verify.
pub fn cms_error(e: &CmsError, lang: Lang) -> String {
    let en = lang == Lang::En;
    match e {
        CmsError::DigestMismatch if en => "the signed bytes were changed (their digest no longer matches)".into(),
        CmsError::DigestMismatch => "bait yang ditandatangani telah berubah (digest-nya tidak cocok lagi)".into(),
        CmsError::BadSignature if en => "the signature value does not verify with the signer's certificate".into(),
        CmsError::BadSignature => "nilai tanda tangan tidak cocok dengan sertifikat penandatangan".into(),
        CmsError::NoSignerCertificate if en => "the signer's certificate is missing".into(),
        CmsError::NoSignerCertificate => "sertifikat penandatangan tidak ada".into(),
        CmsError::ImprintMismatch if en => "the timestamp stamps other data".into(),
        CmsError::ImprintMismatch => "stempel waktu itu untuk data lain".into(),
        CmsError::Malformed(f) if en => format!("the signature is not well-formed ({})", cms_fault(f, lang)),
        CmsError::Malformed(f) => format!("tanda tangan tidak berbentuk benar ({})", cms_fault(f, lang)),
        CmsError::Unsupported(u) if en => {
            format!("the signature uses {}, which lkjip does not verify", unsupported(u, lang))
        }
        CmsError::Unsupported(u) => {
            format!("tanda tangan memakai {}, yang tidak diperiksa lkjip", unsupported(u, lang))
        }
    }
}

/// What is wrong in a CMS structure.
pub fn cms_fault(f: &CmsFault, lang: Lang) -> String {
    match (f, lang) {
        (CmsFault::Der { detail }, Lang::En) => detail.clone(),
        (CmsFault::Der { detail }, Lang::Id) => format!("bukan DER yang sah; kata pengurainya: \"{detail}\""),
        (CmsFault::NotSignedData { content_type }, Lang::En) => {
            format!("content type {content_type} is not signed data")
        }
        (CmsFault::NotSignedData { content_type }, Lang::Id) => {
            format!("jenis isi {content_type} bukan SignedData")
        }
        (CmsFault::NoSigner, Lang::En) => "no signer".into(),
        (CmsFault::NoSigner, Lang::Id) => "tanpa penanda tangan".into(),
        (CmsFault::NoContent, Lang::En) => "no content to verify".into(),
        (CmsFault::NoContent, Lang::Id) => "tanpa isi yang dapat diperiksa".into(),
        (CmsFault::ContentTypeDiffers, Lang::En) => "content-type attribute differs from the content".into(),
        (CmsFault::ContentTypeDiffers, Lang::Id) => "atribut content-type berbeda dengan isinya".into(),
        (CmsFault::NotTstInfo, Lang::En) => "not a timestamp token (its content is not a TSTInfo)".into(),
        (CmsFault::NotTstInfo, Lang::Id) => "bukan token stempel waktu (isinya bukan TSTInfo)".into(),
        (CmsFault::NoTstInfo, Lang::En) => "timestamp token without TSTInfo".into(),
        (CmsFault::NoTstInfo, Lang::Id) => "token stempel waktu tanpa TSTInfo".into(),
        (CmsFault::NoGenTime, Lang::En) => "TSTInfo without genTime".into(),
        (CmsFault::NoGenTime, Lang::Id) => "TSTInfo tanpa genTime".into(),
        (CmsFault::GenTime { text }, Lang::En) => format!("genTime {text:?}"),
        (CmsFault::GenTime { text }, Lang::Id) => format!("genTime {text:?} bukan waktu yang sah"),
        (CmsFault::NotChecked, Lang::En) => "not checked".into(),
        (CmsFault::NotChecked, Lang::Id) => "tidak diperiksa".into(),
    }
}

/// What lkjip does not verify.
pub fn unsupported(u: &Unsupported, lang: Lang) -> String {
    match (u, lang) {
        (Unsupported::Algorithm { oid }, Lang::En) => format!("the algorithm {oid}"),
        (Unsupported::Algorithm { oid }, Lang::Id) => format!("algoritme {oid}"),
        (Unsupported::UnnamedCurve, Lang::En) => "an unnamed curve".into(),
        (Unsupported::UnnamedCurve, Lang::Id) => "kurva eliptik tanpa nama".into(),
        (Unsupported::NoSignedAttributes, Lang::En) => "a signature without signed attributes".into(),
        (Unsupported::NoSignedAttributes, Lang::Id) => "tanda tangan tanpa atribut bertanda tangan".into(),
        (Unsupported::SubFilter { name }, Lang::En) => format!("/SubFilter /{name}"),
        (Unsupported::SubFilter { name }, Lang::Id) => format!("/SubFilter /{name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// English words that never belong in an Indonesian sentence (a few of `tests/it/bahasa.rs`'s).
    const ENGLISH: &[&str] = &["the", "is", "not", "no", "of", "does", "it", "its", "without", "an", "points", "load"];

    /// The English words of `s` outside double quotes (a reader's own words are quoted).
    fn english_in(s: &str) -> Vec<&str> {
        let plain: Vec<&str> = s.split('"').step_by(2).collect();
        plain.iter().flat_map(|p| p.split(|c: char| !c.is_alphanumeric())).filter(|w| ENGLISH.contains(w)).collect()
    }

    fn both(en: String, id: String, facts: &[&str]) {
        assert_ne!(en, id);
        assert!(english_in(&id).is_empty(), "English in {id:?}: {:?}", english_in(&id));
        for f in facts {
            assert!(en.contains(f) && id.contains(f), "{f} missing in {en:?} / {id:?}");
        }
    }

    #[test]
    fn every_structural_fault_is_said_in_both_languages_with_its_facts() {
        let ranges = [BadRange::Missing, BadRange::NotFromZero, BadRange::NotToEnd { end: 4711 }, BadRange::WideGap];
        for r in &ranges {
            let facts: &[&str] = if matches!(r, BadRange::NotToEnd { .. }) { &["4711"] } else { &[] };
            both(bad_range(r, Lang::En), bad_range(r, Lang::Id), facts);
        }
        let updates = [
            (NotUpdate::NoStartxref, vec!["startxref"]),
            (NotUpdate::OriginalUnloadable { detail: "invalid file header".into() }, vec!["invalid file header"]),
            (NotUpdate::Unloadable { detail: "invalid xref".into() }, vec!["invalid xref"]),
            (NotUpdate::XrefOutside, vec![]),
            (NotUpdate::NoPrev, vec!["/Prev"]),
            (NotUpdate::ObjectOutside { object: 17 }, vec!["17"]),
        ];
        for (n, facts) in &updates {
            both(not_update(n, Lang::En), not_update(n, Lang::Id), facts);
        }
    }

    #[test]
    fn every_cms_fault_is_said_in_both_languages_with_its_facts() {
        let faults = [
            (CmsFault::Der { detail: "unexpected end of message".into() }, vec!["unexpected end of message"]),
            (CmsFault::NotSignedData { content_type: "1.2.840.113549.1.7.1".into() }, vec!["1.2.840.113549.1.7.1"]),
            (CmsFault::NoSigner, vec![]),
            (CmsFault::NoContent, vec![]),
            (CmsFault::ContentTypeDiffers, vec!["content-type"]),
            (CmsFault::NotTstInfo, vec!["TSTInfo"]),
            (CmsFault::NoTstInfo, vec!["TSTInfo"]),
            (CmsFault::NoGenTime, vec!["genTime"]),
            (CmsFault::GenTime { text: "2026-13-01".into() }, vec!["2026-13-01"]),
            (CmsFault::NotChecked, vec![]),
        ];
        for (f, facts) in faults {
            both(cms_fault(&f, Lang::En), cms_fault(&f, Lang::Id), &facts);
            let e = CmsError::Malformed(f);
            both(cms_error(&e, Lang::En), cms_error(&e, Lang::Id), &facts);
        }
        let unsupported = [
            (Unsupported::Algorithm { oid: "1.2.840.10045.4.3.1".into() }, vec!["1.2.840.10045.4.3.1"]),
            (Unsupported::UnnamedCurve, vec![]),
            (Unsupported::NoSignedAttributes, vec![]),
            (Unsupported::SubFilter { name: "adbe.x509.rsa_sha1".into() }, vec!["/SubFilter /adbe.x509.rsa_sha1"]),
        ];
        for (u, facts) in unsupported {
            let e = CmsError::Unsupported(u);
            both(cms_error(&e, Lang::En), cms_error(&e, Lang::Id), &facts);
        }
        for e in
            [CmsError::DigestMismatch, CmsError::BadSignature, CmsError::NoSignerCertificate, CmsError::ImprintMismatch]
        {
            both(cms_error(&e, Lang::En), cms_error(&e, Lang::Id), &[]);
        }
    }
}
