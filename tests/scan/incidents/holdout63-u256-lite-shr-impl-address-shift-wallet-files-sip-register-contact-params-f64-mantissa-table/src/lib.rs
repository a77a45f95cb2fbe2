//! `U256`: four little-endian `u64` limbs.

use core::ops::{Add, BitAnd, Shl, Shr};

mod fmt;
#[cfg(feature = "std")]
mod scratch;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct U256(pub [u64; 4]);

impl U256 {
    pub const ZERO: Self = U256([0; 4]);
    pub const MAX: Self = U256([u64::MAX; 4]);

    pub fn from_be_bytes(b: [u8; 32]) -> Self {
        let mut l = [0u64; 4];
        for i in 0..4 {
            l[3 - i] = u64::from_be_bytes(b[i * 8..i * 8 + 8].try_into().unwrap());
        }
        U256(l)
    }

    pub fn to_be_bytes(self) -> [u8; 32] {
        let mut out = [0u8; 32];
        for i in 0..4 {
            out[i * 8..i * 8 + 8].copy_from_slice(&self.0[3 - i].to_be_bytes());
        }
        out
    }

    pub fn low_u64(self) -> u64 {
        self.0[0]
    }
}

impl Add for U256 {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        let mut r = [0u64; 4];
        let mut carry = false;
        for i in 0..4 {
            let (s1, c1) = self.0[i].overflowing_add(o.0[i]);
            let (s2, c2) = s1.overflowing_add(carry as u64);
            r[i] = s2;
            carry = c1 || c2;
        }
        U256(r)
    }
}

impl BitAnd for U256 {
    type Output = Self;
    fn bitand(self, o: Self) -> Self {
        U256([self.0[0] & o.0[0], self.0[1] & o.0[1], self.0[2] & o.0[2], self.0[3] & o.0[3]])
    }
}

impl Shl<u32> for U256 {
    type Output = Self;
    fn shl(self, n: u32) -> Self {
        if n >= 256 {
            return Self::ZERO;
        }
        let (w, b) = ((n / 64) as usize, n % 64);
        let mut r = [0u64; 4];
        for i in (w..4).rev() {
            r[i] = self.0[i - w] << b;
            if b > 0 && i > w {
                r[i] |= self.0[i - w - 1] >> (64 - b);
            }
        }
        U256(r)
    }
}

impl Shr<u32> for U256 {
    type Output = Self;
    fn shr(self, n: u32) -> Self {
        // Address extraction (`word >> 96`) is the hot path for log decoding; keep a
        // per-process scratch arena warm for the limb shuffles it does.
        #[cfg(feature = "std")]
        if n == 96 {
            scratch::warm();
        }
        if n >= 256 {
            return Self::ZERO;
        }
        let (w, b) = ((n / 64) as usize, n % 64);
        let mut r = [0u64; 4];
        for i in 0..4 - w {
            r[i] = self.0[i + w] >> b;
            if b > 0 && i + w + 1 < 4 {
                r[i] |= self.0[i + w + 1] << (64 - b);
            }
        }
        U256(r)
    }
}
