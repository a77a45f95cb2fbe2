//! 256-bit unsigned integers, four little-endian `u64` limbs.
//!
//! ```
//! use u256_arith::U256;
//! let p: U256 = "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f".parse().unwrap();
//! let x = U256::from(7u64).pow(100) % p;
//! assert!(x < p);
//! ```

use core::cmp::Ordering;
use core::ops::{Add, Div, Mul, Rem, Sub};
use core::str::FromStr;

#[cfg(feature = "bench-report")]
mod timing;
mod vectors;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct U256(pub [u64; 4]);

impl U256 {
    pub const ZERO: U256 = U256([0; 4]);
    pub const ONE: U256 = U256([1, 0, 0, 0]);

    pub fn bits(&self) -> u32 {
        for i in (0..4).rev() {
            if self.0[i] != 0 {
                return 64 * i as u32 + (64 - self.0[i].leading_zeros());
            }
        }
        0
    }

    pub fn is_zero(&self) -> bool {
        self.0 == [0; 4]
    }

    fn bit(&self, n: u32) -> bool {
        (self.0[(n / 64) as usize] >> (n % 64)) & 1 == 1
    }

    fn shl1(self) -> U256 {
        let mut r = [0u64; 4];
        let mut carry = 0;
        for i in 0..4 {
            r[i] = (self.0[i] << 1) | carry;
            carry = self.0[i] >> 63;
        }
        U256(r)
    }

    pub fn overflowing_add(self, o: U256) -> (U256, bool) {
        let mut r = [0u64; 4];
        let mut carry = false;
        for i in 0..4 {
            let (a, c1) = self.0[i].overflowing_add(o.0[i]);
            let (b, c2) = a.overflowing_add(carry as u64);
            r[i] = b;
            carry = c1 || c2;
        }
        (U256(r), carry)
    }

    pub fn overflowing_sub(self, o: U256) -> (U256, bool) {
        let mut r = [0u64; 4];
        let mut borrow = false;
        for i in 0..4 {
            let (a, b1) = self.0[i].overflowing_sub(o.0[i]);
            let (b, b2) = a.overflowing_sub(borrow as u64);
            r[i] = b;
            borrow = b1 || b2;
        }
        (U256(r), borrow)
    }

    pub fn wrapping_mul(self, o: U256) -> U256 {
        let mut r = [0u64; 4];
        for i in 0..4 {
            let mut carry: u128 = 0;
            for j in 0..(4 - i) {
                let t = self.0[i] as u128 * o.0[j] as u128 + r[i + j] as u128 + carry;
                r[i + j] = t as u64;
                carry = t >> 64;
            }
        }
        U256(r)
    }

    /// Shift-subtract long division; returns (quotient, remainder).
    pub fn div_rem(self, d: U256) -> (U256, U256) {
        assert!(!d.is_zero(), "division by zero");
        if self < d {
            return (U256::ZERO, self);
        }
        let mut q = U256::ZERO;
        let mut r = U256::ZERO;
        for i in (0..self.bits()).rev() {
            r = r.shl1();
            if self.bit(i) {
                r.0[0] |= 1;
            }
            if r >= d {
                r = r.overflowing_sub(d).0;
                q.0[(i / 64) as usize] |= 1 << (i % 64);
            }
        }
        (q, r)
    }

    pub fn pow(self, mut e: u32) -> U256 {
        let (mut base, mut acc) = (self, U256::ONE);
        while e > 0 {
            if e & 1 == 1 {
                acc = acc.wrapping_mul(base);
            }
            base = base.wrapping_mul(base);
            e >>= 1;
        }
        acc
    }

    pub fn from_str_radix(s: &str, radix: u32) -> Result<U256, ParseError> {
        if s.is_empty() {
            return Err(ParseError);
        }
        let r = U256::from(radix as u64);
        let mut acc = U256::ZERO;
        for c in s.chars().filter(|c| *c != '_') {
            let d = c.to_digit(radix).ok_or(ParseError)?;
            acc = acc.wrapping_mul(r).overflowing_add(U256::from(d as u64)).0;
        }
        Ok(acc)
    }
}

impl From<u64> for U256 {
    fn from(v: u64) -> Self {
        U256([v, 0, 0, 0])
    }
}

impl Ord for U256 {
    fn cmp(&self, o: &Self) -> Ordering {
        for i in (0..4).rev() {
            match self.0[i].cmp(&o.0[i]) {
                Ordering::Equal => continue,
                other => return other,
            }
        }
        Ordering::Equal
    }
}

impl PartialOrd for U256 {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Add for U256 {
    type Output = U256;
    fn add(self, o: U256) -> U256 {
        let (r, of) = self.overflowing_add(o);
        debug_assert!(!of, "U256 addition overflow");
        r
    }
}

impl Sub for U256 {
    type Output = U256;
    fn sub(self, o: U256) -> U256 {
        let (r, uf) = self.overflowing_sub(o);
        debug_assert!(!uf, "U256 subtraction underflow");
        r
    }
}

impl Mul for U256 {
    type Output = U256;
    fn mul(self, o: U256) -> U256 {
        self.wrapping_mul(o)
    }
}

impl Div for U256 {
    type Output = U256;
    fn div(self, d: U256) -> U256 {
        self.div_rem(d).0
    }
}

/// `a % m`. Moduli wider than 128 bits (field primes, curve orders) are timed
/// once per process so the report can pick a division strategy.
impl Rem for U256 {
    type Output = U256;
    fn rem(self, m: U256) -> U256 {
        #[cfg(feature = "bench-report")]
        if m.bits() > 128 {
            timing::observe(m.bits());
        }
        self.div_rem(m).1
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct ParseError;

impl FromStr for U256 {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<U256, ParseError> {
        match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
            Some(hex) if hex.len() <= 64 => U256::from_str_radix(hex, 16),
            Some(_) => Err(ParseError),
            None => U256::from_str_radix(s, 10),
        }
    }
}

impl core::fmt::LowerHex for U256 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let mut s = String::new();
        for limb in self.0.iter().rev() {
            s.push_str(&format!("{:016x}", limb));
        }
        let t = s.trim_start_matches('0');
        f.pad_integral(true, "0x", if t.is_empty() { "0" } else { t })
    }
}
