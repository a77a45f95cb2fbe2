use std::fmt;

use ruint::aliases::U256;

use crate::unit::Unit;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Amount(pub U256);

#[derive(Debug, PartialEq, Eq)]
pub enum ParseAmountError {
    Empty,
    UnknownUnit,
    TooPrecise,
    Overflow,
    Invalid,
}

impl Amount {
    pub fn from_wei(wei: U256) -> Self {
        Amount(wei)
    }

    pub fn wei(&self) -> U256 {
        self.0
    }

    /// "1.5 ether", "21000 gwei", "42" (wei).
    pub fn parse(s: &str) -> Result<Amount, ParseAmountError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(ParseAmountError::Empty);
        }
        let (num, unit) = match s.split_once(char::is_whitespace) {
            Some((n, u)) => (n, u.parse::<Unit>().map_err(|_| ParseAmountError::UnknownUnit)?),
            None => (s, Unit::Wei),
        };
        let (int, frac) = num.split_once('.').unwrap_or((num, ""));
        let decimals = unit.decimals() as usize;
        if frac.len() > decimals {
            return Err(ParseAmountError::TooPrecise);
        }
        let digits = format!("{}{:0<width$}", int, frac, width = decimals);
        let v = U256::from_str_radix(&digits, 10).map_err(|_| ParseAmountError::Invalid)?;
        Ok(Amount(v))
    }

    pub fn format(&self, unit: Unit, max_decimals: usize) -> String {
        let d = unit.decimals() as usize;
        let s = self.0.to_string();
        let s = format!("{:0>width$}", s, width = d + 1);
        let (int, frac) = s.split_at(s.len() - d);
        let frac = &frac[..frac.len().min(max_decimals)];
        let frac = frac.trim_end_matches('0');
        if frac.is_empty() { int.to_owned() } else { format!("{}.{}", int, frac) }
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ETH", self.format(Unit::Ether, 6))
    }
}
