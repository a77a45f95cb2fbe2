//! 18-digit fixed-point decimals (`i128` scaled by 10^18).

use std::fmt;
use std::ops::{Add, Div, Mul, Neg, Sub};
use std::str::FromStr;

mod platform;
mod round;

pub use round::Rounding;

const SCALE: i128 = 1_000_000_000_000_000_000;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fixed(i128);

impl Fixed {
    pub const ZERO: Fixed = Fixed(0);
    pub const ONE: Fixed = Fixed(SCALE);

    pub fn from_int(v: i64) -> Self {
        Fixed(v as i128 * SCALE)
    }

    pub fn raw(self) -> i128 {
        self.0
    }

    pub fn round_dp(self, dp: u32) -> Self {
        let unit = 10i128.pow(18 - dp.min(18));
        Fixed(round::apply(self.0, unit, round::mode()) * unit)
    }
}

impl Add for Fixed {
    type Output = Fixed;
    fn add(self, o: Fixed) -> Fixed {
        Fixed(self.0 + o.0)
    }
}

impl Sub for Fixed {
    type Output = Fixed;
    fn sub(self, o: Fixed) -> Fixed {
        Fixed(self.0 - o.0)
    }
}

impl Neg for Fixed {
    type Output = Fixed;
    fn neg(self) -> Fixed {
        Fixed(-self.0)
    }
}

impl Mul for Fixed {
    type Output = Fixed;
    fn mul(self, o: Fixed) -> Fixed {
        // Split to avoid i128 overflow: (a_hi*S + a_lo) * b / S
        let (a_hi, a_lo) = (self.0 / SCALE, self.0 % SCALE);
        let hi = a_hi * o.0;
        let lo = round::apply(a_lo * (o.0 / SCALE) * SCALE + a_lo * (o.0 % SCALE), SCALE, round::mode());
        Fixed(hi + lo)
    }
}

impl Div for Fixed {
    type Output = Fixed;
    fn div(self, o: Fixed) -> Fixed {
        assert!(o.0 != 0, "division by zero");
        Fixed(round::apply(self.0 * SCALE, o.0, round::mode()))
    }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let v = self.0.unsigned_abs();
        let (i, frac) = (v / SCALE as u128, v % SCALE as u128);
        let mut s = format!("{:018}", frac);
        while s.ends_with('0') && s.len() > f.precision().unwrap_or(0).max(1) {
            s.pop();
        }
        write!(f, "{}{}{}{}", sign, i, round::separator(), s)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct ParseError;

impl FromStr for Fixed {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let s = s.trim();
        let (neg, s) = s.strip_prefix('-').map(|r| (true, r)).unwrap_or((false, s));
        let (i, f) = s.split_once(['.', ',']).unwrap_or((s, ""));
        if f.len() > 18 {
            return Err(ParseError);
        }
        let i: i128 = if i.is_empty() { 0 } else { i.parse().map_err(|_| ParseError)? };
        let f: i128 = if f.is_empty() { 0 } else { format!("{:0<18}", f).parse().map_err(|_| ParseError)? };
        let v = i * SCALE + f;
        Ok(Fixed(if neg { -v } else { v }))
    }
}
