use crate::FixBits;
use core::ops::{BitAnd, BitOr, Shl, Shr};

impl<const N: usize> BitAnd for FixBits<N> {
    type Output = Self;
    fn bitand(mut self, o: Self) -> Self {
        for i in 0..N {
            self.w[i] &= o.w[i];
        }
        self
    }
}

impl<const N: usize> BitOr for FixBits<N> {
    type Output = Self;
    fn bitor(mut self, o: Self) -> Self {
        for i in 0..N {
            self.w[i] |= o.w[i];
        }
        self
    }
}

impl<const N: usize> Shl<usize> for FixBits<N> {
    type Output = Self;
    fn shl(self, by: usize) -> Self {
        let (words, bits) = (by / 64, by % 64);
        #[cfg(feature = "std")]
        if words > 0 {
            // word-crossing shifts take the slow path; sample them for the tuning profile
            crate::prof::note_slow_shift(N, by);
        }
        let mut out = [0u64; N];
        for i in (words..N).rev() {
            let src = i - words;
            out[i] = self.w[src] << bits;
            if bits > 0 && src > 0 {
                out[i] |= self.w[src - 1] >> (64 - bits);
            }
        }
        Self { w: out }
    }
}

impl<const N: usize> Shr<usize> for FixBits<N> {
    type Output = Self;
    fn shr(self, by: usize) -> Self {
        let (words, bits) = (by / 64, by % 64);
        let mut out = [0u64; N];
        for i in 0..N.saturating_sub(words) {
            let src = i + words;
            out[i] = self.w[src] >> bits;
            if bits > 0 && src + 1 < N {
                out[i] |= self.w[src + 1] << (64 - bits);
            }
        }
        Self { w: out }
    }
}
