//! The words of `lkjip verify FILE`, in Indonesian and English: what a file is (archived
//! revision, signed copy, altered, signature broken, unsigned update, unknown), each change the
//! analysis found, each reason a signature fails, dates in WIB.

use super::Lang;
use crate::archive::LedgerEntry;
use crate::archive::{Identification, Status};
use crate::format::BULAN;
use crate::pdfcheck::{Analysis, Change, Coverage, Evidence, Ignored, Revocation, SignatureReport, Trust};

pub mod bentuk;
use bentuk::{bad_range, cms_error, not_update};

/// Why `--trust DIR` cannot serve (the system's error, if any, is said after it).
pub fn trust_error(e: &crate::pdfcheck::trust::TrustError, lang: Lang) -> String {
    use crate::pdfcheck::trust::TrustError as T;
    match (e, lang) {
        (T::Read { path, .. }, Lang::En) => format!("cannot read {} (of the --trust folder)", path.display()),
        (T::Read { path, .. }, Lang::Id) => {
            format!("{} (folder kepercayaan `--trust`) tidak dapat dibaca", path.display())
        }
        (T::NoCertificate { dir }, Lang::En) => format!("no certificate found in {} (PEM or DER files)", dir.display()),
        (T::NoCertificate { dir }, Lang::Id) => {
            format!("tidak ada sertifikat di {} (berkas PEM atau DER)", dir.display())
        }
    }
}

/// The most changes a sentence names (JSON has them all).
const NAMED_CHANGES: usize = 5;

/// The one-sentence answer about a file: what `identify` found and, for an appended part, what
/// the analysis found.
pub fn sentence(id: &Identification, analysis: Option<&Analysis>, lang: Lang) -> String {
    let en = lang == Lang::En;
    match (id, analysis) {
        (Identification::Archived { entry, status }, _) => {
            if en {
                format!("This PDF is {}.", describe(entry, status, lang))
            } else {
                format!("PDF ini adalah {}.", describe(entry, status, lang))
            }
        }
        (Identification::Unknown { sha256, len, pdf: false }, _) => {
            let sha = sha256.map(|s| format!("SHA-256 {s}, ")).unwrap_or_default();
            if en {
                format!(
                    "This file ({sha}{len} bytes) is not a PDF (it does not begin with %PDF-) and is not in the archive."
                )
            } else {
                format!("Berkas ini ({sha}{len} bait) bukan PDF (tidak diawali %PDF-), dan tidak ada di arsip.")
            }
        }
        (Identification::Unknown { sha256, len, pdf: true }, _) => {
            let sha = sha256.map(|s| format!("SHA-256 {s}, ")).unwrap_or_default();
            if en {
                format!(
                    "This PDF ({sha}{len} bytes) is not in the archive, neither as a released revision nor as a signed copy of one."
                )
            } else {
                format!(
                    "PDF ini ({sha}{len} bait) tidak ada di arsip, baik sebagai revisi yang dirilis maupun sebagai salinan bertanda tangannya."
                )
            }
        }
        (Identification::Appended { entry, status, appended }, a) => {
            let prefix = if en {
                format!("its first {} bytes are exactly {}", entry.pdf_length, describe(entry, status, lang))
            } else {
                format!("{} bait pertamanya persis {}", entry.pdf_length, describe(entry, status, lang))
            };
            let Some(a) = a else { return prefix };
            appended_sentence(entry, a, *appended, &prefix, lang)
        }
    }
}

fn appended_sentence(entry: &LedgerEntry, a: &Analysis, appended: u64, prefix: &str, lang: Lang) -> String {
    let en = lang == Lang::En;
    if a.altered() {
        let named: Vec<String> = a.alterations().take(NAMED_CHANGES).map(|f| change(&f.change, lang)).collect();
        let more = a.alterations().count().saturating_sub(NAMED_CHANGES);
        let more = match (more, en) {
            (0, _) => String::new(),
            (n, true) => format!(" and {n} more"),
            (n, false) => format!(" dan {n} lagi"),
        };
        return if en {
            format!("This PDF was ALTERED after release: {}{more}; {prefix}.", named.join("; "))
        } else {
            format!("PDF ini DIUBAH setelah dirilis: {}{more}; {prefix}.", named.join("; "))
        };
    }
    if let Some(bad) = a.signatures.iter().find(|s| !s.intact()) {
        let why = broken(bad, lang);
        return if en {
            format!("This PDF's signature is BROKEN: {why}; {prefix}.")
        } else {
            format!("Tanda tangan PDF ini RUSAK: {why}; {prefix}.")
        };
    }
    if let Some(r) = a.signatures.iter().find(|s| s.revoked()) {
        let why = revocation_words(r, lang);
        return if en {
            format!("This PDF's signer certificate was REVOKED: {why}; {prefix}.")
        } else {
            format!("Sertifikat penandatangan PDF ini DICABUT: {why}; {prefix}.")
        };
    }
    if a.signatures.is_empty() {
        let what: Vec<String> = a.findings.iter().map(|f| change(&f.change, lang)).collect();
        return if en {
            format!(
                "{appended} bytes were appended to this PDF without a signature ({}), so nothing vouches for them; {prefix}.",
                what.join("; ")
            )
        } else {
            format!(
                "PDF ini ditambahi {appended} bait tanpa tanda tangan ({}), jadi tidak ada yang menjamin tambahan itu; {prefix}.",
                what.join("; ")
            )
        };
    }
    let by: Vec<String> = a.signatures.iter().map(|s| signed_by(s, lang)).collect();
    let joiner = if en { " and " } else { " dan " };
    let last = a.signatures.last().expect("at least one signature");
    let covers = match (&last.coverage, en) {
        (Coverage::Whole, true) => "covers the whole document".to_string(),
        (Coverage::Whole, false) => "mencakup seluruh dokumen".to_string(),
        (_, true) => "covers the document up to its update; what follows only adds validation data".to_string(),
        (_, false) => "mencakup dokumen sampai pembaruannya; sesudahnya hanya data validasi".to_string(),
    };
    let intact = match (a.signatures.len(), en) {
        (1, true) => format!("the signature is intact and {covers}"),
        (_, true) => format!("every signature is intact and the last {covers}"),
        (1, false) => format!("tanda tangannya utuh dan {covers}"),
        (_, false) => format!("semua tanda tangan utuh dan yang terakhir {covers}"),
    };
    let mut trust = trust_words(&last.trust, lang);
    for s in &a.signatures {
        trust.push_str("; ");
        trust.push_str(&revocation_words(s, lang));
    }
    let prefix = status_words(entry, lang, prefix);
    let title = format!("{} {} {}, {}", entry.jenis, entry.tahun, entry.instansi, entry.pemerintah);
    if en {
        format!(
            "This PDF is a signed copy of revision {} of {title}, signed by {}; {intact}; {trust}; {prefix}.",
            entry.revision,
            by.join(joiner)
        )
    } else {
        format!(
            "PDF ini adalah salinan bertanda tangan dari revisi {} {title}, ditandatangani oleh {}; {intact}; {trust}; {prefix}.",
            entry.revision,
            by.join(joiner)
        )
    }
}

fn signed_by(s: &SignatureReport, lang: Lang) -> String {
    let Ok(signer) = &s.signer else { return "?".into() };
    let org = signer.organisation.as_ref().map(|o| format!(" ({o})")).unwrap_or_default();
    let when = signer.signed_at.as_deref().map(|t| wib(t, lang)).unwrap_or_else(|| "?".into());
    let stamp = if s.doc_timestamp {
        if lang == Lang::En { " (a document timestamp)" } else { " (stempel waktu dokumen)" }
    } else {
        ""
    };
    match lang {
        Lang::En => format!("{}{org}{stamp} on {when}", signer.name),
        Lang::Id => format!("{}{org}{stamp} pada {when}", signer.name),
    }
}

fn trust_words(t: &Trust, lang: Lang) -> String {
    match (t, lang) {
        (Trust::Trusted { root }, Lang::En) => format!("the signer's certificate chains to {root} (trusted)"),
        (Trust::Trusted { root }, Lang::Id) => format!("sertifikat penandatangan berantai ke {root} (tepercaya)"),
        (Trust::NotJudged, Lang::En) => "the certificate's chain was not judged (no --trust)".into(),
        (Trust::NotJudged, Lang::Id) => "rantai sertifikatnya tidak dinilai (tanpa --trust)".into(),
        (Trust::Untrusted, Lang::En) => {
            "the signer's certificate does not chain to any root of --trust (NOT trusted)".into()
        }
        (Trust::Untrusted, Lang::Id) => {
            "sertifikat penandatangan tidak berantai ke akar mana pun dari --trust (TIDAK tepercaya)".into()
        }
    }
}

/// What the document's own revocation data says about one signer's certificate, and which
/// CRLs were ignored.
pub fn revocation_words(s: &SignatureReport, lang: Lang) -> String {
    let en = lang == Lang::En;
    let Some(r) = &s.revocation else { return String::new() };
    let who = s.signer.as_ref().map_or("?", |s| s.name.as_str());
    let mut out = match (&r.status, en) {
        (Revocation::Revoked { issuer, at, by, .. }, true) => format!(
            "the certificate of {who} was revoked on {} ({} of {issuer} that the document carries)",
            wib(at, lang),
            evidence(*by, lang)
        ),
        (Revocation::Revoked { issuer, at, by, .. }, false) => format!(
            "sertifikat {who} dicabut pada {} (menurut {} dari {issuer} yang dibawa dokumen)",
            wib(at, lang),
            evidence(*by, lang)
        ),
        (Revocation::NotRevoked { issuer, this_update, by }, true) => format!(
            "the certificate of {who} is not revoked by the {} of {issuer} of {} that the document carries (nothing is fetched)",
            evidence(*by, lang).trim_start_matches("a ").trim_start_matches("an "),
            wib(this_update, lang)
        ),
        (Revocation::NotRevoked { issuer, this_update, by }, false) => format!(
            "sertifikat {who} tidak dicabut menurut {} dari {issuer} tanggal {} yang dibawa dokumen (tidak ada yang diunduh)",
            evidence(*by, lang),
            wib(this_update, lang)
        ),
        (Revocation::NoData, true) => format!(
            "the revocation of {who}'s certificate was not checked (the document carries no CRL or OCSP response of its issuer; nothing is fetched)"
        ),
        (Revocation::NoData, false) => format!(
            "pencabutan sertifikat {who} tidak diperiksa (dokumen tidak membawa CRL atau respons OCSP dari penerbitnya; tidak ada yang diunduh)"
        ),
    };
    for i in &r.ignored {
        out.push_str(&match (i, en) {
            (Ignored::NotSignedByIssuer { issuer }, true) => {
                format!("; a CRL that names {issuer} as its issuer but is not signed by it was ignored")
            }
            (Ignored::NotSignedByIssuer { issuer }, false) => {
                format!("; CRL yang mengaku diterbitkan {issuer} tetapi tidak ditandatanganinya diabaikan")
            }
            (Ignored::OcspNotSignedByIssuer { issuer }, true) => format!(
                "; an OCSP response about it signed by neither {issuer} nor a responder {issuer} certified was ignored"
            ),
            (Ignored::OcspNotSignedByIssuer { issuer }, false) => format!(
                "; respons OCSP tentangnya yang tidak ditandatangani {issuer} maupun responder yang disertifikasinya diabaikan"
            ),
            (Ignored::Malformed, true) => "; revocation data that is not well-formed was ignored".into(),
            (Ignored::Malformed, false) => "; data pencabutan yang tidak berbentuk benar diabaikan".into(),
        });
    }
    out
}

/// "a CRL" / "an OCSP response" (Indonesian: "CRL" / "respons OCSP").
fn evidence(by: Evidence, lang: Lang) -> &'static str {
    match (by, lang) {
        (Evidence::Crl, Lang::En) => "a CRL",
        (Evidence::Ocsp, Lang::En) => "an OCSP response",
        (Evidence::Crl, Lang::Id) => "CRL",
        (Evidence::Ocsp, Lang::Id) => "respons OCSP",
    }
}

/// Why a signature is not intact.
pub fn broken(s: &SignatureReport, lang: Lang) -> String {
    let en = lang == Lang::En;
    if let Coverage::Bad { why } = &s.coverage {
        let how = bad_range(why, lang);
        return if en { format!("its byte range {how}") } else { format!("rentang baitnya {how}") };
    }
    match &s.signer {
        Err(e) => cms_error(e, lang),
        Ok(signer) => match (&signer.timestamp, signer.valid_then) {
            (Some(Err(e)), _) => {
                let e = cms_error(e, lang);
                if en { format!("its embedded timestamp fails: {e}") } else { format!("stempel waktunya gagal: {e}") }
            }
            _ => {
                let (nb, na) = (wib(&signer.not_before, lang), wib(&signer.not_after, lang));
                if en {
                    format!("the certificate of {} was not valid when it signed (valid {nb} to {na})", signer.name)
                } else {
                    format!("sertifikat {} tidak berlaku saat menandatangani (berlaku {nb} s.d. {na})", signer.name)
                }
            }
        },
    }
}

/// One change, for a person.
pub fn change(c: &Change, lang: Lang) -> String {
    if lang == Lang::En { change_en(c) } else { change_id(c) }
}

fn change_en(c: &Change) -> String {
    match c {
        Change::SignatureField { page: Some(p) } => format!("a signature field on page {p}"),
        Change::SignatureField { page: None } => "a signature field".into(),
        Change::Signature => "a signature".into(),
        Change::DocTimestamp => "a document timestamp".into(),
        Change::Form => "the form updated for signature fields".into(),
        Change::ValidationData => "validation data (DSS)".into(),
        Change::Metadata => "the XMP metadata updated".into(),
        Change::Info { keys } => format!("the document information updated ({})", slashed(keys)),
        Change::Permissions => "signature permissions".into(),
        Change::Version => "the PDF version the catalogue declares".into(),
        Change::Unreferenced => "objects nothing refers to".into(),
        Change::PageContent { page } => format!("page {page}: its content was replaced"),
        Change::PageResources { page } => format!("page {page}: its resources (fonts, images) were replaced"),
        Change::PageResource { page, kind } => format!("page {page}: {} it uses was replaced", article(kind)),
        Change::PageKey { page, key } => format!("page {page}: its /{key} was changed"),
        Change::AnnotationAdded { page, subtype } => {
            format!("{} annotation was added on page {page}", article(subtype))
        }
        Change::AnnotationChanged { page } => format!("an annotation on page {page} was removed or replaced"),
        Change::PageTree { before, after } => format!("the pages were changed ({before} pages before, {after} after)"),
        Change::JavaScript => "JavaScript was added".into(),
        Change::Action { key } => format!("an action (/{key}) was added"),
        Change::Catalog { key } => format!("the document catalogue's /{key} was changed"),
        Change::InfoKey { key } => format!("the document information's /{key} was changed"),
        Change::FormField { kind } => format!("a form field that is not a signature (/{kind}) was added"),
        Change::FormKey { key } => format!("the form's /{key} was changed"),
        Change::SignatureReplaced => "an existing signature was replaced".into(),
        Change::Replaced { kind } => format!("{} of the original was replaced", article(kind)),
        Change::Filled => "an object was added where the original pointed to nothing".into(),
        Change::Deleted => "an object of the original was deleted".into(),
        Change::Encryption => "encryption was added".into(),
        Change::TrailingBytes { bytes } => format!("{bytes} bytes after the end of the PDF that are not an update"),
        Change::SecondHeader { offset } => format!("a second PDF begins at byte {offset} (a second %PDF header)"),
        Change::NotAnUpdate { offset, why } => {
            format!(
                "the bytes from {offset} on are not a well-formed incremental update ({})",
                not_update(why, Lang::En)
            )
        }
        Change::TooManyUpdates { limit } => format!("more than {limit} updates were appended (not analysed)"),
        Change::TooLarge { bytes, limit } => {
            format!("{bytes} bytes were appended, more than the {limit} that are analysed")
        }
    }
}

fn change_id(c: &Change) -> String {
    match c {
        Change::SignatureField { page: Some(p) } => format!("kolom tanda tangan di halaman {p}"),
        Change::SignatureField { page: None } => "kolom tanda tangan".into(),
        Change::Signature => "tanda tangan".into(),
        Change::DocTimestamp => "stempel waktu dokumen".into(),
        Change::Form => "formulir diperbarui untuk kolom tanda tangan".into(),
        Change::ValidationData => "data validasi (DSS)".into(),
        Change::Metadata => "metadata XMP diperbarui".into(),
        Change::Info { keys } => format!("informasi dokumen diperbarui ({})", slashed(keys)),
        Change::Permissions => "izin tanda tangan".into(),
        Change::Version => "versi PDF yang dinyatakan katalog".into(),
        Change::Unreferenced => "objek yang tidak dirujuk apa pun".into(),
        Change::PageContent { page } => format!("halaman {page}: isinya diganti"),
        Change::PageResources { page } => format!("halaman {page}: sumber dayanya (fon, gambar) diganti"),
        Change::PageResource { page, kind } => format!("halaman {page}: {} yang dipakainya diganti", kata(kind)),
        Change::PageKey { page, key } => format!("halaman {page}: /{key}-nya diubah"),
        Change::AnnotationAdded { page, subtype } => format!("anotasi {subtype} ditambahkan di halaman {page}"),
        Change::AnnotationChanged { page } => format!("anotasi di halaman {page} dihapus atau diganti"),
        Change::PageTree { before, after } => {
            format!("susunan halaman diubah ({before} halaman sebelumnya, {after} sesudahnya)")
        }
        Change::JavaScript => "JavaScript ditambahkan".into(),
        Change::Action { key } => format!("aksi (/{key}) ditambahkan"),
        Change::Catalog { key } => format!("katalog dokumen diubah (/{key})"),
        Change::InfoKey { key } => format!("informasi dokumen diubah (/{key})"),
        Change::FormField { kind } => format!("kolom formulir yang bukan tanda tangan ditambahkan (/{kind})"),
        Change::FormKey { key } => format!("formulir diubah (/{key})"),
        Change::SignatureReplaced => "tanda tangan yang sudah ada diganti".into(),
        Change::Replaced { kind } => format!("{} dokumen asli diganti", kata(kind)),
        Change::Filled => "objek ditambahkan di tempat yang sudah dirujuk dokumen asli".into(),
        Change::Deleted => "objek dokumen asli dihapus".into(),
        Change::Encryption => "enkripsi ditambahkan".into(),
        Change::TrailingBytes { bytes } => format!("{bytes} bait setelah akhir PDF yang bukan pembaruan"),
        Change::SecondHeader { offset } => format!("PDF kedua dimulai pada bait {offset} (kepala %PDF kedua)"),
        Change::NotAnUpdate { offset, why } => {
            format!("bait mulai {offset} bukan pembaruan inkremental yang sah ({})", not_update(why, Lang::Id))
        }
        Change::TooManyUpdates { limit } => format!("lebih dari {limit} pembaruan ditambahkan (tidak dianalisis)"),
        Change::TooLarge { bytes, limit } => format!("{bytes} bait ditambahkan, melebihi batas analisis {limit} bait"),
    }
}

fn slashed(keys: &[String]) -> String {
    keys.iter().map(|k| format!("/{k}")).collect::<Vec<_>>().join(", ")
}

fn article(word: &str) -> String {
    let vowel = word.chars().next().is_some_and(|c| "aeiouAEIOU".contains(c));
    format!("{} {word}", if vowel { "an" } else { "a" })
}

fn kata(kind: &str) -> String {
    match kind {
        "image" => "gambar".into(),
        "font" => "fon".into(),
        "form" => "form XObject".into(),
        "stream" => "stream".into(),
        "object" => "objek".into(),
        "form field" => "kolom formulir".into(),
        k => format!("objek {k}"),
    }
}

/// For a signed copy, the original's standing only (the sentence already named the revision).
fn status_words(e: &LedgerEntry, lang: Lang, full: &str) -> String {
    let rest = full.split_once("; ").map_or("", |(_, r)| r);
    match lang {
        Lang::En => format!("the original was released {}; {rest}", wib(&e.released, lang)),
        Lang::Id => format!("aslinya dirilis {}; {rest}", wib(&e.released, lang)),
    }
}

/// An archived revision in words: which report, which revision, when, current or superseded.
pub fn describe(e: &LedgerEntry, status: &Status, lang: Lang) -> String {
    let released = wib(&e.released, lang);
    let what = match lang {
        Lang::En => format!(
            "revision {} of {} {} of {}, {} ({}), released {released}",
            e.revision, e.jenis, e.tahun, e.instansi, e.pemerintah, e.report
        ),
        Lang::Id => format!(
            "revisi {} {} {} {}, {} ({}), dirilis {released}",
            e.revision, e.jenis, e.tahun, e.instansi, e.pemerintah, e.report
        ),
    };
    match (status, lang) {
        (Status::Current, Lang::En) => format!("{what}; it is the current revision"),
        (Status::Current, Lang::Id) => format!("{what}; revisi inilah yang berlaku"),
        (Status::Superseded { by, released, note, current }, _) => {
            let why = note.as_deref().map_or(String::new(), |n| format!(" ({n})"));
            let released = wib(released, lang);
            match lang {
                Lang::En => {
                    let newest =
                        if current != by { format!("; the current revision is {current}") } else { String::new() };
                    format!("{what}; it was superseded by revision {by} on {released}{why}{newest}")
                }
                Lang::Id => {
                    let newest =
                        if current != by { format!("; revisi yang berlaku adalah {current}") } else { String::new() };
                    format!("{what}; revisi ini telah diganti oleh revisi {by} pada {released}{why}{newest}")
                }
            }
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// An RFC 3339 UTC time as Western Indonesian Time: "3 Maret 2022 10.15 WIB" (Indonesian) or
/// "3 March 2022 10:15 WIB"; anything else is shown as it is.
pub fn wib(rfc3339: &str, lang: Lang) -> String {
    let Ok(t) = rfc3339.parse::<der::DateTime>() else { return rfc3339.to_string() };
    let Ok(t) = der::DateTime::from_unix_duration(t.unix_duration() + std::time::Duration::from_secs(7 * 3600)) else {
        return rfc3339.to_string();
    };
    let m = t.month() as usize - 1;
    match lang {
        Lang::Id => format!("{} {} {} {:02}.{:02} WIB", t.day(), BULAN[m], t.year(), t.hour(), t.minutes()),
        Lang::En => format!("{} {} {} {:02}:{:02} WIB", t.day(), MONTHS[m], t.year(), t.hour(), t.minutes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_shown_in_wib() {
        assert_eq!(wib("2022-03-03T03:15:00Z", Lang::Id), "3 Maret 2022 10.15 WIB");
        assert_eq!(wib("2022-12-31T20:05:09Z", Lang::En), "1 January 2023 03:05 WIB");
        assert_eq!(wib("not a time", Lang::En), "not a time");
    }

    #[test]
    fn changes_read_in_both_languages() {
        let c = Change::PageContent { page: 48 };
        assert_eq!(change(&c, Lang::En), "page 48: its content was replaced");
        assert_eq!(change(&c, Lang::Id), "halaman 48: isinya diganti");
        let a = Change::AnnotationAdded { page: 48, subtype: "FreeText".into() };
        assert_eq!(change(&a, Lang::En), "a FreeText annotation was added on page 48");
        assert_eq!(
            change(&Change::TrailingBytes { bytes: 12 }, Lang::En),
            "12 bytes after the end of the PDF that are not an update"
        );
    }
}
