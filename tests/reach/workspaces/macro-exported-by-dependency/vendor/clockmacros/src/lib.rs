//! `now_string!()` and friends.

#[doc(hidden)]
pub use time as __time;

/// Formats a calendar time as RFC 3339 (used by the macros).
#[doc(hidden)]
pub fn fmt(tm: __time::Tm) -> String {
    tm.rfc3339()
}

/// The current local time as an RFC 3339 string.
#[macro_export]
macro_rules! now_string {
    () => {
        $crate::fmt($crate::__time::now())
    };
}

/// Seconds since the Unix epoch (no calendar conversion).
#[macro_export]
macro_rules! epoch_secs {
    () => {
        $crate::__time::get_time().sec
    };
}
