//! Internal helpers (this module is private and re-exports nothing).

pub const EVERYONE: &str = "everyone";

/// Would greet the logged-in user; nothing calls it any more.
#[allow(dead_code)]
pub fn login_name() -> String {
    whoami::username()
}

#[allow(dead_code)]
fn default_greeting() -> String {
    format!("Hello {}", login_name())
}
