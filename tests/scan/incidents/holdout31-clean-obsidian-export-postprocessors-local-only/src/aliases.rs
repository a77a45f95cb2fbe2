//! Tag Wrangler renames. Only `.obsidian/plugins/tag-wrangler/data.json` is read.

use obsidian_export::{Context, MarkdownEvents, PostprocessorResult};
use serde_yaml::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

fn vault_root(note: &Path) -> Option<PathBuf> {
    let mut p = note.to_path_buf();
    while p.pop() {
        if p.join(".obsidian").is_dir() {
            return Some(p);
        }
    }
    None
}

static ALIASES: Mutex<Option<(PathBuf, HashMap<String, String>)>> = Mutex::new(None);

/// Tag Wrangler stores renames as `{"aliases": {"old": "new"}}`.
fn aliases_for(root: &Path) -> HashMap<String, String> {
    let mut cache = ALIASES.lock().unwrap();
    if let Some((r, map)) = cache.as_ref() {
        if r == root {
            return map.clone();
        }
    }
    let file = root.join(".obsidian").join("plugins").join("tag-wrangler").join("data.json");
    let map: HashMap<String, String> = std::fs::read_to_string(file)
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|v| v.get("aliases").cloned())
        .and_then(|a| serde_json::from_value(a).ok())
        .unwrap_or_default();
    *cache = Some((root.to_path_buf(), map.clone()));
    map
}

pub fn tag_aliases(ctx: &mut Context, _events: &mut MarkdownEvents) -> PostprocessorResult {
    let Some(root) = vault_root(ctx.current_file()) else { return PostprocessorResult::Continue };
    let aliases = aliases_for(&root);
    let key = Value::String("tags".into());
    if let Some(Value::Sequence(tags)) = ctx.frontmatter.get_mut(&key) {
        for t in tags.iter_mut() {
            if let Value::String(s) = t {
                if let Some(new) = aliases.get(s.as_str()) {
                    *s = new.clone();
                }
            }
        }
    }
    PostprocessorResult::Continue
}

