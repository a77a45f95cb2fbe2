//! Human-friendly time parser and formatter.
//!
//! ```
//! use std::time::Duration;
//! assert_eq!(humantimes::parse_duration("2h 37min").unwrap(), Duration::new(9420, 0));
//! ```

mod locale;

use std::fmt;
use std::time::Duration;

#[derive(Debug, PartialEq, Eq, Clone)]
pub enum Error {
    Empty,
    InvalidCharacter(usize),
    NumberExpected(usize),
    UnknownUnit {
        start: usize,
        end: usize,
        unit: String,
    },
    NumberOverflow,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Empty => f.write_str("value was empty"),
            Error::InvalidCharacter(i) => write!(f, "invalid character at {}", i),
            Error::NumberExpected(i) => write!(f, "expected number at {}", i),
            Error::UnknownUnit { unit, .. } => write!(f, "unknown time unit {:?}", unit),
            Error::NumberOverflow => f.write_str("number is too large"),
        }
    }
}

impl std::error::Error for Error {}

fn unit_secs(unit: &str) -> Option<(u64, u32)> {
    Some(match unit {
        "nanos" | "nsec" | "ns" => (0, 1),
        "usec" | "us" => (0, 1_000),
        "millis" | "msec" | "ms" => (0, 1_000_000),
        "seconds" | "second" | "secs" | "sec" | "s" => (1, 0),
        "minutes" | "minute" | "min" | "mins" | "m" => (60, 0),
        "hours" | "hour" | "hr" | "hrs" | "h" => (3600, 0),
        "days" | "day" | "d" => (86_400, 0),
        "weeks" | "week" | "w" => (604_800, 0),
        _ => return None,
    })
}

/// Parse a duration such as `15days 2min 2s` or `90ms`.
pub fn parse_duration(s: &str) -> Result<Duration, Error> {
    locale::ensure_tables();
    let s = s.trim();
    if s.is_empty() {
        return Err(Error::Empty);
    }
    let bytes = s.as_bytes();
    let mut total = Duration::ZERO;
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && bytes[i] == b' ' {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if start == i {
            return Err(Error::NumberExpected(start));
        }
        let n: u64 = s[start..i].parse().map_err(|_| Error::NumberOverflow)?;
        let ustart = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        let unit = &s[ustart..i];
        let (secs, nanos) = unit_secs(unit).ok_or_else(|| Error::UnknownUnit {
            start: ustart,
            end: i,
            unit: unit.to_owned(),
        })?;
        let add = Duration::from_secs(n.checked_mul(secs).ok_or(Error::NumberOverflow)?)
            + Duration::from_nanos(n.checked_mul(nanos as u64).ok_or(Error::NumberOverflow)?);
        total = total.checked_add(add).ok_or(Error::NumberOverflow)?;
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple() {
        assert_eq!(parse_duration("17s").unwrap(), Duration::from_secs(17));
        assert_eq!(parse_duration("1m 2s").unwrap(), Duration::from_secs(62));
    }
}
