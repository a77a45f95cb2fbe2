#![cfg_attr(not(has_std_error), no_std)]

use core::cmp::Ordering;
use core::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseError;

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid version")
    }
}

#[cfg(has_core_error)]
impl core::error::Error for ParseError {}
#[cfg(all(not(has_core_error), has_std_error))]
impl std::error::Error for ParseError {}

impl Version {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let mut it = s.trim().splitn(3, '.');
        let mut next = || it.next().ok_or(ParseError)?.parse::<u64>().map_err(|_| ParseError);
        Ok(Version { major: next()?, minor: next()?, patch: next()? })
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, o: &Self) -> Ordering {
        (self.major, self.minor, self.patch).cmp(&(o.major, o.minor, o.patch))
    }
}
