//! RFC 3161 timestamps of the ledger head: asking a timestamp authority (TSA) over plain HTTP
//! (std `TcpStream`; the token is signed, so TLS adds nothing to what it proves), and checking
//! a stored token: a SignedData whose TSTInfo's message imprint is the SHA-256 of the line.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use cms::signed_data::SignedData;
use der::asn1::{Int, OctetString};
use der::oid::ObjectIdentifier;
use der::{Decode, Encode};
use x509_tsp::{MessageImprint, TimeStampReq, TimeStampResp, TspVersion, TstInfo};

use super::Sha256;
use super::failure::{Failure, TokenShape, TsaIssue};
use super::findings::TokenIssue;

const ID_SHA_256: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");
const ID_SIGNED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.2");
const ID_CT_TST_INFO: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.1.4");
/// Largest TSA answer read (tokens are a few KB).
const MAX_RESPONSE: u64 = 1 << 20;
/// How far a token's time may lie from the release time its line records.
const SKEW_SECONDS: u64 = 3600;

/// What a checked token says.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TokenInfo {
    /// The TSA's time, RFC 3339 UTC.
    pub gen_time: String,
    pub gen_unix: u64,
    /// The timestamp authority's name (its certificate's common name).
    pub tsa: String,
}

/// Asks the TSA at `url` (`http://host[:port][/path]`) for a token over `digest`; returns the
/// token (DER `TimeStampToken`) after checking that it answers this request.
pub fn timestamp(url: &str, digest: Sha256) -> anyhow::Result<Vec<u8>> {
    let nonce = nonce(digest);
    let fail = |issue| Failure::Tsa { url: url.to_owned(), issue };
    let request = || -> Result<Vec<u8>, der::Error> {
        let req = TimeStampReq {
            version: TspVersion::V1,
            message_imprint: imprint(digest)?,
            req_policy: None,
            nonce: Some(Int::new(&nonce)?),
            cert_req: true,
            extensions: None,
        };
        req.to_der()
    };
    let body = post(url, &request().map_err(|_| fail(TsaIssue::Request))?)?;
    let resp = TimeStampResp::from_der(&body).map_err(|_| fail(TsaIssue::NotRfc3161))?;
    let status = resp.status.status as u8;
    if status > 1 {
        return Err(fail(TsaIssue::Refused { status }).into());
    }
    let token = resp.time_stamp_token.ok_or_else(|| fail(TsaIssue::NoToken))?;
    let token = token.to_der().map_err(|_| fail(TsaIssue::Token { shape: TokenShape::NotContentInfo }))?;
    let tst = tst_info(&token).map_err(|shape| fail(TsaIssue::Token { shape }))?;
    if tst.nonce.as_ref().map(|n| n.as_bytes()) != Some(&nonce[..]) {
        return Err(fail(TsaIssue::Nonce).into());
    }
    check_imprint(&tst, digest).map_err(|shape| fail(TsaIssue::Token { shape }))?;
    Ok(token)
}

/// Checks the token `token` against the ledger line hash `digest` and its recorded release
/// time `released` (RFC 3339): the TSA's CMS signature over it (`pdfcheck::cms`, the same
/// verifier as PDF timestamps), its imprint must be `digest`, and its time within an hour of
/// `released`.
pub fn check_token(token: &[u8], digest: Sha256, released: &str) -> Result<TokenInfo, TokenIssue> {
    use crate::pdfcheck::cms::{CmsError, verify_timestamp_of_sha256};
    let t = verify_timestamp_of_sha256(token, &digest.0).map_err(|e| match e {
        CmsError::ImprintMismatch => TokenIssue::OtherDigest {
            expected: digest,
            found: tst_info(token)
                .ok()
                .map(|t| t.message_imprint.hashed_message.as_bytes().iter().map(|b| format!("{b:02x}")).collect()),
        },
        CmsError::DigestMismatch | CmsError::BadSignature => TokenIssue::SignatureBroken,
        CmsError::Malformed(fault) => TokenIssue::Malformed { fault },
        CmsError::Unsupported(what) => TokenIssue::Unsupported { what },
        CmsError::NoSignerCertificate => TokenIssue::NoCertificate,
    })?;
    let gen_unix = t.gen_time.unix_duration().as_secs();
    let gen_time = super::time::rfc3339_utc(std::time::UNIX_EPOCH + Duration::from_secs(gen_unix));
    if let Some(rel) = super::time::parse_rfc3339_utc(released)
        && gen_unix.abs_diff(rel) > SKEW_SECONDS
    {
        return Err(TokenIssue::TimeOff { gen_time, released: released.to_owned() });
    }
    let tsa = crate::pdfcheck::trust::display_name(&t.tsa.tbs_certificate.subject);
    Ok(TokenInfo { gen_time, gen_unix, tsa })
}

fn imprint(digest: Sha256) -> Result<MessageImprint, der::Error> {
    Ok(MessageImprint { hash_algorithm: spki_sha256(), hashed_message: OctetString::new(digest.0.to_vec())? })
}

fn spki_sha256() -> cms::cert::x509::spki::AlgorithmIdentifier<der::Any> {
    cms::cert::x509::spki::AlgorithmIdentifier { oid: ID_SHA_256, parameters: Some(der::Any::null()) }
}

fn check_imprint(tst: &TstInfo, digest: Sha256) -> Result<(), TokenShape> {
    let mi = &tst.message_imprint;
    if mi.hash_algorithm.oid != ID_SHA_256 {
        return Err(TokenShape::NotSha256 { algorithm: mi.hash_algorithm.oid.to_string() });
    }
    if mi.hashed_message.as_bytes() != digest.0 {
        let found = mi.hashed_message.as_bytes().iter().map(|b| format!("{b:02x}")).collect::<String>();
        return Err(TokenShape::OtherDigest { found, expected: digest });
    }
    Ok(())
}

/// The TSTInfo inside a DER `TimeStampToken` (a CMS SignedData), or what is wrong with it.
fn tst_info(token: &[u8]) -> Result<TstInfo, TokenShape> {
    let ci = cms::content_info::ContentInfo::from_der(token).map_err(|_| TokenShape::NotContentInfo)?;
    if ci.content_type != ID_SIGNED_DATA {
        return Err(TokenShape::NotSignedData { content_type: ci.content_type.to_string() });
    }
    let inner = ci.content.to_der().map_err(|_| TokenShape::SignedData)?;
    let sd = SignedData::from_der(&inner).map_err(|_| TokenShape::SignedData)?;
    if sd.encap_content_info.econtent_type != ID_CT_TST_INFO {
        return Err(TokenShape::NotTstInfo { content_type: sd.encap_content_info.econtent_type.to_string() });
    }
    let content = sd.encap_content_info.econtent.ok_or(TokenShape::NoTstInfo)?;
    TstInfo::from_der(content.value()).map_err(|_| TokenShape::TstInfo)
}

/// 8 bytes unlikely to repeat (a fresh temp name: process, time, counter; and the digest),
/// positive as a DER INTEGER.
fn nonce(digest: Sha256) -> [u8; 8] {
    let seed = format!("{}-{digest}", super::fsio::temp_path(std::path::Path::new(""), "nonce").display());
    let mut n = [0u8; 8];
    n.copy_from_slice(&Sha256::of(seed.as_bytes()).0[..8]);
    n[0] = (n[0] & 0x7f) | 0x01;
    n
}

/// POSTs `body` as `application/timestamp-query` over HTTP/1.0; returns the 200 answer's body.
fn post(url: &str, body: &[u8]) -> anyhow::Result<Vec<u8>> {
    let fail = |issue| Failure::Tsa { url: url.to_owned(), issue };
    let io = |source| Failure::TsaIo { url: url.to_owned(), source };
    let rest = url.strip_prefix("http://").ok_or_else(|| fail(TsaIssue::OnlyHttp))?;
    let (hostport, path) = rest.find('/').map_or((rest, "/"), |i| (&rest[..i], &rest[i..]));
    let addr = if hostport.contains(':') { hostport.to_string() } else { format!("{hostport}:80") };
    let host = hostport.rsplit_once(':').map_or(hostport, |(h, _)| h);
    let no_host = || fail(TsaIssue::NoResolve { host: hostport.to_owned() });
    let sock = addr.to_socket_addrs().map_err(io)?.next().ok_or_else(no_host)?;
    let mut s = TcpStream::connect_timeout(&sock, Duration::from_secs(10)).map_err(io)?;
    s.set_read_timeout(Some(Duration::from_secs(30))).map_err(io)?;
    s.set_write_timeout(Some(Duration::from_secs(30))).map_err(io)?;
    let head = format!(
        "POST {path} HTTP/1.0\r\nHost: {host}\r\nContent-Type: application/timestamp-query\r\nAccept: application/timestamp-reply\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).map_err(io)?;
    s.write_all(body).map_err(io)?;
    let mut answer = Vec::new();
    s.take(MAX_RESPONSE).read_to_end(&mut answer).map_err(io)?;
    let end = answer.windows(4).position(|w| w == b"\r\n\r\n").ok_or_else(|| fail(TsaIssue::NoHeader))?;
    let header = String::from_utf8_lossy(&answer[..end]).into_owned();
    let status = header.split_whitespace().nth(1).unwrap_or("");
    if status != "200" {
        return Err(fail(TsaIssue::Http { status: header.lines().next().unwrap_or("").to_owned() }).into());
    }
    if header.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        return Err(fail(TsaIssue::Chunked).into());
    }
    Ok(answer[end + 4..].to_vec())
}
