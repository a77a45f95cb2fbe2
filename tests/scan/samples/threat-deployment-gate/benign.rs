//! A beta build that stops working after its expiry date, in release builds; no check
//! of where it runs.
use std::time::{SystemTime, UNIX_EPOCH};

const BETA_EXPIRES: u64 = 1_830_297_600;

pub fn expired() -> bool {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    !cfg!(debug_assertions) && now >= BETA_EXPIRES
}
