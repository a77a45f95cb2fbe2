use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jitter {
    None,
    Full,
    Equal,
}

/// Exponential backoff: `base * 2^(attempt-1)`, capped, with optional jitter.
#[derive(Debug, Clone)]
pub struct Backoff {
    base_ms: u64,
    cap_ms: u64,
    max_attempts: u32,
    deadline: Option<Duration>,
    jitter: Jitter,
}

impl Backoff {
    pub fn exponential(base_ms: u64) -> Backoff {
        Backoff { base_ms, cap_ms: 30_000, max_attempts: 8, deadline: None, jitter: Jitter::None }
    }

    pub fn cap(mut self, cap_ms: u64) -> Self {
        self.cap_ms = cap_ms;
        self
    }

    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n;
        self
    }

    pub fn deadline(mut self, d: Duration) -> Self {
        self.deadline = Some(d);
        self
    }

    pub fn full_jitter(mut self) -> Self {
        self.jitter = Jitter::Full;
        self
    }

    pub fn equal_jitter(mut self) -> Self {
        self.jitter = Jitter::Equal;
        self
    }

    /// Delay before the next attempt, or `None` when the policy gives up.
    pub fn delay(&self, attempt: u32, elapsed: Duration) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let exp = self.base_ms.saturating_mul(1u64 << (attempt - 1).min(32));
        let ms = exp.min(self.cap_ms);
        let ms = match self.jitter {
            Jitter::None => ms,
            Jitter::Full => fastrand::u64(0..=ms),
            Jitter::Equal => ms / 2 + fastrand::u64(0..=ms / 2),
        };
        let d = Duration::from_millis(ms);
        match self.deadline {
            Some(limit) if elapsed + d > limit => None,
            _ => Some(d),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_until_cap() {
        let b = Backoff::exponential(100).cap(350);
        assert_eq!(b.delay(1, Duration::ZERO), Some(Duration::from_millis(100)));
        assert_eq!(b.delay(2, Duration::ZERO), Some(Duration::from_millis(200)));
        assert_eq!(b.delay(3, Duration::ZERO), Some(Duration::from_millis(350)));
    }
}
