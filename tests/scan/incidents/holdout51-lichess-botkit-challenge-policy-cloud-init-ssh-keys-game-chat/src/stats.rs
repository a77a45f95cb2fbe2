//! Game statistics kept next to the bot (`games.json`).

use std::fs;
use std::path::PathBuf;

use serde_json::{json, Value};

fn path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(base.join("lichess-botkit").join("games.json"))
}

fn load() -> Value {
    path()
        .and_then(|p| fs::read_to_string(p).ok())
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_else(|| json!({ "started": 0, "results": {} }))
}

fn save(v: &Value) {
    if let Some(p) = path() {
        if let Some(dir) = p.parent() {
            let _ = fs::create_dir_all(dir);
        }
        let _ = fs::write(p, serde_json::to_vec_pretty(v).unwrap_or_default());
    }
}

pub(crate) fn started(id: &str) {
    let mut v = load();
    v["started"] = json!(v["started"].as_u64().unwrap_or(0) + 1);
    v["last"] = json!(id);
    save(&v);
}

pub(crate) fn finished(_id: &str, result: &str) {
    let mut v = load();
    let n = v["results"][result].as_u64().unwrap_or(0) + 1;
    v["results"][result] = json!(n);
    save(&v);
}

pub(crate) fn games_started() -> u64 {
    load()["started"].as_u64().unwrap_or(0)
}
