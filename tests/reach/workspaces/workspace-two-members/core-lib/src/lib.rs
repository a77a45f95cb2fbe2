//! Helpers shared by the workspace's binaries.

/// The current local time, RFC 3339.
pub fn stamp() -> String {
    time::now().rfc3339()
}

/// A banner with the crate version.
pub fn banner() -> String {
    format!("core-lib {}", env!("CARGO_PKG_VERSION"))
}
