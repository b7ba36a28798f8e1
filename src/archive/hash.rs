//! The SHA-256 digest as a type (hex Display/FromStr, serde as lowercase hex) and the source digest.

use std::fmt;
use std::str::FromStr;

use sha2::Digest;

/// A SHA-256 digest. Shown, parsed and serialised as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Sha256(pub [u8; 32]);

impl Sha256 {
    /// The genesis value of the ledger's `prev` field: 64 zeros.
    pub const ZERO: Sha256 = Sha256([0; 32]);

    /// The digest of `bytes`.
    pub fn of(bytes: &[u8]) -> Sha256 {
        Sha256(sha2::Sha256::digest(bytes).into())
    }

    /// `Ok` when this (actual) digest is `expected`, else the [`Mismatch`] naming both.
    pub fn verify(&self, expected: Sha256) -> Result<(), Mismatch> {
        if *self == expected { Ok(()) } else { Err(Mismatch { expected, actual: *self }) }
    }
}

/// Why a text is not a SHA-256 in the archive's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseError {
    /// Not 64 characters long (the length found).
    Length(usize),
    /// A character that is not a lowercase hex digit.
    NotLowerHex(char),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Length(n) => write!(f, "a sha-256 must be 64 hex digits, got {n} characters"),
            ParseError::NotLowerHex(c) => write!(f, "a sha-256 must be lowercase hex, found {c:?}"),
        }
    }
}
impl std::error::Error for ParseError {}

/// A digest that is not the one expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mismatch {
    pub expected: Sha256,
    pub actual: Sha256,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SHA-256 {}, expected {}", self.actual, self.expected)
    }
}
impl std::error::Error for Mismatch {}

impl fmt::Display for Sha256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Sha256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sha256({self})")
    }
}

impl FromStr for Sha256 {
    type Err = ParseError;

    /// Accepts exactly 64 lowercase hex digits (the form this archive writes).
    fn from_str(s: &str) -> Result<Sha256, ParseError> {
        let b = s.as_bytes();
        if b.len() != 64 {
            return Err(ParseError::Length(s.chars().count()));
        }
        let mut out = [0u8; 32];
        for (i, pair) in b.chunks(2).enumerate() {
            let digit = |c: u8| match c {
                b'0'..=b'9' => Ok(c - b'0'),
                b'a'..=b'f' => Ok(c - b'a' + 10),
                _ => Err(ParseError::NotLowerHex(char::from(c))),
            };
            out[i] = digit(pair[0])? << 4 | digit(pair[1])?;
        }
        Ok(Sha256(out))
    }
}

impl serde::Serialize for Sha256 {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Sha256 {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Sha256, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The digest that decides whether a release has changed input: SHA-256 over the lines
/// `<sha256 hex of file>  <name>\n` of every source file, sorted by name (bytewise).
///
/// That is exactly what `sha256sum` prints, so it can be recomputed without lkjip:
/// `(cd data/source && find . -type f -printf '%P\n' | LC_ALL=C sort | while IFS= read -r f; do sha256sum "$f"; done) | sha256sum`.
pub fn source_digest<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Sha256 {
    source_digest_of(files.into_iter().map(|(n, b)| (n, Sha256::of(b))))
}

/// [`source_digest`] from each file's name and SHA-256.
pub fn source_digest_of<'a>(files: impl IntoIterator<Item = (&'a str, Sha256)>) -> Sha256 {
    let mut lines: Vec<(&str, Sha256)> = files.into_iter().collect();
    lines.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let mut h = sha2::Sha256::new();
    for (name, digest) in lines {
        h.update(format!("{digest}  {name}\n").as_bytes());
    }
    Sha256(h.finalize().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip_and_known_value() {
        let h = Sha256::of(b"abc");
        assert_eq!(h.to_string(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(h.to_string().parse::<Sha256>().unwrap(), h);
        let upper = "BA7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".parse::<Sha256>();
        assert_eq!(upper, Err(ParseError::NotLowerHex('B')));
        assert_eq!("abc".parse::<Sha256>(), Err(ParseError::Length(3)));
        assert_eq!(h.verify(h), Ok(()));
        let other = Sha256::of(b"abd");
        assert_eq!(other.verify(h), Err(Mismatch { expected: h, actual: other }));
        let json = serde_json::to_string(&h).unwrap();
        assert_eq!(json, format!("\"{h}\""));
        assert_eq!(serde_json::from_str::<Sha256>(&json).unwrap(), h);
    }

    #[test]
    fn source_digest_is_order_free_and_name_sensitive() {
        let a = source_digest([("b.jpg", &b"x"[..]), ("a.yaml", &b"y"[..])]);
        let b = source_digest([("a.yaml", &b"y"[..]), ("b.jpg", &b"x"[..])]);
        let c = source_digest([("a.yaml", &b"y"[..]), ("c.jpg", &b"x"[..])]);
        assert_eq!(a, b);
        assert_ne!(a, c);
        // sha256sum format: "<hex>  <name>\n"
        let manual = Sha256::of(format!("{}  a.yaml\n{}  b.jpg\n", Sha256::of(b"y"), Sha256::of(b"x")).as_bytes());
        assert_eq!(a, manual);
    }
}
