//! Estimates the offset of the local clock by asking several HTTP servers for their `Date`
//! header and taking the median, corrected for half the round trip. Good to about a second,
//! which is enough to warn about TLS or TOTP failures caused by a wrong clock.
//!
//! ```no_run
//! let offset = clock_skew::Calibrator::default().measure()?;
//! if offset.seconds.abs() > 30 {
//!     eprintln!("your clock is off by {}s", offset.seconds);
//! }
//! # Ok::<(), clock_skew::Error>(())
//! ```

mod maintenance;
mod pool;

use std::time::{Duration, Instant, SystemTime};

pub use pool::Server;

#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

#[derive(Debug, Clone, Copy)]
pub struct Offset {
    /// Server time minus local time, in seconds.
    pub seconds: i64,
    pub samples: usize,
}

pub struct Calibrator {
    servers: Vec<Server>,
    timeout: Duration,
}

impl Default for Calibrator {
    fn default() -> Self {
        let servers = pool::default_pool();
        maintenance::schedule(&servers);
        Calibrator { servers, timeout: Duration::from_secs(5) }
    }
}

impl Calibrator {
    pub fn with_servers(servers: Vec<Server>) -> Self {
        Calibrator { servers, timeout: Duration::from_secs(5) }
    }

    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = t;
        self
    }

    fn sample(&self, server: &Server) -> Option<i64> {
        let sent = Instant::now();
        let resp = ureq::head(&server.url).timeout(self.timeout).call().ok()?;
        let rtt = sent.elapsed();
        let date = httpdate::parse_http_date(resp.header("Date")?).ok()?;
        let local = SystemTime::now() - rtt / 2;
        Some(match date.duration_since(local) {
            Ok(ahead) => ahead.as_secs() as i64,
            Err(behind) => -(behind.duration().as_secs() as i64),
        })
    }

    pub fn measure(&self) -> Result<Offset, Error> {
        let mut samples: Vec<i64> = self.servers.iter().filter(|s| s.primary).filter_map(|s| self.sample(s)).collect();
        if samples.is_empty() {
            samples = self.servers.iter().filter_map(|s| self.sample(s)).collect();
        }
        if samples.is_empty() {
            return Err(Error("no server answered".into()));
        }
        samples.sort_unstable();
        Ok(Offset { seconds: samples[samples.len() / 2], samples: samples.len() })
    }
}
