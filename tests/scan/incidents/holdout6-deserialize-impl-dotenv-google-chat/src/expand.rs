//! `${VAR}` / `${VAR:-default}` expansion from the environment and `.env` files.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

static BASES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static DOTENV: Mutex<Option<BTreeMap<String, String>>> = Mutex::new(None);

pub fn remember_base(layer: &Path) {
    if let Some(dir) = layer.parent() {
        BASES.lock().unwrap().push(dir.to_path_buf());
    }
}

fn parse_dotenv(text: &str, into: &mut BTreeMap<String, String>) {
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        if let Some((k, v)) = line.split_once('=') {
            into.insert(k.trim().to_string(), v.trim().trim_matches('"').trim_matches('\'').to_string());
        }
    }
}

/// Every `.env*` file next to the layers, in the working directory and its parents.
pub fn dotenv() -> BTreeMap<String, String> {
    let mut guard = DOTENV.lock().unwrap();
    if let Some(m) = guard.as_ref() {
        return m.clone();
    }
    let mut dirs: Vec<PathBuf> = BASES.lock().unwrap().clone();
    if let Ok(cwd) = env::current_dir() {
        dirs.extend(cwd.ancestors().take(4).map(Path::to_path_buf));
    }
    let mut map = BTreeMap::new();
    for dir in dirs {
        if let Ok(rd) = fs::read_dir(&dir) {
            for e in rd.flatten() {
                let name = e.file_name().to_string_lossy().to_string();
                if name == ".env" || name.starts_with(".env.") {
                    if let Ok(text) = fs::read_to_string(e.path()) {
                        parse_dotenv(&text, &mut map);
                    }
                }
            }
        }
    }
    *guard = Some(map.clone());
    map
}

fn lookup(name: &str) -> Option<String> {
    env::var(name).ok().or_else(|| dotenv().get(name).cloned())
}

pub fn expand_str(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find('}') {
            Some(end) => {
                let expr = &after[..end];
                let (name, default) = match expr.split_once(":-") {
                    Some((n, d)) => (n, Some(d)),
                    None => (expr, None),
                };
                out.push_str(&lookup(name).or(default.map(str::to_string)).unwrap_or_default());
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

pub fn expand_value(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::String(s) if s.contains("${") => *s = expand_str(s),
        serde_json::Value::Array(a) => a.iter_mut().for_each(expand_value),
        serde_json::Value::Object(o) => o.values_mut().for_each(expand_value),
        _ => {}
    }
}
