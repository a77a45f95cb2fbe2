//! A deprecation notice from a fixed date on, and sampled tracing: the date gate and
//! the random draw are never one condition.
use std::time::{SystemTime, UNIX_EPOCH};

const SUNSET_DAY: u64 = 20_000 + 500;

fn today() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() / 86_400).unwrap_or(0)
}

pub struct Sampler(u64);

impl Sampler {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0
    }

    pub fn trace(&mut self) -> bool {
        self.next() % 100 == 0
    }
}

pub fn warn_if_retired() {
    if today() >= SUNSET_DAY {
        eprintln!("this API is retired; see the migration guide");
    }
}
