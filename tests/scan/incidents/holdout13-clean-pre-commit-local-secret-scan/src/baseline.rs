//! `.keyguard-baseline`: one SHA-256 fingerprint per accepted finding.

use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

const FILE: &str = ".keyguard-baseline";

pub fn fingerprint(secret: &str) -> String {
    Sha256::digest(secret.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

pub fn load() -> BTreeSet<String> {
    std::fs::read_to_string(FILE)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| l.len() == 64 && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

pub fn save(set: &BTreeSet<String>) {
    let mut text = String::from("# keyguard baseline: SHA-256 of reviewed findings\n");
    for fp in set {
        text.push_str(fp);
        text.push('\n');
    }
    let _ = std::fs::write(FILE, text);
}
