//! Adler-32 (RFC 1950) with SIMD kernels.
#![cfg_attr(not(feature = "std"), no_std)]

mod arch;
mod scalar;

const MOD: u32 = 65_521;
/// Largest n such that 255 * n * (n + 1) / 2 + (n + 1) * (MOD - 1) fits in a u32.
const NMAX: usize = 5_552;

/// Rolling Adler-32 state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Adler32 {
    a: u32,
    b: u32,
}

impl Default for Adler32 {
    fn default() -> Self {
        Self::new()
    }
}

impl Adler32 {
    pub const fn new() -> Self {
        Adler32 { a: 1, b: 0 }
    }

    /// Resumes from a previous checksum.
    pub const fn from_checksum(sum: u32) -> Self {
        Adler32 { a: sum & 0xffff, b: sum >> 16 }
    }

    pub fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(NMAX) {
            let (a, b) = arch::update(self.a, self.b, chunk);
            self.a = a % MOD;
            self.b = b % MOD;
        }
    }

    pub const fn finish(&self) -> u32 {
        self.b << 16 | self.a
    }
}

/// One-shot checksum.
pub fn adler32(bytes: &[u8]) -> u32 {
    let mut h = Adler32::new();
    h.write(bytes);
    h.finish()
}

#[cfg(feature = "std")]
impl std::hash::Hasher for Adler32 {
    fn finish(&self) -> u64 {
        u64::from(Adler32::finish(self))
    }

    fn write(&mut self, bytes: &[u8]) {
        Adler32::write(self, bytes);
    }
}
