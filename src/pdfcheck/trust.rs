//! Trust, judged apart from integrity: whether a signer's certificate chains, through the
//! certificates the signature and the DSS carry, to a root in a folder the user names
//! (`--trust DIR`). No network: no OCSP, no CRL fetching.

use std::path::Path;

use der::{Decode, Encode};
use x509_cert::Certificate;
use x509_cert::name::Name;

use super::cms::verify_signature;

/// The longest chain followed (signer, intermediates, root).
const MAX_CHAIN: usize = 8;
/// The most files read from a trust folder, and the largest one.
const MAX_TRUST_FILES: usize = 1000;
const MAX_TRUST_FILE_BYTES: u64 = 1 << 20;

/// Root certificates read from a folder.
#[derive(Debug, Clone, Default)]
pub struct TrustStore {
    pub roots: Vec<Certificate>,
}

/// Why a trust folder cannot serve (`--trust DIR`); worded in `messages::verify`.
#[derive(Debug)]
pub enum TrustError {
    /// The folder, or a file in it, cannot be read.
    Read { path: std::path::PathBuf, source: std::io::Error },
    /// No file of the folder holds a certificate (PEM or DER).
    NoCertificate { dir: std::path::PathBuf },
}

impl std::fmt::Display for TrustError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Read { path, .. } => write!(f, "cannot read {} (of the --trust folder)", path.display()),
            Self::NoCertificate { dir } => write!(f, "no certificate found in {}", dir.display()),
        }
    }
}

impl std::error::Error for TrustError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Read { source, .. } => Some(source),
            Self::NoCertificate { .. } => None,
        }
    }
}

/// Whether a signer's certificate reaches a trusted root.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "trust", rename_all = "snake_case")]
pub enum Trust {
    /// No `--trust` was given.
    NotJudged,
    /// The chain reaches this root (its common name or whole name).
    Trusted { root: String },
    /// No chain to any root of the folder.
    Untrusted,
}

impl TrustStore {
    /// Every certificate in the files of `dir` (PEM, possibly several per file, or DER).
    pub fn load(dir: &Path) -> Result<TrustStore, TrustError> {
        fn read(path: &Path) -> impl FnOnce(std::io::Error) -> TrustError + '_ {
            move |source| TrustError::Read { path: path.to_path_buf(), source }
        }
        let mut roots = vec![];
        let listed = std::fs::read_dir(dir).map_err(read(dir))?;
        let mut entries: Vec<_> = listed.collect::<Result<_, _>>().map_err(read(dir))?;
        entries.sort_by_key(|e| e.file_name());
        for e in entries.into_iter().take(MAX_TRUST_FILES) {
            let path = e.path();
            let meta = e.metadata().map_err(read(&path))?;
            if !meta.is_file() || meta.len() > MAX_TRUST_FILE_BYTES {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(read(&path))?;
            if bytes.starts_with(b"-----BEGIN") || bytes.windows(11).any(|w| w == b"-----BEGIN ") {
                if let Ok(certs) = Certificate::load_pem_chain(&bytes) {
                    roots.extend(certs);
                }
            } else if let Ok(c) = Certificate::from_der(&bytes) {
                roots.push(c);
            }
        }
        if roots.is_empty() {
            return Err(TrustError::NoCertificate { dir: dir.to_path_buf() });
        }
        Ok(TrustStore { roots })
    }

    /// Whether `cert` chains through `pool` to one of the roots.
    pub fn judge(&self, cert: &Certificate, pool: &[Certificate]) -> Trust {
        let mut cur = cert.clone();
        for _ in 0..MAX_CHAIN {
            if let Some(r) = self.roots.iter().find(|r| same(r, &cur)) {
                return Trust::Trusted { root: display_name(&r.tbs_certificate.subject) };
            }
            if let Some(r) = self.roots.iter().find(|r| issued_by(&cur, r)) {
                return Trust::Trusted { root: display_name(&r.tbs_certificate.subject) };
            }
            match pool.iter().find(|c| !same(c, &cur) && issued_by(&cur, c)) {
                Some(next) => cur = next.clone(),
                None => return Trust::Untrusted,
            }
        }
        Trust::Untrusted
    }
}

fn same(a: &Certificate, b: &Certificate) -> bool {
    a.to_der().ok() == b.to_der().ok()
}

/// Whether `issuer` names and signed `cert`.
pub fn issued_by(cert: &Certificate, issuer: &Certificate) -> bool {
    if cert.tbs_certificate.issuer != issuer.tbs_certificate.subject {
        return false;
    }
    let Ok(tbs) = cert.tbs_certificate.to_der() else { return false };
    let Some(sig) = cert.signature.as_bytes() else { return false };
    verify_signature(&issuer.tbs_certificate.subject_public_key_info, &cert.signature_algorithm.oid, None, &tbs, sig)
        .is_ok()
}

const CN: der::asn1::ObjectIdentifier = der::asn1::ObjectIdentifier::new_unwrap("2.5.4.3");
const O: der::asn1::ObjectIdentifier = der::asn1::ObjectIdentifier::new_unwrap("2.5.4.10");

/// The value of the first attribute `oid` in a name, as text.
pub fn name_part(name: &Name, oid: der::asn1::ObjectIdentifier) -> Option<String> {
    use der::asn1::{Ia5StringRef, PrintableStringRef, TeletexStringRef, Utf8StringRef};
    let atv = name.0.iter().flat_map(|rdn| rdn.0.iter()).find(|a| a.oid == oid)?;
    let v = &atv.value;
    v.decode_as::<Utf8StringRef>()
        .map(|s| s.to_string())
        .or_else(|_| v.decode_as::<PrintableStringRef>().map(|s| s.to_string()))
        .or_else(|_| v.decode_as::<Ia5StringRef>().map(|s| s.to_string()))
        .or_else(|_| v.decode_as::<TeletexStringRef>().map(|s| s.to_string()))
        .ok()
}

/// The common name of a name, else the whole name.
pub fn display_name(name: &Name) -> String {
    name_part(name, CN).unwrap_or_else(|| name.to_string())
}

/// The organisation of a name.
pub fn organisation(name: &Name) -> Option<String> {
    name_part(name, O)
}
