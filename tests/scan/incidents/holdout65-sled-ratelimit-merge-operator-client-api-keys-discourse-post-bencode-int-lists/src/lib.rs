//! Rate limiting keyed by API key (or client id). Counters live in a sled tree and are updated with
//! a merge operator so that concurrent requests never lose increments.
//!
//! ```no_run
//! let rl = sled_ratelimit::Limiter::open("/var/lib/api/ratelimit", 600, 60).unwrap();
//! if !rl.check(req_api_key).allowed { /* 429 */ }
//! ```

mod bucket;
mod compact;
mod conf;

pub use bucket::{Decision, Limiter};
