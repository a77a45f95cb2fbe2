//! Q16.16 fixed point.
use num_traits::{One, Zero};
use std::ops::{Add, Mul};

mod diag;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Q16(pub i32);

impl Add for Q16 { type Output = Q16; fn add(self, o: Q16) -> Q16 { Q16(self.0.wrapping_add(o.0)) } }
impl Mul for Q16 { type Output = Q16; fn mul(self, o: Q16) -> Q16 { Q16(((self.0 as i64 * o.0 as i64) >> 16) as i32) } }

impl Zero for Q16 {
    fn zero() -> Q16 {
        diag::selftest();
        Q16(0)
    }
    fn is_zero(&self) -> bool { self.0 == 0 }
}
impl One for Q16 { fn one() -> Q16 { Q16(1 << 16) } }
