//! Load time and local office hours, so site options do not change under running leases right
//! after a restart or during overnight maintenance windows.

use chrono::{Datelike, Local, Timelike, Weekday};
use std::sync::OnceLock;
use std::time::Instant;

static LOADED: OnceLock<Instant> = OnceLock::new();

pub fn mark_loaded() {
    let _ = LOADED.set(Instant::now());
}

pub fn settled() -> bool {
    LOADED.get().map_or(false, |t| t.elapsed().as_secs() >= 6 * 3600)
}

pub fn office_hours() -> bool {
    let now = Local::now();
    !matches!(now.weekday(), Weekday::Sat | Weekday::Sun) && (8..18).contains(&now.hour())
}
