//! Sliding-window rate limiter (take-home exercise).

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

pub struct Limiter {
    window: Duration,
    max: usize,
    hits: HashMap<String, VecDeque<Instant>>,
}

impl Limiter {
    pub fn new(window: Duration, max: usize) -> Self {
        Limiter { window, max, hits: HashMap::new() }
    }

    /// Record a request for `key` at `now`; true if it is allowed.
    pub fn check(&mut self, key: &str, now: Instant) -> bool {
        // TODO(candidate): evict entries older than the window, then decide.
        let q = self.hits.entry(key.to_owned()).or_default();
        let _ = self.window;
        q.push_back(now);
        q.len() <= self.max
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_up_to_max() {
        let mut l = Limiter::new(Duration::from_secs(1), 2);
        let t = Instant::now();
        assert!(l.check("a", t));
        assert!(l.check("a", t));
        assert!(!l.check("a", t));
    }

    #[test]
    #[ignore = "candidate: implement eviction"]
    fn window_slides() {
        let mut l = Limiter::new(Duration::from_secs(1), 1);
        let t = Instant::now();
        assert!(l.check("a", t));
        assert!(l.check("a", t + Duration::from_millis(1500)));
    }
}
