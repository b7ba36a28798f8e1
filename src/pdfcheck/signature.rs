//! One PDF signature checked: its `/ByteRange` (starts at 0, its gap holds exactly its
//! `/Contents`, it ends where its update ends), the CMS signature over those bytes, the signing
//! time, an embedded RFC 3161 timestamp, the signer's certificate and, apart, trust.

use lopdf::{Document, Object, ObjectId};
use serde::Serialize;
use x509_cert::Certificate;

use super::cms::{self, CmsError, CmsFault, Unsupported};
use super::revocation::{self, RevocationReport};
use super::sections::Section;
use super::trust::{Trust, TrustStore, display_name, organisation};

/// What a signature covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "coverage", rename_all = "snake_case")]
pub enum Coverage {
    /// Every byte of the file but its own `/Contents`.
    Whole,
    /// The file up to the end of its update; later updates were judged separately.
    UpTo { update: usize },
    /// A byte range that does not describe its update, and how.
    Bad { why: BadRange },
}

/// How a signature's `/ByteRange` fails to describe its update.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "range", rename_all = "snake_case")]
pub enum BadRange {
    /// There is no `/ByteRange` (or not four numbers).
    Missing,
    /// It does not start at byte 0.
    NotFromZero,
    /// It does not end where its update ends (that update's last byte).
    NotToEnd { end: u64 },
    /// Its gap holds more than its `/Contents`.
    WideGap,
}

/// The signer, as the certificate and the signature say.
#[derive(Debug, Clone, Serialize)]
pub struct Signer {
    pub name: String,
    pub organisation: Option<String>,
    pub not_before: String,
    pub not_after: String,
    /// When it was signed (RFC 3339 UTC): the timestamp's time, else the signed attribute,
    /// else the signature dictionary's `/M`.
    pub signed_at: Option<String>,
    /// Whether the certificate was valid at `signed_at` (unknown without a time).
    pub valid_then: Option<bool>,
    /// The embedded RFC 3161 timestamp, if any: its time, or why it failed.
    pub timestamp: Option<Result<String, CmsError>>,
    /// The timestamp authority's name.
    pub tsa: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SignatureReport {
    pub object: u32,
    pub update: usize,
    /// A document timestamp (`/DocTimeStamp`) rather than a person's signature.
    pub doc_timestamp: bool,
    pub byte_range: Option<[u64; 4]>,
    pub coverage: Coverage,
    pub signer: Result<Signer, CmsError>,
    pub trust: Trust,
    /// What the document's own CRLs say about the signer's certificate (None: not checked,
    /// the signature did not verify).
    pub revocation: Option<RevocationReport>,
}

impl SignatureReport {
    /// Intact: a proper byte range, the CMS verifies, an embedded timestamp (if any) verifies,
    /// and the certificate was not outside its validity when it signed.
    pub fn intact(&self) -> bool {
        !matches!(self.coverage, Coverage::Bad { .. })
            && self.signer.as_ref().is_ok_and(|s| !matches!(s.timestamp, Some(Err(_))) && s.valid_then != Some(false))
    }

    /// Whether a CRL the document carries, signed by the issuer, revokes the signer's certificate.
    pub fn revoked(&self) -> bool {
        self.revocation.as_ref().is_some_and(RevocationReport::revoked)
    }
}

/// Checks the signature value `id`, added by update `update` (section `sec`), of a file whose
/// PDF ends at `file_end`.
pub fn check(
    doc: &Document,
    id: ObjectId,
    bytes: &[u8],
    sec: &Section,
    update: usize,
    file_end: usize,
    trust: Option<&TrustStore>,
) -> SignatureReport {
    let d = doc.get_dictionary(id).ok();
    let doc_timestamp = d.is_some_and(|d| d.has_type(b"DocTimeStamp"));
    let mut r = SignatureReport {
        object: id.0,
        update,
        doc_timestamp,
        byte_range: None,
        coverage: Coverage::Bad { why: BadRange::Missing },
        signer: Err(CmsError::Malformed(CmsFault::NotChecked)),
        trust: Trust::NotJudged,
        revocation: None,
    };
    let Some(d) = d else { return r };
    let br: Option<Vec<u64>> = d
        .get(b"ByteRange")
        .and_then(Object::as_array)
        .ok()
        .and_then(|a| a.iter().map(|n| n.as_i64().ok().and_then(|n| u64::try_from(n).ok())).collect());
    let Some([a, b, c, l]) = br.and_then(|v| <[u64; 4]>::try_from(v).ok()) else { return r };
    r.byte_range = Some([a, b, c, l]);
    let contents = d.get(b"Contents").and_then(Object::as_str).map(<[u8]>::to_vec).unwrap_or_default();
    let end = c.checked_add(l).map_or(usize::MAX, |e| e as usize);
    let (b, c) = (b as usize, c as usize);
    let tail_ok = end <= sec.end && end >= sec.start && bytes[end..sec.end].iter().all(u8::is_ascii_whitespace);
    r.coverage = if a != 0 {
        Coverage::Bad { why: BadRange::NotFromZero }
    } else if !(b < c && c <= end && tail_ok && b >= sec.start) {
        Coverage::Bad { why: BadRange::NotToEnd { end: sec.end as u64 } }
    } else if !gap_holds(&bytes[b..c], &contents) {
        Coverage::Bad { why: BadRange::WideGap }
    } else if sec.end >= file_end {
        Coverage::Whole
    } else {
        Coverage::UpTo { update }
    };
    if matches!(r.coverage, Coverage::Bad { .. }) {
        return r;
    }
    let pieces: [&[u8]; 2] = [&bytes[..b], &bytes[c..end]];
    let der = der_prefix(&contents);
    let sub = d.get(b"SubFilter").and_then(Object::as_name).unwrap_or(b"");
    let pool_extra = dss_certificates(doc);
    let signer = if doc_timestamp || sub == b"ETSI.RFC3161" {
        cms::verify_timestamp_pieces(der, &pieces).map(|t| {
            let time = t.gen_time.to_string();
            let tsa = Some(display_name(&t.tsa.tbs_certificate.subject));
            (t.tsa, t.certificates, Some(time.clone()), Some(Ok(time)), tsa)
        })
    } else if sub == b"adbe.pkcs7.detached" || sub == b"ETSI.CAdES.detached" {
        cms::verify_cms(der, Some(&pieces)).map(|v| {
            let ts = v.timestamp_token.as_deref().map(|t| cms::verify_timestamp_token(t, &v.signature));
            let claimed = v.signing_time.map(|t| t.to_string()).or_else(|| pdf_date(d.get(b"M").ok()));
            let at = match &ts {
                Some(Ok(t)) => Some(t.gen_time.to_string()),
                _ => claimed,
            };
            let tsa = ts.as_ref().and_then(|t| t.as_ref().ok()).map(|t| display_name(&t.tsa.tbs_certificate.subject));
            (v.signer, v.certificates, at, ts.map(|t| t.map(|t| t.gen_time.to_string())), tsa)
        })
    } else {
        Err(CmsError::Unsupported(Unsupported::SubFilter { name: String::from_utf8_lossy(sub).into_owned() }))
    };
    r.signer = signer.map(|(cert, mut pool, signed_at, timestamp, tsa)| {
        pool.extend(pool_extra);
        r.trust = trust.map_or(Trust::NotJudged, |t| t.judge(&cert, &pool));
        let (crls, ocsps) = revocation::dss_data(doc);
        let issuers: Vec<Certificate> = pool.iter().chain(trust.iter().flat_map(|t| t.roots.iter())).cloned().collect();
        r.revocation = Some(revocation::check(&cert, &issuers, &crls, &ocsps));
        Signer { tsa, ..signer_of(&cert, signed_at, timestamp) }
    });
    r
}

fn signer_of(cert: &Certificate, signed_at: Option<String>, timestamp: Option<Result<String, CmsError>>) -> Signer {
    let v = &cert.tbs_certificate.validity;
    let (nb, na) = (v.not_before.to_date_time(), v.not_after.to_date_time());
    let valid_then = signed_at.as_deref().and_then(|s| s.parse::<der::DateTime>().ok()).map(|t| nb <= t && t <= na);
    Signer {
        name: display_name(&cert.tbs_certificate.subject),
        organisation: organisation(&cert.tbs_certificate.subject),
        not_before: nb.to_string(),
        not_after: na.to_string(),
        signed_at,
        valid_then,
        timestamp,
        tsa: None,
    }
}

/// Whether a byte-range gap is exactly `<hex>` spelling `contents` (zero-padded).
fn gap_holds(gap: &[u8], contents: &[u8]) -> bool {
    let Some(hex) = gap.strip_prefix(b"<").and_then(|g| g.strip_suffix(b">")) else { return false };
    if hex.len() % 2 != 0 || !hex.iter().all(u8::is_ascii_hexdigit) || hex.len() / 2 < contents.len() {
        return false;
    }
    let val = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
    hex.chunks(2).enumerate().all(|(i, p)| contents.get(i).copied().unwrap_or(0) == val(p[0]) << 4 | val(p[1]))
}

/// The DER element at the start of `bytes` (signers pad `/Contents` with zeros).
fn der_prefix(bytes: &[u8]) -> &[u8] {
    let len = || -> Option<usize> {
        let first = *bytes.get(1)?;
        if first < 0x80 {
            return Some(2 + first as usize);
        }
        let n = (first & 0x7f) as usize;
        if n == 0 || n > 4 {
            return None;
        }
        let mut l = 0usize;
        for i in 0..n {
            l = l << 8 | *bytes.get(2 + i)? as usize;
        }
        Some(2 + n + l)
    };
    len().filter(|&l| l <= bytes.len()).map_or(bytes, |l| &bytes[..l])
}

/// The certificates of the document's `/DSS` (long-term validation data).
fn dss_certificates(doc: &Document) -> Vec<Certificate> {
    use der::Decode;
    let Some(dss) = doc.catalog().ok().and_then(|c| c.get_deref(b"DSS", doc).ok()).and_then(|d| d.as_dict().ok())
    else {
        return vec![];
    };
    let certs = dss.get_deref(b"Certs", doc).and_then(Object::as_array).map_or(&[][..], |a| a.as_slice());
    certs
        .iter()
        .take(1000)
        .filter_map(|c| doc.dereference(c).ok()?.1.as_stream().ok()?.decompressed_content_with_limit(1 << 20).ok())
        .filter_map(|b| Certificate::from_der(&b).ok())
        .collect()
}

/// A PDF date `D:YYYYMMDDHHmmSS` with `Z` or `+HH'mm'` as RFC 3339 UTC.
fn pdf_date(o: Option<&Object>) -> Option<String> {
    let s = std::str::from_utf8(o?.as_str().ok()?).ok()?;
    let s = s.strip_prefix("D:").unwrap_or(s);
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<u64>().ok());
    let (y, mo, d) = (num(0..4)?, num(4..6).unwrap_or(1), num(6..8).unwrap_or(1));
    let (h, mi, se) = (num(8..10).unwrap_or(0), num(10..12).unwrap_or(0), num(12..14).unwrap_or(0));
    let local = der::DateTime::new(y as u16, mo as u8, d as u8, h as u8, mi as u8, se as u8).ok()?;
    let off = match s.as_bytes().get(14) {
        Some(b'+') | Some(b'-') => {
            let oh = num(15..17)? as i64;
            let om = s.get(18..20).and_then(|p| p.parse::<i64>().ok()).unwrap_or(0);
            let sign = if s.as_bytes()[14] == b'+' { 1 } else { -1 };
            sign * (oh * 3600 + om * 60)
        }
        _ => 0,
    };
    let utc = local.unix_duration().as_secs() as i64 - off;
    der::DateTime::from_unix_duration(std::time::Duration::from_secs(u64::try_from(utc).ok()?))
        .ok()
        .map(|t| t.to_string())
}
