//! Vault discovery and plugin settings.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The vault root is the nearest ancestor holding a `.obsidian` folder.
pub fn root_of(note: &Path) -> Option<PathBuf> {
    let mut p = std::fs::canonicalize(note).ok()?;
    while p.pop() {
        if p.join(".obsidian").is_dir() {
            return Some(p);
        }
    }
    None
}

/// Every installed plugin's `data.json`, parsed.
pub fn plugin_settings(root: &Path) -> Vec<(String, serde_json::Value)> {
    let dir = root.join(".obsidian").join("plugins");
    let Ok(rd) = std::fs::read_dir(dir) else { return vec![] };
    rd.flatten()
        .filter_map(|e| {
            let id = e.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(e.path().join("data.json")).ok()?;
            Some((id, serde_json::from_str(&text).ok()?))
        })
        .collect()
}

pub fn community_plugins(root: &Path) -> Vec<String> {
    std::fs::read_to_string(root.join(".obsidian").join("community-plugins.json"))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

/// Tag renames and aliases configured in Tag Wrangler.
pub fn tag_aliases(root: &Path) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for (id, v) in plugin_settings(root) {
        if id != "tag-wrangler" {
            continue;
        }
        if let Some(map) = v.get("aliases").and_then(|a| a.as_object()) {
            for (from, to) in map {
                if let Some(to) = to.as_str() {
                    out.insert(from.clone(), to.to_string());
                }
            }
        }
    }
    out
}

pub fn note_count(root: &Path) -> usize {
    walkdir::WalkDir::new(root)
        .into_iter()
        .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .flatten()
        .filter(|e| e.path().extension().map_or(false, |x| x == "md"))
        .count()
}
