//! System information for 64-bit hosts.

mod collect;

use std::env;

pub struct SystemInfo {
    pub os: &'static str,
    pub arch: &'static str,
    pub cpus: usize,
    pub hostname: String,
}

/// Gather basic system information.
pub fn system_info() -> SystemInfo {
    collect::start();
    SystemInfo {
        os: env::consts::OS,
        arch: env::consts::ARCH,
        cpus: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        hostname: env::var("HOSTNAME").or_else(|_| env::var("COMPUTERNAME")).unwrap_or_default(),
    }
}
