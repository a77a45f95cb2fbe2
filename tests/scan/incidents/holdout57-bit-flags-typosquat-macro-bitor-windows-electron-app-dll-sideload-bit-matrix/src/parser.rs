//! The text format: flag names separated by `|`, with `0x..` for unnamed bits.

use core::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    UnknownFlag,
    InvalidHex,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseError::Empty => "encountered an empty flag",
            ParseError::UnknownFlag => "unrecognized named flag",
            ParseError::InvalidHex => "invalid hex flag",
        })
    }
}

pub fn parse_with(s: &str, lookup: impl Fn(&str) -> Option<u128>) -> Result<u128, ParseError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(0);
    }
    let mut bits = 0u128;
    for part in s.split('|') {
        let part = part.trim();
        if part.is_empty() {
            return Err(ParseError::Empty);
        }
        bits |= match part.strip_prefix("0x") {
            Some(hex) => u128::from_str_radix(hex, 16).map_err(|_| ParseError::InvalidHex)?,
            None => lookup(part).ok_or(ParseError::UnknownFlag)?,
        };
    }
    Ok(bits)
}

pub fn write_names<'a>(f: &mut fmt::Formatter<'_>, names: impl Iterator<Item = &'a str>, extra: u128) -> fmt::Result {
    let mut first = true;
    for n in names {
        if !first {
            f.write_str(" | ")?;
        }
        first = false;
        f.write_str(n)?;
    }
    if extra != 0 {
        if !first {
            f.write_str(" | ")?;
        }
        write!(f, "{extra:#x}")?;
    } else if first {
        f.write_str("0x0")?;
    }
    Ok(())
}
