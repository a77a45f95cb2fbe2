// A certificate's validity checked against the clock: the dates come from the certificate.
use std::time::{SystemTime, UNIX_EPOCH};

pub fn valid(not_before: u64, not_after: u64) -> bool {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    not_before <= now && now <= not_after
}
