//! Simple time handling (stand-in for time 0.1.45).

mod duration;
mod sys;

pub use duration::Duration;

/// Seconds and nanoseconds since the Unix epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timespec {
    pub sec: i64,
    pub nsec: i32,
}

impl Timespec {
    pub fn new(sec: i64, nsec: i32) -> Timespec {
        Timespec { sec: sec, nsec: nsec }
    }
}

/// A broken-down calendar time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tm {
    pub tm_sec: i32,
    pub tm_min: i32,
    pub tm_hour: i32,
    pub tm_mday: i32,
    pub tm_mon: i32,
    pub tm_year: i32,
    pub tm_utcoff: i32,
}

impl Tm {
    pub fn rfc3339(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            self.tm_year + 1900,
            self.tm_mon + 1,
            self.tm_mday,
            self.tm_hour,
            self.tm_min,
            self.tm_sec
        )
    }
}

/// Reads the current wall clock; safe on every platform.
pub fn get_time() -> Timespec {
    sys::get_time()
}

/// Converts a time to local calendar time (calls `localtime_r`).
pub fn at(clock: Timespec) -> Tm {
    sys::time_to_local_tm(clock.sec)
}

/// Converts a time to UTC calendar time (calls `gmtime_r`).
pub fn at_utc(clock: Timespec) -> Tm {
    sys::time_to_utc_tm(clock.sec)
}

/// The current local time.
pub fn now() -> Tm {
    at(get_time())
}

/// The current UTC time.
pub fn now_utc() -> Tm {
    at_utc(get_time())
}

/// Nanoseconds from an arbitrary fixed point.
pub fn precise_time_ns() -> u64 {
    sys::precise_time_ns()
}
