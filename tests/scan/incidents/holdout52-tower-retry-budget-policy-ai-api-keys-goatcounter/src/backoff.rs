use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Full-jitter exponential backoff.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub base: Duration,
    pub cap: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff { base: Duration::from_millis(100), cap: Duration::from_secs(5) }
    }
}

impl Backoff {
    pub fn delay(&self, attempt: usize) -> Duration {
        let exp = self.base.saturating_mul(1u32 << attempt.min(16)).min(self.cap);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0) as u64;
        let jitter = (nanos.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 11) % (exp.as_millis() as u64 + 1);
        Duration::from_millis(jitter)
    }
}
