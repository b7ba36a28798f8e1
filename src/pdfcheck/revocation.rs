//! Revocation judged from what the document carries, never fetched: the CRLs of its `/DSS`
//! (and of each `/VRI`). A CRL counts only when the certificate's issuer signed it; one that
//! names the issuer but is signed by another key is ignored, and said. OCSP responses in the
//! DSS are counted, not read (named in the answer as not checked).

use der::{Decode, Encode};
use lopdf::{Document, Object};
use serde::Serialize;
use x509_cert::Certificate;
use x509_cert::crl::CertificateList;

use super::cms::verify_signature;
use super::trust::{display_name, issued_by};

/// The most CRLs read from a document, and the largest one.
const MAX_CRLS: usize = 100;
const MAX_CRL_BYTES: usize = 8 << 20;

/// What the document's revocation data says about one certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "revocation", rename_all = "snake_case")]
pub enum Revocation {
    /// No CRL signed by the certificate's issuer is in the document.
    NoData,
    /// A CRL of the issuer (`issuer`, issued `this_update`) does not list it.
    NotRevoked { issuer: String, this_update: String },
    /// A CRL of the issuer lists it as revoked since `at` (RFC 3339 UTC).
    Revoked { issuer: String, at: String, serial: String },
}

/// Why a CRL of the document was not used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum Ignored {
    /// It names the certificate's issuer, but the issuer's key did not sign it.
    NotSignedByIssuer { issuer: String },
    /// Not a DER `CertificateList`.
    Malformed,
}

/// The revocation check of one signer's certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RevocationReport {
    pub status: Revocation,
    pub ignored: Vec<Ignored>,
    /// OCSP responses the DSS carries (not read: only CRLs are checked).
    pub ocsp_responses: usize,
}

impl RevocationReport {
    pub fn revoked(&self) -> bool {
        matches!(self.status, Revocation::Revoked { .. })
    }
}

/// The revocation data of the document's `/DSS`: the DER of each CRL (from `/CRLs` and every
/// `/VRI`'s `/CRL`, each stream once), and how many OCSP responses it holds.
pub fn dss_data(doc: &Document) -> (Vec<Vec<u8>>, usize) {
    let Some(dss) = doc.catalog().ok().and_then(|c| c.get_deref(b"DSS", doc).ok()).and_then(|d| d.as_dict().ok())
    else {
        return (vec![], 0);
    };
    let array = |d: &lopdf::Dictionary, key: &[u8]| -> Vec<Object> {
        d.get_deref(key, doc).and_then(Object::as_array).map_or_else(|_| vec![], |a| a.clone())
    };
    let mut crl_refs = array(dss, b"CRLs");
    let mut ocsp_refs = array(dss, b"OCSPs");
    if let Ok(vri) = dss.get_deref(b"VRI", doc).and_then(Object::as_dict) {
        for (_, v) in vri.iter().take(1000) {
            if let Some(v) = doc.dereference(v).ok().and_then(|(_, o)| o.as_dict().ok()) {
                crl_refs.extend(array(v, b"CRL"));
                ocsp_refs.extend(array(v, b"OCSP"));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    let crls = crl_refs
        .iter()
        .filter(|r| match r.as_reference() {
            Ok(id) => seen.insert(id),
            Err(_) => true,
        })
        .take(MAX_CRLS)
        .filter_map(|c| {
            doc.dereference(c).ok()?.1.as_stream().ok()?.decompressed_content_with_limit(MAX_CRL_BYTES).ok()
        })
        .collect();
    ocsp_refs.sort_by_key(|r| r.as_reference().ok());
    ocsp_refs.dedup_by_key(|r| r.as_reference().ok());
    (crls, ocsp_refs.len())
}

/// Whether `cert` is revoked according to `crls`, each counted only when a certificate of
/// `pool` that issued `cert` signed it.
pub fn check(cert: &Certificate, pool: &[Certificate], crls: &[Vec<u8>], ocsp_responses: usize) -> RevocationReport {
    let mut r = RevocationReport { status: Revocation::NoData, ignored: vec![], ocsp_responses };
    let issuers: Vec<&Certificate> = pool.iter().filter(|c| issued_by(cert, c)).collect();
    for der_bytes in crls {
        let Ok(crl) = CertificateList::from_der(der_bytes) else {
            r.ignored.push(Ignored::Malformed);
            continue;
        };
        let tbs = &crl.tbs_cert_list;
        if tbs.issuer != cert.tbs_certificate.issuer {
            continue; // about another issuer's certificates
        }
        let issuer = display_name(&tbs.issuer);
        let signed = tbs.to_der().ok().zip(crl.signature.as_bytes()).is_some_and(|(msg, sig)| {
            issuers.iter().any(|i| {
                verify_signature(
                    &i.tbs_certificate.subject_public_key_info,
                    &crl.signature_algorithm.oid,
                    None,
                    &msg,
                    sig,
                )
                .is_ok()
            })
        });
        if !signed {
            r.ignored.push(Ignored::NotSignedByIssuer { issuer });
            continue;
        }
        let serial = &cert.tbs_certificate.serial_number;
        let listed = tbs.revoked_certificates.iter().flatten().find(|e| &e.serial_number == serial);
        r.status = match listed {
            Some(e) => Revocation::Revoked {
                issuer,
                at: e.revocation_date.to_date_time().to_string(),
                serial: serial.to_string(),
            },
            None if !r.revoked() => {
                Revocation::NotRevoked { issuer, this_update: tbs.this_update.to_date_time().to_string() }
            }
            None => continue,
        };
    }
    r
}
