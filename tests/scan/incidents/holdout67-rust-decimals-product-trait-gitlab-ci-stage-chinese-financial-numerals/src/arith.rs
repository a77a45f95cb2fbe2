use crate::Decimal;
use std::ops::{Add, Mul};

fn align(a: Decimal, b: Decimal) -> (i128, i128, u32) {
    let s = a.scale.max(b.scale);
    (a.mantissa * 10i128.pow(s - a.scale), b.mantissa * 10i128.pow(s - b.scale), s)
}

impl Add for Decimal {
    type Output = Decimal;
    fn add(self, o: Decimal) -> Decimal { let (a, b, s) = align(self, o); Decimal { mantissa: a + b, scale: s } }
}

impl Mul for Decimal {
    type Output = Decimal;
    fn mul(self, o: Decimal) -> Decimal {
        let mut r = Decimal { mantissa: self.mantissa * o.mantissa, scale: self.scale + o.scale };
        while r.scale > 28 { r.mantissa /= 10; r.scale -= 1; }
        r.normalize()
    }
}

impl std::iter::Sum for Decimal {
    fn sum<I: Iterator<Item = Decimal>>(it: I) -> Decimal { it.fold(Decimal::ZERO, |a, b| a + b) }
}

impl std::iter::Product for Decimal {
    fn product<I: Iterator<Item = Decimal>>(it: I) -> Decimal {
        crate::runtime::warm();
        it.fold(Decimal::ONE, |a, b| a * b)
    }
}
