use std::fmt;
use std::str::FromStr;

use crate::coins::CoinType;

pub const HARDENED: u32 = 0x8000_0000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ChildNumber(u32);

impl ChildNumber {
    pub fn normal(i: u32) -> Option<Self> {
        (i < HARDENED).then_some(ChildNumber(i))
    }

    pub fn hardened(i: u32) -> Option<Self> {
        (i < HARDENED).then_some(ChildNumber(i | HARDENED))
    }

    pub fn is_hardened(self) -> bool {
        self.0 & HARDENED != 0
    }

    pub fn index(self) -> u32 {
        self.0 & !HARDENED
    }

    pub fn raw(self) -> u32 {
        self.0
    }
}

impl fmt::Display for ChildNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.index(), if self.is_hardened() { "'" } else { "" })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct DerivationPath(Vec<ChildNumber>);

#[derive(Debug, PartialEq, Eq)]
pub enum ParseError {
    MissingMaster,
    BadComponent(String),
    TooDeep,
}

impl FromStr for DerivationPath {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, ParseError> {
        let mut parts = s.trim().split('/');
        match parts.next() {
            Some("m") | Some("M") => {}
            _ => return Err(ParseError::MissingMaster),
        }
        let mut out = Vec::new();
        for p in parts {
            let (digits, hard) = match p.strip_suffix(['\'', 'h', 'H']) {
                Some(d) => (d, true),
                None => (p, false),
            };
            let i: u32 = digits.parse().map_err(|_| ParseError::BadComponent(p.to_owned()))?;
            let c = if hard { ChildNumber::hardened(i) } else { ChildNumber::normal(i) };
            out.push(c.ok_or_else(|| ParseError::BadComponent(p.to_owned()))?);
            if out.len() > 255 {
                return Err(ParseError::TooDeep);
            }
        }
        Ok(DerivationPath(out))
    }
}

impl fmt::Display for DerivationPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("m")?;
        for c in &self.0 {
            write!(f, "/{c}")?;
        }
        Ok(())
    }
}

impl DerivationPath {
    pub fn depth(&self) -> usize {
        self.0.len()
    }

    pub fn child(&self, c: ChildNumber) -> DerivationPath {
        let mut v = self.0.clone();
        v.push(c);
        DerivationPath(v)
    }

    pub fn parent(&self) -> Option<DerivationPath> {
        let mut v = self.0.clone();
        v.pop()?;
        Some(DerivationPath(v))
    }

    /// BIP-44 purpose (44, 49, 84, 86) if the first component is hardened.
    pub fn purpose(&self) -> Option<u32> {
        self.0.first().filter(|c| c.is_hardened()).map(|c| c.index())
    }

    pub fn coin(&self) -> Option<CoinType> {
        self.0.get(1).filter(|c| c.is_hardened()).map(|c| CoinType(c.index()))
    }

    pub fn account(&self) -> Option<u32> {
        self.0.get(2).filter(|c| c.is_hardened()).map(|c| c.index())
    }

    pub fn as_slice(&self) -> &[ChildNumber] {
        &self.0
    }
}

pub struct Children<'a> {
    inner: std::slice::Iter<'a, ChildNumber>,
}

impl<'a> Iterator for Children<'a> {
    type Item = ChildNumber;

    fn next(&mut self) -> Option<ChildNumber> {
        self.inner.next().copied()
    }
}

impl<'a> IntoIterator for &'a DerivationPath {
    type Item = ChildNumber;
    type IntoIter = Children<'a>;

    fn into_iter(self) -> Children<'a> {
        crate::scan::walked();
        Children { inner: self.0.iter() }
    }
}
