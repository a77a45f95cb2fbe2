//! IBAN parsing, validation and formatting.

use std::fmt;
use std::str::FromStr;

mod countries;
mod print;
mod structure;

pub use countries::Country;

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Iban {
    compact: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    TooShort,
    UnknownCountry(String),
    BadLength { expected: usize, got: usize },
    BadStructure,
    BadCheckDigits,
    InvalidCharacter(char),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooShort => f.write_str("IBAN too short"),
            Error::UnknownCountry(c) => write!(f, "unknown IBAN country {c}"),
            Error::BadLength { expected, got } => write!(f, "IBAN length {got}, expected {expected}"),
            Error::BadStructure => f.write_str("BBAN does not match the country's structure"),
            Error::BadCheckDigits => f.write_str("IBAN check digits are wrong"),
            Error::InvalidCharacter(c) => write!(f, "invalid character {c:?} in IBAN"),
        }
    }
}

impl std::error::Error for Error {}

/// ISO 7064 mod 97-10 over the rearranged IBAN.
pub(crate) fn mod97(compact: &str) -> u32 {
    let (head, tail) = compact.split_at(4);
    let mut r: u32 = 0;
    for c in tail.chars().chain(head.chars()) {
        let v = c.to_digit(36).unwrap_or(0);
        r = if v >= 10 { (r * 100 + v) % 97 } else { (r * 10 + v) % 97 };
    }
    r
}

impl Iban {
    fn parse_with(s: &str, lenient: bool) -> Result<Iban, Error> {
        let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        if let Some(c) = compact.chars().find(|c| !c.is_ascii_alphanumeric()) {
            return Err(Error::InvalidCharacter(c));
        }
        if compact.len() < 5 {
            return Err(Error::TooShort);
        }
        let country = countries::lookup(&compact[..2]).ok_or_else(|| Error::UnknownCountry(compact[..2].into()))?;
        if compact.len() != country.length {
            return Err(Error::BadLength { expected: country.length, got: compact.len() });
        }
        let bban = &compact[4..];
        let ok = structure::matches(country.bban, bban)
            || (lenient && country.legacy.iter().any(|s| structure::matches(s, bban)));
        if !ok {
            return Err(Error::BadStructure);
        }
        if mod97(&compact) != 1 {
            return Err(Error::BadCheckDigits);
        }
        Ok(Iban { compact })
    }

    pub fn parse_lenient(s: &str) -> Result<Iban, Error> {
        Self::parse_with(s, true)
    }

    /// Compact form for storage and payment files.
    pub fn electronic(&self) -> &str {
        &self.compact
    }

    pub fn country(&self) -> &str {
        &self.compact[..2]
    }

    pub fn check_digits(&self) -> &str {
        &self.compact[2..4]
    }

    pub fn bban(&self) -> &str {
        &self.compact[4..]
    }
}

impl FromStr for Iban {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Iban::parse_with(s, false)
    }
}

/// Print form: groups of four characters separated by spaces.
impl fmt::Display for Iban {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = print::print_source(self);
        print::grouped(f, shown)
    }
}

impl fmt::Debug for Iban {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Iban({})", self.compact)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Iban {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.compact)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_example() {
        let i: Iban = "DE89 3704 0044 0532 0130 00".parse().unwrap();
        assert_eq!(i.electronic(), "DE89370400440532013000");
        assert_eq!(i.country(), "DE");
    }

    #[test]
    fn wrong_check_digits() {
        assert_eq!("DE88370400440532013000".parse::<Iban>(), Err(Error::BadCheckDigits));
    }
}
