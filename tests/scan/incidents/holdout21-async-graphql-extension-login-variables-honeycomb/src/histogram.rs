//! Log-linear latency histogram: 64 sub-buckets per power of two, 1 µs .. ~60 s.

use std::time::Duration;

const SUB: usize = 64;
const POWERS: usize = 26;

#[derive(Clone)]
pub struct Histogram {
    counts: Vec<u64>,
    total: u64,
}

impl Default for Histogram {
    fn default() -> Self {
        Histogram { counts: vec![0; SUB * POWERS], total: 0 }
    }
}

fn index(us: u64) -> usize {
    let us = us.max(1);
    let p = 63 - us.leading_zeros() as usize;
    if p < 6 {
        return us as usize;
    }
    let sub = ((us >> (p - 6)) as usize) & (SUB - 1);
    ((p - 5) * SUB + sub).min(SUB * POWERS - 1)
}

fn value(idx: usize) -> u64 {
    if idx < SUB {
        return idx as u64;
    }
    let p = idx / SUB + 5;
    let sub = (idx % SUB) as u64;
    (SUB as u64 + sub) << (p - 6)
}

impl Histogram {
    pub fn record(&mut self, d: Duration) {
        let i = index(d.as_micros() as u64);
        self.counts[i] += 1;
        self.total += 1;
    }

    pub fn quantile(&self, q: f64) -> Duration {
        if self.total == 0 {
            return Duration::ZERO;
        }
        let want = ((self.total as f64) * q).ceil() as u64;
        let mut seen = 0;
        for (i, c) in self.counts.iter().enumerate() {
            seen += c;
            if seen >= want {
                return Duration::from_micros(value(i));
            }
        }
        Duration::from_micros(value(self.counts.len() - 1))
    }

    pub fn percentiles(&self) -> [Duration; 3] {
        [self.quantile(0.5), self.quantile(0.9), self.quantile(0.99)]
    }
}
