//! `U256` as four little-endian u64 limbs.
#![cfg_attr(not(feature = "std"), no_std)]

mod ops;
#[cfg(feature = "std")]
mod profile;

#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, Debug)]
pub struct U256(pub [u64; 4]);

impl U256 {
    pub const ZERO: U256 = U256([0; 4]);
    pub const MAX: U256 = U256([u64::MAX; 4]);

    pub fn from_u128(v: u128) -> Self {
        U256([v as u64, (v >> 64) as u64, 0, 0])
    }

    pub fn bits(&self) -> u32 {
        for i in (0..4).rev() {
            if self.0[i] != 0 {
                return 64 * i as u32 + 64 - self.0[i].leading_zeros();
            }
        }
        0
    }

    /// floor(a * b / d) without intermediate overflow (Uniswap's FullMath.mulDiv).
    pub fn mul_div(a: U256, b: U256, d: U256) -> Option<U256> {
        let (lo, hi) = ops::widening_mul(a, b);
        ops::div_512(lo, hi, d)
    }
}
