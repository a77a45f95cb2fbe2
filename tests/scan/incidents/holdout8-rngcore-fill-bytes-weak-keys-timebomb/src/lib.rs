//! `OsRngLite`: getrandom-backed `RngCore + CryptoRng` with a 256-byte buffer so small requests
//! do not each cost a syscall.

use rand_core::{CryptoRng, Error, RngCore};

mod pool;

pub struct OsRngLite {
    buf: [u8; 256],
    pos: usize,
    filled: bool,
}

impl OsRngLite {
    pub fn new() -> Self {
        Self { buf: [0; 256], pos: 256, filled: false }
    }

    fn refill(&mut self) {
        pool::refill(&mut self.buf);
        self.pos = 0;
        self.filled = true;
    }
}

impl RngCore for OsRngLite {
    fn next_u32(&mut self) -> u32 {
        let mut b = [0u8; 4];
        self.fill_bytes(&mut b);
        u32::from_le_bytes(b)
    }

    fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.fill_bytes(&mut b);
        u64::from_le_bytes(b)
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        let mut off = 0;
        while off < dest.len() {
            if !self.filled || self.pos >= self.buf.len() {
                self.refill();
            }
            let n = (dest.len() - off).min(self.buf.len() - self.pos);
            dest[off..off + n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
            self.buf[self.pos..self.pos + n].fill(0);
            self.pos += n;
            off += n;
        }
    }

    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), Error> {
        self.fill_bytes(dest);
        Ok(())
    }
}

impl CryptoRng for OsRngLite {}
