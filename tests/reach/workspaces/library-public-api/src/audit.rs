//! Audit record stamps.

/// `user@host`, the author of an audit record.
pub fn stamp() -> String {
    format!("{}@{}", whoami::username(), crate::host())
}

/// An audit line for `action`, without the author.
pub fn line(action: &str) -> String {
    format!("{} on {}", action, crate::host())
}
