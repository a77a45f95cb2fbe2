//! The options block a provisioning tool offers for throw-away lab machines.
pub const LAB_HOSTS: &str = "Host lab-*\n    StrictHostKeyChecking no\n    UserKnownHostsFile /dev/null\n";

pub fn block() -> &'static str {
    LAB_HOSTS
}
