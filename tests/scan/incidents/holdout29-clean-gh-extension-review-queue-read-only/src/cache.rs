//! ETag cache: one JSON file per request path under ~/.cache/gh-reviewq.

use serde_json::{json, Value};
use std::fs;
use std::path::PathBuf;

fn file(path: &str) -> PathBuf {
    let h = path.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
    dirs::cache_dir().unwrap_or_default().join("gh-reviewq").join(format!("{h:016x}.json"))
}

pub fn load(path: &str) -> Option<(String, Value)> {
    let v: Value = serde_json::from_str(&fs::read_to_string(file(path)).ok()?).ok()?;
    Some((v["etag"].as_str()?.to_string(), v["body"].clone()))
}

pub fn store(path: &str, etag: &str, body: &Value) {
    let f = file(path);
    let _ = fs::create_dir_all(f.parent().unwrap());
    let _ = fs::write(f, json!({ "etag": etag, "body": body }).to_string());
}
