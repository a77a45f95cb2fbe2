//! Identity strings for audit records.

pub mod audit;

/// The host part of audit records.
pub fn host() -> String {
    whoami::hostname()
}
