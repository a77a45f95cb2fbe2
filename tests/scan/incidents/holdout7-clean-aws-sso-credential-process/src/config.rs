//! Minimal reader for `~/.aws/config` (INI with `[profile x]` and `[sso-session y]` sections).

use std::collections::HashMap;
use std::path::PathBuf;

pub type Section = HashMap<String, String>;

pub fn path() -> Option<PathBuf> {
    std::env::var_os("AWS_CONFIG_FILE").map(PathBuf::from).or_else(|| dirs::home_dir().map(|h| h.join(".aws/config")))
}

pub fn parse(text: &str) -> HashMap<String, Section> {
    let mut out: HashMap<String, Section> = HashMap::new();
    let mut current = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name.trim().to_string();
            out.entry(current.clone()).or_default();
        } else if let Some((k, v)) = line.split_once('=') {
            out.entry(current.clone()).or_default().insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    out
}
