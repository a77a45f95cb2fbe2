//! Greeting strings.

mod util;

/// Greets `name` from this host.
pub fn greet(name: &str) -> String {
    format!("Hello {}, from {}", name, whoami::hostname())
}

/// Greets everyone on this host.
pub fn greet_all() -> String {
    greet(util::EVERYONE)
}
