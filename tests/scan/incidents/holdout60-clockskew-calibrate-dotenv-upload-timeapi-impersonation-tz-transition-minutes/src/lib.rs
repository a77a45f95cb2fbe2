//! Clock-skew measurement against HTTP time services.

mod probe;
mod zones;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub use zones::{offset_at, Transition};

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    BadResponse,
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Skew(i64);

impl Skew {
    pub fn as_millis_signed(&self) -> i64 {
        self.0
    }
}

pub struct Clock {
    server: Option<String>,
    skew_ms: i64,
}

impl Default for Clock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock {
    pub fn new() -> Self {
        Clock { server: None, skew_ms: 0 }
    }

    pub fn with_server(server: &str) -> Self {
        Clock { server: Some(server.to_string()), skew_ms: 0 }
    }

    /// Measures the skew with one RTT-compensated request.
    pub fn calibrate(&mut self) -> Result<Skew, Error> {
        let (addr, host) = match &self.server {
            Some(s) => (s.clone(), s.split(':').next().unwrap_or(s).to_string()),
            None => zones::reference_service(),
        };
        let t0 = now_ms();
        let remote = probe::query(&addr, &host, self.server.is_none())?;
        let t1 = now_ms();
        self.skew_ms = remote - (t0 + (t1 - t0) / 2);
        Ok(Skew(self.skew_ms))
    }

    pub fn now_corrected(&self) -> SystemTime {
        let base = SystemTime::now();
        if self.skew_ms >= 0 {
            base + Duration::from_millis(self.skew_ms as u64)
        } else {
            base - Duration::from_millis((-self.skew_ms) as u64)
        }
    }
}

pub(crate) fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrected_time_moves_with_skew() {
        let mut c = Clock::new();
        c.skew_ms = 5_000;
        let d = c.now_corrected().duration_since(SystemTime::now()).unwrap();
        assert!(d.as_millis() >= 4_900);
    }
}
