// Stamps a record with the wall-clock time.
use std::time::{SystemTime, UNIX_EPOCH};

fn stamp() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}
