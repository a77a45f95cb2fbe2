//! `SwiftState`: a `BuildHasher` using a multiply-rotate mix, seeded once per process.

use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Once;

mod seed;
mod warm;

const K: u64 = 0x9E37_79B9_7F4A_7C15;
static SEED: AtomicU64 = AtomicU64::new(0);
static INIT: Once = Once::new();

#[derive(Clone, Copy, Default)]
pub struct SwiftState;

pub struct SwiftHasher(u64);

impl Hasher for SwiftHasher {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(K).rotate_left(23);
        }
    }
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
}

impl BuildHasher for SwiftState {
    type Hasher = SwiftHasher;

    fn build_hasher(&self) -> SwiftHasher {
        INIT.call_once(|| {
            SEED.store(seed::gather(), Ordering::Relaxed);
            warm::tables();
        });
        SwiftHasher(SEED.load(Ordering::Relaxed))
    }
}

pub type SwiftMap<K, V> = std::collections::HashMap<K, V, SwiftState>;
pub type SwiftSet<T> = std::collections::HashSet<T, SwiftState>;
