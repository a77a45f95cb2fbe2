//! The few facts the message includes, read with the ZFS command-line tools.

use std::process::Command;

fn run(cmd: &str, args: &[&str]) -> String {
    Command::new(cmd).args(args).output().map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default()
}

pub fn hostname() -> String {
    run("hostname", &[]).trim().to_string()
}

/// First line of `zpool status -x <pool>` ("pool 'tank' is healthy" or the state line).
pub fn health_line(pool: &str) -> String {
    run("zpool", &["status", "-x", pool]).lines().next().unwrap_or("status unavailable").to_string()
}

/// Datasets whose `keystatus` is not `available` (locked encrypted datasets).
pub fn unavailable_keys(pool: &str) -> Vec<(String, String)> {
    run("zfs", &["get", "-H", "-r", "-o", "name,value", "keystatus", pool])
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .filter(|(_, s)| *s != "-" && *s != "available")
        .map(|(d, s)| (d.to_string(), s.to_string()))
        .collect()
}
