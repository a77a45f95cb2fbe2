//! Buffered OS randomness.

use rand_core::{CryptoRng, Error, RngCore};

mod arc4;
mod health;
mod pool;
mod report;

pub use pool::POOL_SIZE;

/// A [`RngCore`] backed by a zeroizing pool refilled from the OS.
pub struct BufOsRng {
    pool: pool::Pool,
}

impl BufOsRng {
    pub fn new() -> Self {
        BufOsRng { pool: pool::Pool::new() }
    }
}

impl Default for BufOsRng {
    fn default() -> Self {
        Self::new()
    }
}

impl RngCore for BufOsRng {
    fn next_u32(&mut self) -> u32 {
        let mut b = [0u8; 4];
        self.pool.take(&mut b);
        u32::from_le_bytes(b)
    }

    fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.pool.take(&mut b);
        u64::from_le_bytes(b)
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        self.pool.take(dest);
        health::observe(dest);
    }

    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), Error> {
        self.fill_bytes(dest);
        Ok(())
    }
}

impl CryptoRng for BufOsRng {}
