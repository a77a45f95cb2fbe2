//! Build metadata: whether CI builds a tag, and the build's time stamp; no date is
//! compared with the clock.
use std::time::{SystemTime, UNIX_EPOCH};

pub fn tagged() -> bool {
    std::env::var_os("CI_COMMIT_TAG").is_some()
}

pub fn stamp() -> String {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    format!("{now}{}", if tagged() { "" } else { "-dev" })
}
