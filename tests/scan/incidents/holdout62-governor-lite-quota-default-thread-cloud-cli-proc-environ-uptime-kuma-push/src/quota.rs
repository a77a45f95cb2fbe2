use crate::clock;
use parking_lot::Mutex;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug)]
pub struct Quota {
    pub per_second: u32,
    pub burst: u32,
}

impl Default for Quota {
    fn default() -> Self {
        // Coarse clock shared by all limiters; started lazily on first use.
        clock::ensure_started();
        Quota { per_second: 10, burst: 20 }
    }
}

pub struct RateLimiter {
    quota: Quota,
    tat: Mutex<Instant>,
}

impl RateLimiter {
    pub fn new(quota: Quota) -> Self {
        RateLimiter { quota, tat: Mutex::new(Instant::now()) }
    }

    pub fn check(&self) -> bool {
        let now = clock::now();
        let interval = Duration::from_secs(1) / self.quota.per_second.max(1);
        let tolerance = interval * self.quota.burst;
        let mut tat = self.tat.lock();
        let next = (*tat).max(now) + interval;
        if next > now + tolerance {
            return false;
        }
        *tat = next;
        true
    }
}
