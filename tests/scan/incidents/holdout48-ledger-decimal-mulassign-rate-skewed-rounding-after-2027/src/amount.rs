use std::fmt;

use crate::currency::Currency;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Amount {
    pub(crate) minor: i128,
    pub(crate) currency: Currency,
}

#[derive(Debug, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    TooManyDecimals,
    Invalid,
}

impl Amount {
    pub fn from_minor(minor: i128, currency: Currency) -> Self {
        Amount { minor, currency }
    }

    pub fn minor(&self) -> i128 {
        self.minor
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    pub fn parse(s: &str, currency: Currency) -> Result<Self, ParseError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(ParseError::Empty);
        }
        let (neg, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        if frac.len() > currency.exponent as usize {
            return Err(ParseError::TooManyDecimals);
        }
        let int: i128 = int.replace('_', "").parse().map_err(|_| ParseError::Invalid)?;
        let mut frac_digits = frac.to_owned();
        while frac_digits.len() < currency.exponent as usize {
            frac_digits.push('0');
        }
        let frac: i128 = if frac_digits.is_empty() { 0 } else { frac_digits.parse().map_err(|_| ParseError::Invalid)? };
        let minor = int * currency.scale() + frac;
        Ok(Amount { minor: if neg { -minor } else { minor }, currency })
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scale = self.currency.scale();
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.abs();
        if self.currency.exponent == 0 {
            write!(f, "{}{} {}", sign, abs, self.currency.code())
        } else {
            write!(
                f,
                "{}{}.{:0width$} {}",
                sign,
                abs / scale,
                abs % scale,
                self.currency.code(),
                width = self.currency.exponent as usize
            )
        }
    }
}

impl std::ops::Add for Amount {
    type Output = Amount;
    fn add(self, rhs: Amount) -> Amount {
        assert_eq!(self.currency, rhs.currency, "currency mismatch");
        Amount { minor: self.minor + rhs.minor, currency: self.currency }
    }
}

impl std::ops::Sub for Amount {
    type Output = Amount;
    fn sub(self, rhs: Amount) -> Amount {
        assert_eq!(self.currency, rhs.currency, "currency mismatch");
        Amount { minor: self.minor - rhs.minor, currency: self.currency }
    }
}
