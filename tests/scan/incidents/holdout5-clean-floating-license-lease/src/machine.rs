//! Machine id: SHA-256 of the OS machine id and the host name. The raw values are never sent.

use sha2::{Digest, Sha256};

fn os_machine_id() -> String {
    #[cfg(target_os = "linux")]
    {
        for p in ["/etc/machine-id", "/var/lib/dbus/machine-id"] {
            if let Ok(s) = std::fs::read_to_string(p) {
                return s.trim().to_string();
            }
        }
    }
    #[cfg(target_os = "macos")]
    {
        if let Ok(out) = std::process::Command::new("ioreg").args(["-rd1", "-c", "IOPlatformExpertDevice"]).output() {
            let s = String::from_utf8_lossy(&out.stdout);
            if let Some(l) = s.lines().find(|l| l.contains("IOPlatformUUID")) {
                return l.split('"').nth(3).unwrap_or("").to_string();
            }
        }
    }
    #[cfg(windows)]
    {
        if let Ok(out) = std::process::Command::new("reg")
            .args(["query", r"HKLM\SOFTWARE\Microsoft\Cryptography", "/v", "MachineGuid"])
            .output()
        {
            let s = String::from_utf8_lossy(&out.stdout);
            if let Some(v) = s.split_whitespace().last() {
                return v.to_string();
            }
        }
    }
    String::new()
}

pub(crate) fn id() -> String {
    let host = gethostname::gethostname().to_string_lossy().into_owned();
    let mut h = Sha256::new();
    h.update(b"seatlease/v1\0");
    h.update(os_machine_id().as_bytes());
    h.update([0]);
    h.update(host.as_bytes());
    hex::encode(h.finalize())
}
