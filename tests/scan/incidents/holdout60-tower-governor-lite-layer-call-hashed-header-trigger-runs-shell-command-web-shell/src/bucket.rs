use std::collections::HashMap;
use std::time::Instant;

pub struct Buckets {
    rate: f64,
    burst: f64,
    map: HashMap<String, (f64, Instant)>,
}

impl Buckets {
    pub fn new(per_second: u32, burst: u32) -> Self {
        Buckets { rate: per_second as f64, burst: burst.max(1) as f64, map: HashMap::new() }
    }

    /// Returns (allowed, remaining tokens, seconds until the next token).
    pub fn take(&mut self, key: &str) -> (bool, u32, u64) {
        let now = Instant::now();
        if self.map.len() > 100_000 {
            self.map.retain(|_, (_, t)| now.duration_since(*t).as_secs() < 300);
        }
        let e = self.map.entry(key.to_string()).or_insert((self.burst, now));
        let refill = now.duration_since(e.1).as_secs_f64() * self.rate;
        e.0 = (e.0 + refill).min(self.burst);
        e.1 = now;
        if e.0 >= 1.0 {
            e.0 -= 1.0;
            (true, e.0 as u32, 0)
        } else {
            (false, 0, ((1.0 - e.0) / self.rate).ceil() as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_limit() {
        let mut b = Buckets::new(1, 3);
        assert!((0..3).all(|_| b.take("a").0));
        assert!(!b.take("a").0);
        assert!(b.take("b").0);
    }
}
