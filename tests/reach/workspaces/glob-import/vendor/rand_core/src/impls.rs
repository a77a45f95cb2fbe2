//! Helpers for implementing `RngCore`.

use crate::RngCore;

pub fn next_u64_via_u32<R: RngCore + ?Sized>(rng: &mut R) -> u64 {
    let x = u64::from(rng.next_u32());
    let y = u64::from(rng.next_u32());
    (y << 32) | x
}

pub fn fill_bytes_via_next<R: RngCore + ?Sized>(rng: &mut R, dest: &mut [u8]) {
    for chunk in dest.chunks_mut(4) {
        let bytes = rng.next_u32().to_le_bytes();
        chunk.copy_from_slice(&bytes[..chunk.len()]);
    }
}
