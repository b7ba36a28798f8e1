//! Revocation judged from what the document carries, never fetched: the CRLs and OCSP
//! responses of its `/DSS` (and of each `/VRI`). A CRL counts only when the certificate's
//! issuer signed it; an OCSP response only when the issuer, or a responder the issuer
//! certified for OCSP signing, signed it. One that is about the certificate but signed by
//! anyone else is ignored, and said.

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
    /// A CRL or OCSP response of the issuer (`issuer`, of `this_update`) says it is not revoked.
    NotRevoked { issuer: String, this_update: String, by: Evidence },
    /// A CRL or OCSP response of the issuer says it is revoked since `at` (RFC 3339 UTC).
    Revoked { issuer: String, at: String, serial: String, by: Evidence },
}

/// Which kind of revocation data spoke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    Crl,
    Ocsp,
}

/// Why a CRL of the document was not used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum Ignored {
    /// It names the certificate's issuer, but the issuer's key did not sign it.
    NotSignedByIssuer { issuer: String },
    /// An OCSP response about the certificate, signed by neither its issuer nor a responder
    /// the issuer certified for OCSP signing.
    OcspNotSignedByIssuer { issuer: String },
    /// Not a DER `CertificateList` / `OCSPResponse`.
    Malformed,
}

/// The revocation check of one signer's certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RevocationReport {
    pub status: Revocation,
    pub ignored: Vec<Ignored>,
}

impl RevocationReport {
    pub fn revoked(&self) -> bool {
        matches!(self.status, Revocation::Revoked { .. })
    }
}

/// The revocation data of the document's `/DSS`: the DER of each CRL and of each OCSP
/// response (from `/CRLs`, `/OCSPs` and every `/VRI`'s `/CRL`, `/OCSP`, each stream once).
pub fn dss_data(doc: &Document) -> (Vec<Vec<u8>>, Vec<Vec<u8>>) {
    let Some(dss) = doc.catalog().ok().and_then(|c| c.get_deref(b"DSS", doc).ok()).and_then(|d| d.as_dict().ok())
    else {
        return (vec![], vec![]);
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
    let streams = |refs: &[Object]| -> Vec<Vec<u8>> {
        let mut seen = std::collections::HashSet::new();
        refs.iter()
            .filter(|r| match r.as_reference() {
                Ok(id) => seen.insert(id),
                Err(_) => true,
            })
            .take(MAX_CRLS)
            .filter_map(|c| {
                doc.dereference(c).ok()?.1.as_stream().ok()?.decompressed_content_with_limit(MAX_CRL_BYTES).ok()
            })
            .collect()
    };
    (streams(&crl_refs), streams(&ocsp_refs))
}

/// Whether `cert` is revoked according to `crls`, each counted only when a certificate of
/// `pool` that issued `cert` signed it.
pub fn check(cert: &Certificate, pool: &[Certificate], crls: &[Vec<u8>], ocsps: &[Vec<u8>]) -> RevocationReport {
    let mut r = RevocationReport { status: Revocation::NoData, ignored: vec![] };
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
                by: Evidence::Crl,
            },
            None if !r.revoked() => Revocation::NotRevoked {
                issuer,
                this_update: tbs.this_update.to_date_time().to_string(),
                by: Evidence::Crl,
            },
            None => continue,
        };
    }
    for der_bytes in ocsps {
        match ocsp(cert, &issuers, der_bytes) {
            None => {}
            Some(Err(i)) => r.ignored.push(i),
            Some(Ok(Revocation::NotRevoked { .. })) if r.revoked() => {}
            Some(Ok(status)) => r.status = status,
        }
    }
    r
}

const OCSP_BASIC: der::asn1::ObjectIdentifier = der::asn1::ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.48.1.1");
const OCSP_SIGNING: der::asn1::ObjectIdentifier = der::asn1::ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.3.9");

/// What one OCSP response says about `cert`: None when it is not about it (or says
/// "unknown"), an `Ignored` when no issuer or delegated responder signed it.
fn ocsp(cert: &Certificate, issuers: &[&Certificate], der_bytes: &[u8]) -> Option<Result<Revocation, Ignored>> {
    use x509_ocsp::{BasicOcspResponse, CertStatus, OcspResponse, OcspResponseStatus};
    let Ok(resp) = OcspResponse::from_der(der_bytes) else { return Some(Err(Ignored::Malformed)) };
    if resp.response_status != OcspResponseStatus::Successful {
        return None;
    }
    let body = resp.response_bytes.filter(|b| b.response_type == OCSP_BASIC)?;
    let Ok(basic) = BasicOcspResponse::from_der(body.response.as_bytes()) else { return Some(Err(Ignored::Malformed)) };
    let serial = &cert.tbs_certificate.serial_number;
    let name_der = cert.tbs_certificate.issuer.to_der().ok()?;
    // the issuer this response's CertID names: its name hash and its key hash
    let (single, issuer) = basic.tbs_response_data.responses.iter().find_map(|s| {
        let id = &s.cert_id;
        let alg = &id.hash_algorithm.oid;
        let names = super::cms::digest(alg, &[&name_der]).ok()? == id.issuer_name_hash.as_bytes();
        let issuer = issuers.iter().find(|i| {
            let key = i.tbs_certificate.subject_public_key_info.subject_public_key.raw_bytes();
            super::cms::digest(alg, &[key]).ok().as_deref() == Some(id.issuer_key_hash.as_bytes())
        })?;
        (names && &id.serial_number == serial).then_some((s, *issuer))
    })?;
    let issuer_name = display_name(&issuer.tbs_certificate.subject);
    let tbs = basic.tbs_response_data.to_der().ok()?;
    let sig = basic.signature.as_bytes()?;
    let delegated = basic.certs.iter().flatten().filter(|c| issued_by(c, issuer) && ocsp_signer(c));
    let signed = std::iter::once(issuer).chain(delegated).any(|k| {
        verify_signature(&k.tbs_certificate.subject_public_key_info, &basic.signature_algorithm.oid, None, &tbs, sig)
            .is_ok()
    });
    if !signed {
        return Some(Err(Ignored::OcspNotSignedByIssuer { issuer: issuer_name }));
    }
    let this_update = single.this_update.0.to_date_time().to_string();
    match &single.cert_status {
        CertStatus::Good(_) => {
            Some(Ok(Revocation::NotRevoked { issuer: issuer_name, this_update, by: Evidence::Ocsp }))
        }
        CertStatus::Revoked(info) => Some(Ok(Revocation::Revoked {
            issuer: issuer_name,
            at: info.revocation_time.0.to_date_time().to_string(),
            serial: serial.to_string(),
            by: Evidence::Ocsp,
        })),
        CertStatus::Unknown(_) => None,
    }
}

/// Whether a certificate is a delegated OCSP responder (extended key usage `id-kp-OCSPSigning`).
fn ocsp_signer(c: &Certificate) -> bool {
    c.tbs_certificate
        .get::<x509_cert::ext::pkix::ExtendedKeyUsage>()
        .ok()
        .flatten()
        .is_some_and(|(_, eku)| eku.0.contains(&OCSP_SIGNING))
}
