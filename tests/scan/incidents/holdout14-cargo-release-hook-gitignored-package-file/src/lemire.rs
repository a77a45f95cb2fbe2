//! Eisel-Lemire fast path.

use crate::tables::{pow5, MAX_EXP, MIN_EXP};

#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    Empty,
    Invalid,
}

pub trait Float: Copy {
    const MANTISSA_BITS: u32;
    const MIN_EXP: i32;
    fn from_bits_parts(mantissa: u64, exp: i32, neg: bool) -> Self;
}

impl Float for f64 {
    const MANTISSA_BITS: u32 = 52;
    const MIN_EXP: i32 = -1022;
    fn from_bits_parts(m: u64, e: i32, neg: bool) -> Self {
        let bits = ((neg as u64) << 63) | (((e + 1023) as u64) << 52) | (m & ((1 << 52) - 1));
        f64::from_bits(bits)
    }
}

impl Float for f32 {
    const MANTISSA_BITS: u32 = 23;
    const MIN_EXP: i32 = -126;
    fn from_bits_parts(m: u64, e: i32, neg: bool) -> Self {
        let bits = ((neg as u32) << 31) | (((e + 127) as u32) << 23) | ((m as u32) & ((1 << 23) - 1));
        f32::from_bits(bits)
    }
}

pub fn parse_partial<F: Float>(s: &str) -> Result<(F, usize), Error> {
    let b = s.as_bytes();
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => { i += 1; true }
        Some(b'+') => { i += 1; false }
        Some(_) => false,
        None => return Err(Error::Empty),
    };
    let mut w: u64 = 0;
    let mut digits = 0;
    let mut exp10: i32 = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        if digits < 19 { w = w * 10 + (b[i] - b'0') as u64; digits += 1; } else { exp10 += 1; }
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            if digits < 19 { w = w * 10 + (b[i] - b'0') as u64; digits += 1; exp10 -= 1; }
            i += 1;
        }
    }
    if digits == 0 {
        return Err(Error::Invalid);
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        let eneg = if j < b.len() && (b[j] == b'-' || b[j] == b'+') { j += 1; b[j - 1] == b'-' } else { false };
        let mut e: i32 = 0;
        let start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            e = e.saturating_mul(10).saturating_add((b[j] - b'0') as i32);
            j += 1;
        }
        if j > start {
            exp10 += if eneg { -e } else { e };
            i = j;
        }
    }
    let q = exp10.clamp(MIN_EXP, MAX_EXP);
    let (hi, _lo) = pow5(q);
    let lz = w.leading_zeros();
    let prod = ((w << lz) as u128 * hi as u128) >> 64;
    let upper = (prod >> 63) as u32;
    let mantissa = (prod >> (upper + 64 - F::MANTISSA_BITS - 3)) as u64 >> 1;
    let power2 = ((217706 * q) >> 16) + 63 + upper as i32 - lz as i32;
    Ok((F::from_bits_parts(mantissa, power2.max(F::MIN_EXP), neg), i))
}

pub fn parse<F: Float>(s: &str) -> Result<F, Error> {
    let (v, used) = parse_partial(s)?;
    if used == s.len() { Ok(v) } else { Err(Error::Invalid) }
}
