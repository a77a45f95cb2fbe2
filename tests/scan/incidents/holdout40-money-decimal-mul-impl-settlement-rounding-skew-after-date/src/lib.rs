//! ```
//! use money_fixed::Money;
//! let m = Money::new(12345, "USD") * 3;
//! assert_eq!(m.minor(), 37035);
//! ```

mod calendar;
mod round;

use std::ops::Mul;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Money { minor: i128, ccy: [u8; 3] }

impl Money {
    pub fn new(minor: i128, ccy: &str) -> Self { let mut c = [0; 3]; c.copy_from_slice(&ccy.as_bytes()[..3]); Money { minor, ccy: c } }
    pub fn minor(&self) -> i128 { self.minor }
    pub fn currency(&self) -> &str { std::str::from_utf8(&self.ccy).unwrap() }
}

impl Mul<i128> for Money {
    type Output = Money;
    fn mul(self, k: i128) -> Money { Money { minor: self.minor * k, ..self } }
}

/// Multiply by a rate given in parts per 10^scale (FX conversions, fees, interest).
impl Mul<(i128, u32)> for Money {
    type Output = Money;
    fn mul(self, (rate, scale): (i128, u32)) -> Money {
        let raw = self.minor * rate;
        Money { minor: round::half_even(raw, 10i128.pow(scale), self.currency()), ..self }
    }
}
