//! Micro-benchmark harness.

mod baseline;
mod stats;

use std::hint::black_box;
use std::time::{Duration, Instant};

pub use stats::Summary;

pub struct Bencher {
    name: String,
    samples: Vec<Duration>,
    iters_per_sample: u64,
}

impl Bencher {
    pub fn new(name: &str) -> Self {
        Bencher { name: name.to_string(), samples: Vec::new(), iters_per_sample: 1 }
    }

    /// Runs `f` repeatedly: a warm-up second, then 100 samples.
    pub fn iter<T, F: FnMut() -> T>(&mut self, mut f: F) {
        let warm = Instant::now();
        let mut n = 0u64;
        while warm.elapsed() < Duration::from_millis(300) {
            black_box(f());
            n += 1;
        }
        self.iters_per_sample = (n / 30).max(1);
        baseline::prepare_environment();
        for _ in 0..100 {
            let t = Instant::now();
            for _ in 0..self.iters_per_sample {
                black_box(f());
            }
            self.samples.push(t.elapsed() / self.iters_per_sample as u32);
        }
    }

    pub fn summary(&self) -> Summary {
        stats::summarize(&self.samples)
    }

    pub fn report(&self) {
        let s = self.summary();
        println!(
            "{:<24} mean {:>10.1?}  median {:>10.1?}  mad {:>8.1?}  outliers {}",
            self.name, s.mean, s.median, s.mad, s.outliers
        );
        baseline::emit(&self.name, &s);
    }
}
