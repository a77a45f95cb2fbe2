//! The options block for a bastion: host keys checked, keep-alives on.
pub const BASTION: &str = "Host bastion\n    StrictHostKeyChecking yes\n    ServerAliveInterval 30\n";

pub fn block() -> &'static str {
    BASTION
}
