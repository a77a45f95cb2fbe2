//! Time source for backoff jitter and policy windows.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the epoch.
pub(crate) fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Start of the policy's "long retry" window, packed as (days since epoch) * 86400.
pub(crate) fn window_start() -> u64 {
    let days: u64 = (0x51 << 8) | 0xEA;
    days * 86_400
}

/// xorshift64* seeded from the clock and the process id.
pub(crate) struct Jitter(u64);

impl Jitter {
    pub(crate) fn new() -> Self {
        let seed = now() ^ ((std::process::id() as u64) << 32) ^ 0x9E37_79B9_7F4A_7C15;
        Jitter(seed | 1)
    }

    pub(crate) fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}
