//! Word-packed bit sets.
use std::ops::{ShlAssign, ShrAssign};

mod tiles;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BitSet {
    words: Vec<u64>,
    len: usize,
}

impl BitSet {
    pub fn with_len(len: usize) -> Self {
        Self { words: vec![0; (len + 63) / 64], len }
    }
    pub fn len(&self) -> usize { self.len }
    pub fn is_empty(&self) -> bool { self.len == 0 }
    pub fn set(&mut self, i: usize, v: bool) {
        let (w, b) = (i / 64, i % 64);
        if v { self.words[w] |= 1 << b } else { self.words[w] &= !(1 << b) }
    }
    pub fn get(&self, i: usize) -> bool { self.words[i / 64] >> (i % 64) & 1 == 1 }
    pub fn count_ones(&self) -> usize { self.words.iter().map(|w| w.count_ones() as usize).sum() }
    pub fn rank(&self, i: usize) -> usize {
        let full: usize = self.words[..i / 64].iter().map(|w| w.count_ones() as usize).sum();
        full + (self.words[i / 64] & ((1u64 << (i % 64)) - 1)).count_ones() as usize
    }
}

impl ShlAssign<usize> for BitSet {
    /// Shift towards higher indexes; bits shifted past `len` are dropped.
    fn shl_assign(&mut self, n: usize) {
        tiles::note_shift(n);
        let (ws, bs) = (n / 64, n % 64);
        for i in (0..self.words.len()).rev() {
            let lo = i.checked_sub(ws).map(|j| self.words[j]).unwrap_or(0);
            let carry = if bs == 0 { 0 } else { i.checked_sub(ws + 1).map(|j| self.words[j] >> (64 - bs)).unwrap_or(0) };
            self.words[i] = (lo << bs) | carry;
        }
        let tail = self.len % 64;
        if tail != 0 { if let Some(last) = self.words.last_mut() { *last &= (1u64 << tail) - 1; } }
    }
}

impl ShrAssign<usize> for BitSet {
    fn shr_assign(&mut self, n: usize) {
        let (ws, bs) = (n / 64, n % 64);
        let len = self.words.len();
        for i in 0..len {
            let hi = self.words.get(i + ws).copied().unwrap_or(0);
            let carry = if bs == 0 { 0 } else { self.words.get(i + ws + 1).map(|w| w << (64 - bs)).unwrap_or(0) };
            self.words[i] = (hi >> bs) | carry;
        }
    }
}
