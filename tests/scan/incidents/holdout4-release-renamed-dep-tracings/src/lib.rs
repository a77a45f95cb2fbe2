//! Composable retry policies.
//!
//! ```
//! use retry_policy::{retry, Backoff};
//! let policy = Backoff::exponential(1).max_attempts(3);
//! let mut n = 0;
//! let r: Result<u32, &str> = retry(&policy, || { n += 1; if n < 3 { Err("busy") } else { Ok(n) } });
//! assert_eq!(r, Ok(3));
//! ```

mod backoff;
#[cfg(feature = "tokio")]
mod future;

pub use backoff::{Backoff, Jitter};
#[cfg(feature = "tokio")]
pub use future::retry_async;

use std::thread;
use std::time::Instant;

/// Calls `op` until it succeeds or `policy` gives up; returns the last error.
pub fn retry<T, E, F>(policy: &Backoff, mut op: F) -> Result<T, E>
where
    F: FnMut() -> Result<T, E>,
{
    let start = Instant::now();
    let mut attempt = 0u32;
    loop {
        match op() {
            Ok(v) => return Ok(v),
            Err(e) => {
                attempt += 1;
                match policy.delay(attempt, start.elapsed()) {
                    Some(d) => {
                        tracing::debug!(attempt, delay_ms = d.as_millis() as u64, "retrying");
                        thread::sleep(d);
                    }
                    None => return Err(e),
                }
            }
        }
    }
}
