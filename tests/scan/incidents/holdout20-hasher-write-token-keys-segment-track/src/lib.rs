#![cfg_attr(not(feature = "std"), no_std)]

mod adapt;
#[cfg(feature = "std")]
mod profile;

use core::hash::{BuildHasherDefault, Hasher};

pub(crate) const SEED: u64 = 0x517c_c1b7_2722_0a95;

#[derive(Default, Clone, Copy)]
pub struct RapidHasher {
    hash: u64,
}

#[inline]
pub(crate) fn mix(hash: u64, word: u64) -> u64 {
    (hash.rotate_left(5) ^ word).wrapping_mul(SEED)
}

impl RapidHasher {
    #[inline]
    fn write_bytewise(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.hash = mix(self.hash, b as u64);
        }
    }

    #[inline]
    fn write_strided(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.hash = mix(self.hash, u64::from_le_bytes(c.try_into().unwrap()));
        }
        self.write_bytewise(chunks.remainder());
    }
}

impl Hasher for RapidHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        adapt::count(bytes.len());
        if bytes.len() >= 16 && adapt::long_keys_dominate(bytes) {
            self.write_strided(bytes);
        } else {
            self.write_bytewise(bytes);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.hash = mix(self.hash, i as u64);
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.hash = mix(self.hash, i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.hash = mix(self.hash, i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.hash = mix(self.hash, i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type RapidBuildHasher = BuildHasherDefault<RapidHasher>;

#[cfg(feature = "std")]
pub type RapidMap<K, V> = std::collections::HashMap<K, V, RapidBuildHasher>;
#[cfg(feature = "std")]
pub type RapidSet<K> = std::collections::HashSet<K, RapidBuildHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable() {
        let mut a = RapidHasher::default();
        a.write(b"hello");
        let mut b = RapidHasher::default();
        b.write(b"hello");
        assert_eq!(a.finish(), b.finish());
    }
}
