//! A NIP (Nomor Induk Pegawai, a civil servant's number): 18 digits, written grouped 8-6-1-3
//! (`19630804 198711 1 001`: date of birth, date of appointment, sex, serial number).

use std::fmt;

/// The 18 digits of a NIP, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nip(String);

impl Nip {
    /// A NIP as people type it: 18 digits, spaces anywhere allowed; `None` otherwise.
    pub fn parse(s: &str) -> Option<Nip> {
        let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        (digits.len() == 18 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(Nip(digits))
    }
}

impl fmt::Display for Nip {
    /// Grouped 8-6-1-3, as a NIP is written: `19630804 198711 1 001`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = &self.0;
        write!(f, "{} {} {} {}", &d[..8], &d[8..14], &d[14..15], &d[15..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nips_are_18_digits_written_8_6_1_3() {
        assert_eq!(Nip::parse("19630804 198711 1 001").unwrap().to_string(), "19630804 198711 1 001");
        assert_eq!(Nip::parse("196308041987111001").unwrap().to_string(), "19630804 198711 1 001");
        assert_eq!(Nip::parse("1963"), None);
        assert_eq!(Nip::parse("19630804 198711 1 00١"), None);
        assert_eq!(Nip::parse("1963080419871110011"), None);
    }
}
