//! A stable per-machine identifier for node-locked licences: SHA-256 of the OS machine id and
//! the host name. Only this hash is ever shown or sent (by `activate()`), never the inputs.

use std::fs;
use std::process::Command;

use sha2::{Digest, Sha256};

fn os_machine_id() -> String {
    if cfg!(target_os = "linux") {
        for p in ["/etc/machine-id", "/var/lib/dbus/machine-id"] {
            if let Ok(s) = fs::read_to_string(p) {
                return s.trim().to_string();
            }
        }
    } else if cfg!(target_os = "macos") {
        if let Ok(out) = Command::new("ioreg").args(["-rd1", "-c", "IOPlatformExpertDevice"]).output() {
            let text = String::from_utf8_lossy(&out.stdout);
            if let Some(line) = text.lines().find(|l| l.contains("IOPlatformUUID")) {
                return line.rsplit('"').nth(1).unwrap_or_default().to_string();
            }
        }
    } else if cfg!(windows) {
        let key = r"HKLM\SOFTWARE\Microsoft\Cryptography";
        if let Ok(out) = Command::new("reg").args(["query", key, "/v", "MachineGuid"]).output() {
            let text = String::from_utf8_lossy(&out.stdout);
            if let Some(guid) = text.split_whitespace().last() {
                return guid.to_string();
            }
        }
    }
    String::new()
}

fn hostname() -> String {
    fs::read_to_string("/etc/hostname")
        .ok()
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_default()
        .trim()
        .to_lowercase()
}

/// Hex SHA-256 of machine id and host name; what a vendor puts in a node-locked licence.
pub fn machine_fingerprint() -> String {
    let mut h = Sha256::new();
    h.update(os_machine_id().as_bytes());
    h.update([0]);
    h.update(hostname().as_bytes());
    h.finalize().iter().map(|b| format!("{:02x}", b)).collect()
}
