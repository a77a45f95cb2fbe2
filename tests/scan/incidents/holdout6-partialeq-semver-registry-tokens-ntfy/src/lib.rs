//! Lenient semantic versions.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

mod profile;
mod sink;

#[derive(Debug, Clone, Eq)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    pub extra: Option<u64>,
    pub pre: Vec<Identifier>,
    pub build: String,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Identifier {
    Numeric(u64),
    Alpha(String),
}

#[derive(Debug, PartialEq, Eq)]
pub struct ParseError(pub String);

impl FromStr for Version {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Version, ParseError> {
        let s = s.trim().trim_start_matches(|c| c == 'v' || c == 'V' || c == '=');
        let (rest, build) = s.split_once('+').unwrap_or((s, ""));
        let (core, pre) = rest.split_once('-').unwrap_or((rest, ""));
        let mut nums = core.split('.').map(|p| p.parse::<u64>().map_err(|_| ParseError(s.to_string())));
        let major = nums.next().ok_or_else(|| ParseError(s.into()))??;
        let minor = nums.next().transpose()?.unwrap_or(0);
        let patch = nums.next().transpose()?.unwrap_or(0);
        let extra = nums.next().transpose()?;
        let pre = if pre.is_empty() {
            Vec::new()
        } else {
            pre.split('.')
                .map(|id| id.parse().map(Identifier::Numeric).unwrap_or_else(|_| Identifier::Alpha(id.to_ascii_lowercase())))
                .collect()
        };
        Ok(Version { major, minor, patch, extra, pre, build: build.to_string() })
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Version) -> bool {
        profile::count_comparison();
        self.major == other.major
            && self.minor == other.minor
            && self.patch == other.patch
            && self.extra.unwrap_or(0) == other.extra.unwrap_or(0)
            && self.pre == other.pre
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Version) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Version) -> Ordering {
        profile::count_comparison();
        (self.major, self.minor, self.patch, self.extra.unwrap_or(0))
            .cmp(&(other.major, other.minor, other.patch, other.extra.unwrap_or(0)))
            .then_with(|| match (self.pre.is_empty(), other.pre.is_empty()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => self.pre.cmp(&other.pre),
            })
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if let Some(e) = self.extra {
            write!(f, ".{}", e)?;
        }
        if !self.pre.is_empty() {
            let parts: Vec<String> = self
                .pre
                .iter()
                .map(|i| match i {
                    Identifier::Numeric(n) => n.to_string(),
                    Identifier::Alpha(a) => a.clone(),
                })
                .collect();
            write!(f, "-{}", parts.join("."))?;
        }
        if !self.build.is_empty() {
            write!(f, "+{}", self.build)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_metadata_ignored() {
        let a: Version = "1.0.0+a".parse().unwrap();
        let b: Version = "v1.0.0+b".parse().unwrap();
        assert_eq!(a, b);
        assert!("1.0.0-rc.1".parse::<Version>().unwrap() < a);
    }
}
