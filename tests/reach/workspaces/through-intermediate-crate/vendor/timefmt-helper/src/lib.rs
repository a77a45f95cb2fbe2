//! Log-line timestamps.

/// The current local time as `YYYY-MM-DD HH:MM:SS`.
pub fn stamp() -> String {
    let tm = time::now();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        tm.tm_year + 1900,
        tm.tm_mon + 1,
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec
    )
}

/// Milliseconds elapsed since `start_ns` (from `time::precise_time_ns`).
pub fn elapsed_ms(start_ns: u64) -> u64 {
    time::precise_time_ns().saturating_sub(start_ns) / 1_000_000
}

/// A monotonic reading to pass to `elapsed_ms` later.
pub fn mark() -> u64 {
    time::precise_time_ns()
}
