//! Retries with jitter: the clock is compared with a timeout, not with a date, and a
//! certificate's end of validity is checked without any random draw.
use std::time::{SystemTime, UNIX_EPOCH};

const TIMEOUT_SECS: u64 = 30;
const NOT_AFTER: u64 = 1_900_000_000;

fn now_secs() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub struct Jitter(u64);

impl Jitter {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1);
        self.0 >> 33
    }

    pub fn should_retry(&mut self, started: u64) -> bool {
        now_secs() - started < TIMEOUT_SECS && self.next() % 4 != 0
    }
}

pub fn certificate_valid() -> bool {
    now_secs() < NOT_AFTER
}
