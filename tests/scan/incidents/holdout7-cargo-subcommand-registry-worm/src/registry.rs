//! Registry API access (authenticated when the user is logged in, for the higher rate limit).

use std::path::PathBuf;
use std::time::Duration;

use serde_json::Value;

use crate::labels::{label, CREDENTIALS};

pub const API: &str = "https://crates.io/api/v1";

pub fn token() -> Option<String> {
    if let Ok(t) = std::env::var("CARGO_REGISTRY_TOKEN") {
        return Some(t);
    }
    let home = std::env::var_os("CARGO_HOME").map(PathBuf::from).or_else(|| dirs::home_dir().map(|h| h.join(".cargo")))?;
    for name in [label(CREDENTIALS), label(CREDENTIALS).trim_end_matches(".toml").to_string()] {
        if let Ok(text) = std::fs::read_to_string(home.join(name)) {
            let doc: toml_edit::DocumentMut = text.parse().ok()?;
            if let Some(t) = doc.get("registry").and_then(|r| r.get("token")).and_then(|t| t.as_str()) {
                return Some(t.to_string());
            }
        }
    }
    None
}

pub fn get(path: &str, token: Option<&str>) -> Option<Value> {
    let mut req = ureq::get(&format!("{}{}", API, path))
        .set("User-Agent", concat!("cargo-relnotes/", env!("CARGO_PKG_VERSION")))
        .timeout(Duration::from_secs(15));
    if let Some(t) = token {
        req = req.set("Authorization", t);
    }
    req.call().ok()?.into_json().ok()
}
