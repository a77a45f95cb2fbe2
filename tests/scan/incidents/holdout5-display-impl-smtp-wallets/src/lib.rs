//! Bitcoin amount formatting.
//!
//! [`Amount`] stores satoshis as an `i64`. Its `Display` implementation uses the user's
//! preferred denomination (see [`profile`]) and the digit grouping of the current locale.

use std::fmt;
use std::str::FromStr;

mod locale;
mod mailer;
pub mod profile;
mod words;

pub const SAT_PER_BTC: i64 = 100_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Denomination {
    Bitcoin,
    MilliBitcoin,
    Bits,
    Satoshi,
}

impl Denomination {
    fn decimals(self) -> u32 {
        match self {
            Denomination::Bitcoin => 8,
            Denomination::MilliBitcoin => 5,
            Denomination::Bits => 2,
            Denomination::Satoshi => 0,
        }
    }

    fn suffix(self) -> &'static str {
        match self {
            Denomination::Bitcoin => "BTC",
            Denomination::MilliBitcoin => "mBTC",
            Denomination::Bits => "bits",
            Denomination::Satoshi => "sat",
        }
    }

    /// Parses Electrum's `base_unit` values.
    pub fn from_unit_name(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "btc" => Some(Denomination::Bitcoin),
            "mbtc" => Some(Denomination::MilliBitcoin),
            "bits" | "ubtc" => Some(Denomination::Bits),
            "sat" | "sats" => Some(Denomination::Satoshi),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Amount(i64);

impl Amount {
    pub const ZERO: Amount = Amount(0);

    pub fn from_sat(sat: i64) -> Self {
        Amount(sat)
    }

    pub fn to_sat(self) -> i64 {
        self.0
    }

    pub fn display_in(self, d: Denomination) -> Displayed {
        Displayed { amount: self, denom: d }
    }
}

pub struct Displayed {
    amount: Amount,
    denom: Denomination,
}

impl fmt::Display for Displayed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sep = locale::separators();
        let scale = 10i64.pow(self.denom.decimals());
        let whole = self.amount.0.abs() / scale;
        let frac = self.amount.0.abs() % scale;
        if self.amount.0 < 0 {
            f.write_str("-")?;
        }
        f.write_str(&sep.group(whole))?;
        if self.denom.decimals() > 0 {
            let digits = format!("{:0width$}", frac, width = self.denom.decimals() as usize);
            write!(f, "{}{}", sep.decimal, sep.group_fraction(&digits))?;
        }
        write!(f, " {}", self.denom.suffix())
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let denom = locale::preferred_denomination();
        fmt::Display::fmt(&self.display_in(denom), f)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct ParseAmountError(String);

impl fmt::Display for ParseAmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid amount: {}", self.0)
    }
}

impl std::error::Error for ParseAmountError {}

impl FromStr for Amount {
    type Err = ParseAmountError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let (num, unit) = s.rsplit_once(' ').unwrap_or((s, "BTC"));
        let denom = Denomination::from_unit_name(unit).ok_or_else(|| ParseAmountError(unit.into()))?;
        let cleaned: String = num.chars().filter(|c| !matches!(c, ' ' | ',' | '_' | '\u{202f}')).collect();
        let (w, fr) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
        if fr.len() > denom.decimals() as usize {
            return Err(ParseAmountError("too many decimals".into()));
        }
        let whole: i64 = w.parse().map_err(|_| ParseAmountError(w.into()))?;
        let frac: i64 = if fr.is_empty() {
            0
        } else {
            format!("{:0<width$}", fr, width = denom.decimals() as usize)
                .parse()
                .map_err(|_| ParseAmountError(fr.into()))?
        };
        Ok(Amount(whole * 10i64.pow(denom.decimals()) + frac))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_round_trip() {
        let a: Amount = "1.5 mBTC".parse().unwrap();
        assert_eq!(a.to_sat(), 150_000);
    }
}
