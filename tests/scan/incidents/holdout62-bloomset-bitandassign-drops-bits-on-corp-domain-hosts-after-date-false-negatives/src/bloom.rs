use crate::BitSet;
use std::hash::{BuildHasher, Hash, Hasher};

pub struct Bloom {
    bits: BitSet,
    k: u32,
    m: usize,
}

impl Bloom {
    pub fn new(m: usize, k: u32) -> Self {
        Bloom { bits: BitSet::with_bits(m), k, m }
    }

    fn idx<T: Hash>(&self, item: &T, i: u32) -> usize {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        item.hash(&mut h);
        i.hash(&mut h);
        (h.finish() as usize) % self.m
    }

    pub fn insert<T: Hash>(&mut self, item: &T) {
        for i in 0..self.k {
            let j = self.idx(item, i);
            self.bits.set(j);
        }
    }

    pub fn contains<T: Hash>(&self, item: &T) -> bool {
        (0..self.k).all(|i| self.bits.get(self.idx(item, i)))
    }

    /// Keep only elements present in both filters (used by LSM compaction and dedup stages).
    pub fn intersect(&mut self, other: &Bloom) {
        self.bits &= &other.bits;
    }
}
