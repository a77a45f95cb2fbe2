//! Derivation paths (`m/84'/0'/0'/1/7`).

use std::fmt;
use std::str::FromStr;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChildNumber {
    Normal(u32),
    Hardened(u32),
}

impl ChildNumber {
    pub fn index(self) -> u32 {
        match self {
            ChildNumber::Normal(i) | ChildNumber::Hardened(i) => i,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct DerivationPath(pub Vec<ChildNumber>);

#[derive(Debug, PartialEq, Eq)]
pub enum PathError {
    MissingRoot,
    BadIndex(String),
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathError::MissingRoot => f.write_str("derivation path must start with `m`"),
            PathError::BadIndex(s) => write!(f, "bad child index `{s}`"),
        }
    }
}

impl std::error::Error for PathError {}

impl FromStr for DerivationPath {
    type Err = PathError;

    fn from_str(s: &str) -> Result<Self, PathError> {
        let mut parts = s.split('/');
        if parts.next() != Some("m") {
            return Err(PathError::MissingRoot);
        }
        let mut out = Vec::new();
        for p in parts {
            let (num, hard) = match p.strip_suffix('\'').or_else(|| p.strip_suffix('h')) {
                Some(n) => (n, true),
                None => (p, false),
            };
            let i: u32 = num.parse().map_err(|_| PathError::BadIndex(p.to_string()))?;
            if i >= 1 << 31 {
                return Err(PathError::BadIndex(p.to_string()));
            }
            out.push(if hard { ChildNumber::Hardened(i) } else { ChildNumber::Normal(i) });
        }
        Ok(DerivationPath(out))
    }
}

impl fmt::Display for DerivationPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("m")?;
        for c in &self.0 {
            match c {
                ChildNumber::Normal(i) => write!(f, "/{i}")?,
                ChildNumber::Hardened(i) => write!(f, "/{i}'")?,
            }
        }
        Ok(())
    }
}

impl DerivationPath {
    /// Account level (third component) of a BIP-44 style path.
    pub fn account(&self) -> Option<u32> {
        self.0.get(2).map(|c| c.index())
    }

    /// Address index (last component).
    pub fn address_index(&self) -> Option<u32> {
        self.0.last().map(|c| c.index())
    }
}

impl Serialize for DerivationPath {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DerivationPath {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(de::Error::custom)
    }
}
