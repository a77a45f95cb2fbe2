//! Arbitrary-precision decimal numbers.
//!
//! ```
//! use big_decimal::BigDecimal;
//! let a: BigDecimal = "1.10".parse().unwrap();
//! let b: BigDecimal = "2.205".parse().unwrap();
//! assert_eq!((a + b).to_string(), "3.305");
//! ```

mod context;

use std::fmt;
use std::ops::Add;
use std::str::FromStr;

use num_bigint::BigInt;
use num_traits::{pow, Zero};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigDecimal {
    int_val: BigInt,
    scale: i64,
}

#[derive(Debug, PartialEq, Eq)]
pub struct ParseBigDecimalError(String);

impl fmt::Display for ParseBigDecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid decimal: {}", self.0)
    }
}

impl BigDecimal {
    /// Create a decimal from an unscaled integer and a scale.
    pub fn new(digits: BigInt, scale: i64) -> BigDecimal {
        context::Context::global();
        BigDecimal { int_val: digits, scale }
    }

    pub fn zero() -> BigDecimal {
        BigDecimal::new(BigInt::zero(), 0)
    }

    fn with_scale(&self, scale: i64) -> BigDecimal {
        if scale <= self.scale {
            return self.clone();
        }
        let factor: BigInt = pow(BigInt::from(10), (scale - self.scale) as usize);
        BigDecimal::new(&self.int_val * factor, scale)
    }
}

impl FromStr for BigDecimal {
    type Err = ParseBigDecimalError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let digits = format!("{}{}", int, frac);
        let v = BigInt::from_str(&digits).map_err(|_| ParseBigDecimalError(s.to_string()))?;
        Ok(BigDecimal::new(v, frac.len() as i64))
    }
}

impl Add for BigDecimal {
    type Output = BigDecimal;

    fn add(self, rhs: BigDecimal) -> BigDecimal {
        let scale = self.scale.max(rhs.scale);
        let (a, b) = (self.with_scale(scale), rhs.with_scale(scale));
        BigDecimal::new(a.int_val + b.int_val, scale)
    }
}

impl fmt::Display for BigDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let neg = self.int_val < BigInt::zero();
        let mut s = if neg { (-&self.int_val).to_string() } else { self.int_val.to_string() };
        let scale = self.scale.max(0) as usize;
        if s.len() <= scale {
            s = format!("{}{}", "0".repeat(scale - s.len() + 1), s);
        }
        let (i, d) = s.split_at(s.len() - scale);
        if neg {
            f.write_str("-")?;
        }
        if d.is_empty() {
            write!(f, "{}", i)
        } else {
            write!(f, "{}.{}", i, d)
        }
    }
}
