//! CMS / PKCS#7 `SignedData` verification with RustCrypto (no OpenSSL): the message digest over
//! the signed content, the signature value against the signer's certificate (RSA PKCS#1 v1.5,
//! ECDSA P-256 / P-384), the signing time, and RFC 3161 timestamp tokens (a `SignedData` whose
//! content is a `TSTInfo`). Reusable: the archive verifies its ledger head's tokens with
//! [`verify_timestamp_token`]. Trust (chains to roots) is `trust`'s business, not this file's.

use cms::cert::CertificateChoices;
use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier, SignerInfo};
use der::asn1::{ObjectIdentifier as Oid, OctetString};
use der::{Decode, Encode};
use sha2::Digest;
use x509_cert::Certificate;
use x509_cert::spki::SubjectPublicKeyInfoOwned;

pub const SIGNED_DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.2");
const TST_INFO: Oid = Oid::new_unwrap("1.2.840.113549.1.9.16.1.4");
const MESSAGE_DIGEST: Oid = Oid::new_unwrap("1.2.840.113549.1.9.4");
const CONTENT_TYPE: Oid = Oid::new_unwrap("1.2.840.113549.1.9.3");
const SIGNING_TIME: Oid = Oid::new_unwrap("1.2.840.113549.1.9.5");
const TIMESTAMP_TOKEN: Oid = Oid::new_unwrap("1.2.840.113549.1.9.16.2.14");
const SHA1: Oid = Oid::new_unwrap("1.3.14.3.2.26");
const SHA256: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.1");
const SHA384: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.2");
const SHA512: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.3");
const RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.1");
const RSA_SHA1: Oid = Oid::new_unwrap("1.2.840.113549.1.1.5");
const RSA_SHA256: Oid = Oid::new_unwrap("1.2.840.113549.1.1.11");
const RSA_SHA384: Oid = Oid::new_unwrap("1.2.840.113549.1.1.12");
const RSA_SHA512: Oid = Oid::new_unwrap("1.2.840.113549.1.1.13");
const EC_PUBLIC_KEY: Oid = Oid::new_unwrap("1.2.840.10045.2.1");
const ECDSA_SHA256: Oid = Oid::new_unwrap("1.2.840.10045.4.3.2");
const ECDSA_SHA384: Oid = Oid::new_unwrap("1.2.840.10045.4.3.3");
const ECDSA_SHA512: Oid = Oid::new_unwrap("1.2.840.10045.4.3.4");
const P256: Oid = Oid::new_unwrap("1.2.840.10045.3.1.7");
const P384: Oid = Oid::new_unwrap("1.3.132.0.34");

/// Why a CMS signature does not verify.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "error", content = "detail", rename_all = "snake_case")]
pub enum CmsError {
    /// Not DER, not `SignedData`, or a required part is missing.
    Malformed(CmsFault),
    /// Something this verifier does not implement.
    Unsupported(Unsupported),
    /// The signed content's digest differs from the one the signature signed.
    DigestMismatch,
    /// The signature value does not verify with the signer's public key.
    BadSignature,
    /// The certificate the signer identifies is not in the `SignedData`.
    NoSignerCertificate,
    /// A timestamp token's message imprint is not the digest of the data it stamps.
    ImprintMismatch,
}

/// What is wrong in the structure of a CMS signature or timestamp token.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "fault", rename_all = "snake_case")]
pub enum CmsFault {
    /// Not DER where DER was required (the DER reader's words).
    Der { detail: String },
    /// A ContentInfo of another type than SignedData (its OID).
    NotSignedData { content_type: String },
    /// A SignedData without a signer.
    NoSigner,
    /// Neither encapsulated nor detached content.
    NoContent,
    /// The signed content-type attribute differs from the content.
    ContentTypeDiffers,
    /// A timestamp token whose content is not a TSTInfo.
    NotTstInfo,
    /// A timestamp token without its TSTInfo.
    NoTstInfo,
    /// A TSTInfo without genTime.
    NoGenTime,
    /// A genTime that is not a time (its text).
    GenTime { text: String },
    /// Not checked (the signature dictionary had no usable byte range).
    NotChecked,
}

/// What a signature uses that this verifier does not implement.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "unsupported", rename_all = "snake_case")]
pub enum Unsupported {
    /// An algorithm (its OID).
    Algorithm { oid: String },
    /// An elliptic curve the key does not name.
    UnnamedCurve,
    /// A signature without signed attributes.
    NoSignedAttributes,
    /// A `/SubFilter` other than the CAdES/PKCS#7 detached ones.
    SubFilter { name: String },
}

/// A verified signature: who signed, when they say, and what the signature bytes were.
#[derive(Debug, Clone)]
pub struct Verified {
    pub signer: Certificate,
    /// Every certificate the `SignedData` carries (the signer's among them).
    pub certificates: Vec<Certificate>,
    /// The signed `signingTime` attribute, if any.
    pub signing_time: Option<der::DateTime>,
    /// The encapsulated content, when the signature carries it (e.g. a `TSTInfo`).
    pub econtent: Option<Vec<u8>>,
    /// The signer's signature value (what an RFC 3161 timestamp token of it stamps).
    pub signature: Vec<u8>,
    /// The raw unsigned timestamp token attribute (RFC 3161 over `signature`), if any.
    pub timestamp_token: Option<Vec<u8>>,
}

/// A verified RFC 3161 timestamp token.
#[derive(Debug, Clone)]
pub struct Timestamp {
    pub gen_time: der::DateTime,
    pub tsa: Certificate,
    pub certificates: Vec<Certificate>,
}

/// Verifies a DER `ContentInfo` holding `SignedData` (its first signer). `detached` is the
/// signed content in pieces (hashed in order) when the signature does not carry it.
pub fn verify_cms(der_bytes: &[u8], detached: Option<&[&[u8]]>) -> Result<Verified, CmsError> {
    let ci = ContentInfo::from_der(der_bytes).map_err(malformed)?;
    if ci.content_type != SIGNED_DATA {
        return Err(CmsError::Malformed(CmsFault::NotSignedData { content_type: ci.content_type.to_string() }));
    }
    let sd: SignedData = ci.content.decode_as().map_err(malformed)?;
    let certificates: Vec<Certificate> = sd
        .certificates
        .iter()
        .flat_map(|s| s.0.iter())
        .filter_map(|c| match c {
            CertificateChoices::Certificate(c) => Some(c.clone()),
            _ => None,
        })
        .collect();
    let si = sd.signer_infos.0.iter().next().ok_or(CmsError::Malformed(CmsFault::NoSigner))?;
    let signer = certificates.iter().find(|c| identifies(&si.sid, c)).cloned().ok_or(CmsError::NoSignerCertificate)?;
    let econtent = match &sd.encap_content_info.econtent {
        Some(any) => Some(OctetString::from_der(&any.to_der().map_err(malformed)?).map_err(malformed)?.into_bytes()),
        None => None,
    };
    let digest_alg = si.digest_alg.oid;
    let content_digest = match (&econtent, detached) {
        (Some(c), _) => digest(&digest_alg, &[c])?,
        (None, Some(pieces)) => digest(&digest_alg, pieces)?,
        (None, None) => return Err(CmsError::Malformed(CmsFault::NoContent)),
    };
    let mut signing_time = None;
    let signed_message = match &si.signed_attrs {
        Some(attrs) => {
            let mut md = None;
            for a in attrs.iter() {
                let first = a.values.iter().next();
                if a.oid == MESSAGE_DIGEST {
                    md = first.and_then(|v| v.decode_as::<OctetString>().ok()).map(OctetString::into_bytes);
                } else if a.oid == SIGNING_TIME {
                    signing_time = first
                        .and_then(|v| v.to_der().ok())
                        .and_then(|d| x509_cert::time::Time::from_der(&d).ok())
                        .map(|t| t.to_date_time());
                } else if a.oid == CONTENT_TYPE {
                    let ct = first.and_then(|v| v.decode_as::<Oid>().ok());
                    if ct != Some(sd.encap_content_info.econtent_type) {
                        return Err(CmsError::Malformed(CmsFault::ContentTypeDiffers));
                    }
                }
            }
            if md.as_deref() != Some(content_digest.as_slice()) {
                return Err(CmsError::DigestMismatch);
            }
            attrs.to_der().map_err(malformed)?
        }
        // signers of PDFs always sign attributes (PAdES requires them); the bare form is not implemented
        None => return Err(CmsError::Unsupported(Unsupported::NoSignedAttributes)),
    };
    verify_signature(
        &signer.tbs_certificate.subject_public_key_info,
        &si.signature_algorithm.oid,
        Some(&digest_alg),
        &signed_message,
        si.signature.as_bytes(),
    )?;
    Ok(Verified {
        signer,
        certificates,
        signing_time,
        econtent,
        signature: si.signature.as_bytes().to_vec(),
        timestamp_token: unsigned_token(si),
    })
}

/// Verifies an RFC 3161 timestamp token (DER `ContentInfo`) over `data`: the token's own
/// signature, and that its message imprint is the digest of `data`.
pub fn verify_timestamp_token(token: &[u8], data: &[u8]) -> Result<Timestamp, CmsError> {
    verify_timestamp_pieces(token, &[data])
}

/// [`verify_timestamp_token`] over data given in pieces (hashed in order).
pub fn verify_timestamp_pieces(token: &[u8], pieces: &[&[u8]]) -> Result<Timestamp, CmsError> {
    verify_timestamp_with(token, |alg| digest(alg, pieces))
}

/// Verifies an RFC 3161 timestamp token whose message imprint must be the SHA-256 `sha256`
/// itself (the archive stamps its ledger head's hash): the token's own signature, the
/// imprint's algorithm and value.
pub fn verify_timestamp_of_sha256(token: &[u8], sha256: &[u8; 32]) -> Result<Timestamp, CmsError> {
    verify_timestamp_with(token, |alg| match *alg {
        SHA256 => Ok(sha256.to_vec()),
        // an imprint of another algorithm cannot be this SHA-256
        _ => Err(CmsError::ImprintMismatch),
    })
}

/// The token's signature verified, then its imprint compared with `expected(its algorithm)`.
fn verify_timestamp_with(
    token: &[u8],
    expected: impl FnOnce(&Oid) -> Result<Vec<u8>, CmsError>,
) -> Result<Timestamp, CmsError> {
    if !is_timestamp_token(token) {
        return Err(CmsError::Malformed(CmsFault::NotTstInfo));
    }
    let v = verify_cms(token, None)?;
    let content = v.econtent.as_deref().ok_or(CmsError::Malformed(CmsFault::NoTstInfo))?;
    let (imprint_alg, imprinted, gen_time) = tst_info(content)?;
    if expected(&imprint_alg)? != imprinted {
        return Err(CmsError::ImprintMismatch);
    }
    Ok(Timestamp { gen_time, tsa: v.signer, certificates: v.certificates })
}

/// The message imprint (algorithm, digest) and time of a DER `TSTInfo`. Read by hand up to
/// `genTime`, because RFC 3161 allows fractional seconds there and `der`'s `GeneralizedTime`
/// does not (the fraction is dropped: whole seconds are shown).
fn tst_info(content: &[u8]) -> Result<(Oid, Vec<u8>, der::DateTime), CmsError> {
    use der::{Header, Reader, SliceReader, Tagged, asn1::AnyRef, asn1::Int};
    let mut r = SliceReader::new(content).map_err(malformed)?;
    Header::decode(&mut r).map_err(malformed)?;
    Int::decode(&mut r).map_err(malformed)?;
    Oid::decode(&mut r).map_err(malformed)?;
    let imprint = x509_tsp::MessageImprint::decode(&mut r).map_err(malformed)?;
    Int::decode(&mut r).map_err(malformed)?;
    let t = AnyRef::decode(&mut r).map_err(malformed)?;
    if t.tag() != der::Tag::GeneralizedTime {
        return Err(CmsError::Malformed(CmsFault::NoGenTime));
    }
    let text = std::str::from_utf8(t.value()).map_err(malformed)?;
    let whole = text.split(['.', 'Z']).next().unwrap_or("");
    let n = |r: std::ops::Range<usize>| whole.get(r).and_then(|p| p.parse::<u16>().ok());
    let parts = (n(0..4), n(4..6), n(6..8), n(8..10), n(10..12), n(12..14));
    let (Some(y), Some(mo), Some(d), Some(h), Some(mi), Some(s)) = parts else {
        return Err(CmsError::Malformed(CmsFault::GenTime { text: text.to_string() }));
    };
    if whole.len() != 14 || !text.ends_with('Z') {
        return Err(CmsError::Malformed(CmsFault::GenTime { text: text.to_string() }));
    }
    let _ = r.remaining_len();
    let time = der::DateTime::new(y, mo as u8, d as u8, h as u8, mi as u8, s as u8).map_err(malformed)?;
    Ok((imprint.hash_algorithm.oid, imprint.hashed_message.as_bytes().to_vec(), time))
}

/// Whether the eContent type of a DER `ContentInfo` is an RFC 3161 `TSTInfo`.
pub fn is_timestamp_token(der_bytes: &[u8]) -> bool {
    ContentInfo::from_der(der_bytes)
        .ok()
        .and_then(|ci| ci.content.decode_as::<SignedData>().ok())
        .is_some_and(|sd| sd.encap_content_info.econtent_type == TST_INFO)
}

fn unsigned_token(si: &SignerInfo) -> Option<Vec<u8>> {
    let attrs = si.unsigned_attrs.as_ref()?;
    let a = attrs.iter().find(|a| a.oid == TIMESTAMP_TOKEN)?;
    a.values.iter().next()?.to_der().ok()
}

fn identifies(sid: &SignerIdentifier, c: &Certificate) -> bool {
    match sid {
        SignerIdentifier::IssuerAndSerialNumber(is) => {
            is.issuer == c.tbs_certificate.issuer && is.serial_number == c.tbs_certificate.serial_number
        }
        SignerIdentifier::SubjectKeyIdentifier(ski) => c
            .tbs_certificate
            .get::<x509_cert::ext::pkix::SubjectKeyIdentifier>()
            .ok()
            .flatten()
            .is_some_and(|(_, k)| k.0.as_bytes() == ski.0.as_bytes()),
    }
}

/// The digest of `pieces` (concatenated) with the algorithm `alg`.
pub fn digest(alg: &Oid, pieces: &[&[u8]]) -> Result<Vec<u8>, CmsError> {
    fn run<D: Digest>(pieces: &[&[u8]]) -> Vec<u8> {
        let mut h = D::new();
        pieces.iter().for_each(|p| h.update(p));
        h.finalize().to_vec()
    }
    Ok(match *alg {
        SHA256 => run::<sha2::Sha256>(pieces),
        SHA384 => run::<sha2::Sha384>(pieces),
        SHA512 => run::<sha2::Sha512>(pieces),
        SHA1 => run::<sha1::Sha1>(pieces),
        other => return Err(CmsError::Unsupported(Unsupported::Algorithm { oid: other.to_string() })),
    })
}

/// Verifies `sig` over `message` with `spki` by the signature algorithm `alg` (`digest_alg`
/// names the hash when `alg` alone does not, as with `rsaEncryption`).
pub fn verify_signature(
    spki: &SubjectPublicKeyInfoOwned,
    alg: &Oid,
    digest_alg: Option<&Oid>,
    message: &[u8],
    sig: &[u8],
) -> Result<(), CmsError> {
    use signature::hazmat::PrehashVerifier;
    use spki::DecodePublicKey;
    let hash_oid = match *alg {
        RSA_SHA1 => SHA1,
        RSA_SHA256 | ECDSA_SHA256 => SHA256,
        RSA_SHA384 | ECDSA_SHA384 => SHA384,
        RSA_SHA512 | ECDSA_SHA512 => SHA512,
        RSA | EC_PUBLIC_KEY => {
            *digest_alg.ok_or_else(|| CmsError::Unsupported(Unsupported::Algorithm { oid: alg.to_string() }))?
        }
        other => return Err(CmsError::Unsupported(Unsupported::Algorithm { oid: other.to_string() })),
    };
    let hashed = digest(&hash_oid, &[message])?;
    let spki_der = spki.to_der().map_err(malformed)?;
    match spki.algorithm.oid {
        RSA => {
            let key = rsa::RsaPublicKey::from_public_key_der(&spki_der).map_err(|e| malformed(e.to_string()))?;
            let scheme = match hash_oid {
                SHA1 => rsa::Pkcs1v15Sign::new::<sha1::Sha1>(),
                SHA256 => rsa::Pkcs1v15Sign::new::<sha2::Sha256>(),
                SHA384 => rsa::Pkcs1v15Sign::new::<sha2::Sha384>(),
                _ => rsa::Pkcs1v15Sign::new::<sha2::Sha512>(),
            };
            key.verify(scheme, &hashed, sig).map_err(|_| CmsError::BadSignature)
        }
        EC_PUBLIC_KEY => {
            let curve = spki.algorithm.parameters.as_ref().and_then(|p| p.decode_as::<Oid>().ok());
            match curve {
                Some(P256) => {
                    let key = p256::ecdsa::VerifyingKey::from_public_key_der(&spki_der)
                        .map_err(|e| malformed(e.to_string()))?;
                    let s = p256::ecdsa::Signature::from_der(sig).map_err(|_| CmsError::BadSignature)?;
                    key.verify_prehash(&hashed, &s).map_err(|_| CmsError::BadSignature)
                }
                Some(P384) => {
                    let key = p384::ecdsa::VerifyingKey::from_public_key_der(&spki_der)
                        .map_err(|e| malformed(e.to_string()))?;
                    let s = p384::ecdsa::Signature::from_der(sig).map_err(|_| CmsError::BadSignature)?;
                    key.verify_prehash(&hashed, &s).map_err(|_| CmsError::BadSignature)
                }
                other => Err(CmsError::Unsupported(
                    other.map_or(Unsupported::UnnamedCurve, |o| Unsupported::Algorithm { oid: o.to_string() }),
                )),
            }
        }
        other => Err(CmsError::Unsupported(Unsupported::Algorithm { oid: other.to_string() })),
    }
}

fn malformed(e: impl std::fmt::Display) -> CmsError {
    CmsError::Malformed(CmsFault::Der { detail: e.to_string() })
}
