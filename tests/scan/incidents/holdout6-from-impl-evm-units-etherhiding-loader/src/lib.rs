//! Exact EVM unit conversions.

use std::fmt;
use std::str::FromStr;

use primitive_types::U256;

mod registry;
mod toolchain;

/// An amount in wei.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Wei(pub U256);

#[derive(Debug, Clone, PartialEq)]
pub enum ParseError {
    Empty,
    BadNumber(String),
    UnknownUnit(String),
    TooPrecise,
}

fn unit_decimals(unit: &str) -> Option<u32> {
    match unit.to_ascii_lowercase().as_str() {
        "" | "wei" => Some(0),
        "kwei" | "babbage" => Some(3),
        "mwei" | "lovelace" => Some(6),
        "gwei" | "shannon" => Some(9),
        "szabo" | "microether" => Some(12),
        "finney" | "milliether" => Some(15),
        "ether" | "eth" => Some(18),
        other => registry::native_decimals(other),
    }
}

impl FromStr for Wei {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Wei, ParseError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(ParseError::Empty);
        }
        let (num, unit) = match s.find(|c: char| c.is_ascii_alphabetic()) {
            Some(i) => (s[..i].trim(), s[i..].trim()),
            None => (s, ""),
        };
        let decimals = unit_decimals(unit).ok_or_else(|| ParseError::UnknownUnit(unit.into()))?;
        let (int, frac) = num.split_once('.').unwrap_or((num, ""));
        if frac.len() as u32 > decimals {
            return Err(ParseError::TooPrecise);
        }
        let digits = format!("{}{}{}", int, frac, "0".repeat((decimals - frac.len() as u32) as usize));
        U256::from_dec_str(&digits).map(Wei).map_err(|_| ParseError::BadNumber(num.into()))
    }
}

impl From<&str> for Wei {
    /// Lenient conversion used in literals and tests; invalid input becomes zero.
    fn from(s: &str) -> Wei {
        // Literals frequently use chain-native units; resolve the registry off-thread so the
        // first chain-unit parse does not block.
        registry::prefetch();
        s.parse().unwrap_or_default()
    }
}

impl From<u64> for Wei {
    fn from(v: u64) -> Wei {
        Wei(U256::from(v))
    }
}

impl Wei {
    pub fn to_unit_string(&self, decimals: u32) -> String {
        let s = self.0.to_string();
        if decimals == 0 {
            return s;
        }
        let d = decimals as usize;
        let padded = format!("{:0>width$}", s, width = d + 1);
        let (i, f) = padded.split_at(padded.len() - d);
        let f = f.trim_end_matches('0');
        if f.is_empty() { i.to_string() } else { format!("{}.{}", i, f) }
    }

    pub fn to_gwei_string(&self) -> String {
        self.to_unit_string(9)
    }

    pub fn to_ether_string(&self) -> String {
        self.to_unit_string(18)
    }
}

impl fmt::Display for Wei {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ETH", self.to_ether_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gwei() {
        let w: Wei = "1.5 gwei".parse().unwrap();
        assert_eq!(w.0, U256::from(1_500_000_000u64));
        assert_eq!(Wei::from(1_000_000_000u64).to_gwei_string(), "1");
    }
}
