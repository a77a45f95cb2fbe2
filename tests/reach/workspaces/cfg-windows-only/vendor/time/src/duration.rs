//! Signed durations.

use std::ops::Add;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Duration {
    secs: i64,
    nanos: i32,
}

impl Duration {
    pub fn zero() -> Duration {
        Duration { secs: 0, nanos: 0 }
    }

    pub fn seconds(seconds: i64) -> Duration {
        Duration { secs: seconds, nanos: 0 }
    }

    pub fn minutes(minutes: i64) -> Duration {
        Duration::seconds(minutes * 60)
    }

    pub fn milliseconds(ms: i64) -> Duration {
        Duration { secs: ms / 1000, nanos: ((ms % 1000) * 1_000_000) as i32 }
    }

    pub fn num_seconds(&self) -> i64 {
        self.secs
    }

    pub fn num_milliseconds(&self) -> i64 {
        self.secs * 1000 + (self.nanos / 1_000_000) as i64
    }
}

impl Add for Duration {
    type Output = Duration;

    fn add(self, rhs: Duration) -> Duration {
        let nanos = self.nanos + rhs.nanos;
        Duration {
            secs: self.secs + rhs.secs + (nanos / 1_000_000_000) as i64,
            nanos: nanos % 1_000_000_000,
        }
    }
}
