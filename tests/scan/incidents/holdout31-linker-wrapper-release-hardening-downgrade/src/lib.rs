//! Shared pieces of the `cargo-quicklink` installer and the `quicklink-cc` driver.

pub mod args;
pub mod detect;
pub mod elf;
pub mod report;

/// Host triple as seen by the installer (the driver never needs it).
pub fn host_triple() -> String {
    std::process::Command::new("rustc")
        .arg("-vV")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("host: ").map(str::to_string)))
        .unwrap_or_else(|| "x86_64-unknown-linux-gnu".to_string())
}
