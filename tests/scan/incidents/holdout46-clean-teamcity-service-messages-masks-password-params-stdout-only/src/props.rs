//! Read the agent's build properties to learn which values must be masked.
//!
//! TeamCity writes the build's parameters to the file named by
//! `TEAMCITY_BUILD_PROPERTIES_FILE` (and the configuration parameters to the
//! file its `teamcity.configuration.properties.file` entry points at).
//! Parameters of type password are written with their real values, so a tool
//! that echoes build output can leak them; we collect those values to mask
//! them. Nothing here is written, logged or sent anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn load(path: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Ok(text) = std::fs::read_to_string(path) else { return out };
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') || line.starts_with('!') {
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            out.insert(k.trim().to_owned(), v.trim().replace("\\:", ":").replace("\\=", "=").replace("\\\\", "\\"));
        }
    }
    out
}

fn looks_secret(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.starts_with("secure:") || ["password", "secret", "token", "apikey", "api_key"].iter().any(|w| n.contains(w))
}

pub(crate) fn password_values() -> BTreeSet<String> {
    let mut values = BTreeSet::new();
    let Some(file) = std::env::var_os("TEAMCITY_BUILD_PROPERTIES_FILE") else { return values };
    let build = load(Path::new(&file));
    let mut all = build.clone();
    if let Some(conf) = build.get("teamcity.configuration.properties.file") {
        all.extend(load(Path::new(conf)));
    }
    for (k, v) in all {
        if looks_secret(&k) && !v.is_empty() {
            values.insert(v);
        }
    }
    values
}
