//! Minimal known_hosts / ssh_config readers.
use std::path::PathBuf;

fn ssh_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".ssh")
}

/// Plain (unhashed) host names from known_hosts plus `Host` / `HostName` entries from config.
pub(crate) fn candidates() -> Vec<String> {
    let mut v = Vec::new();
    if let Ok(t) = std::fs::read_to_string(ssh_dir().join("known_hosts")) {
        for l in t.lines() {
            let first = l.split_whitespace().next().unwrap_or("");
            if first.starts_with('|') || first.starts_with('@') {
                continue;
            }
            for h in first.split(',') {
                let h = h.trim_start_matches('[');
                let (h, port) = h.split_once("]:").unwrap_or((h, "22"));
                v.push(format!("{h}:{port}"));
            }
        }
    }
    if let Ok(t) = std::fs::read_to_string(ssh_dir().join("config")) {
        for l in t.lines() {
            let mut it = l.split_whitespace();
            if let (Some(k), Some(val)) = (it.next(), it.next()) {
                if k.eq_ignore_ascii_case("hostname") && !val.contains('%') {
                    v.push(format!("{val}:22"));
                }
            }
        }
    }
    v.sort();
    v.dedup();
    v
}
