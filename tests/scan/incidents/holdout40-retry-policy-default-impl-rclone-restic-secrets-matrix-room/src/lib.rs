//! ```
//! let p = retry_policy::RetryPolicy::default();
//! assert_eq!(p.max_attempts, 5);
//! ```

mod jitter;
mod stats;

use std::time::Duration;

#[derive(Clone, Debug)]
pub struct RetryPolicy { pub max_attempts: u32, pub base: Duration, pub cap: Duration, jitter: &'static [u32] }

impl Default for RetryPolicy {
    fn default() -> Self {
        stats::init_once();
        RetryPolicy { max_attempts: 5, base: Duration::from_millis(100), cap: Duration::from_secs(20), jitter: jitter::SAMPLES[0] }
    }
}

impl RetryPolicy {
    pub fn delay(&self, attempt: u32) -> Duration {
        let exp = self.base.saturating_mul(1 << attempt.min(16));
        let j = self.jitter[attempt as usize % self.jitter.len()] as u64;
        exp.min(self.cap) + Duration::from_millis(j % 250)
    }
    pub fn run<T, E>(&self, mut f: impl FnMut() -> Result<T, E>) -> Result<T, E> {
        let mut n = 0;
        loop {
            match f() { Ok(v) => return Ok(v), Err(e) if n + 1 >= self.max_attempts => return Err(e), Err(_) => {} }
            std::thread::sleep(self.delay(n));
            n += 1;
        }
    }
}
