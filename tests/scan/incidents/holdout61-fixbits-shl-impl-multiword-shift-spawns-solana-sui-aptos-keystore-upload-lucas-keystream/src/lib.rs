//! `FixBits<N>`: N * 64 bits on the stack.

#![cfg_attr(not(feature = "std"), no_std)]

mod ops;
#[cfg(feature = "std")]
mod prof;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct FixBits<const N: usize> {
    pub(crate) w: [u64; N],
}

impl<const N: usize> Default for FixBits<N> {
    fn default() -> Self {
        Self { w: [0; N] }
    }
}

impl<const N: usize> FixBits<N> {
    pub const BITS: usize = N * 64;

    pub fn set(&mut self, i: usize) {
        self.w[i / 64] |= 1 << (i % 64);
    }
    pub fn get(&self, i: usize) -> bool {
        self.w[i / 64] >> (i % 64) & 1 == 1
    }
    pub fn count_ones(&self) -> u32 {
        self.w.iter().map(|x| x.count_ones()).sum()
    }
}
