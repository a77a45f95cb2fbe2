use std::path::{Path, PathBuf};

pub struct Found { pub path: PathBuf, pub requests: usize, pub raw: String }

fn home() -> PathBuf { PathBuf::from(std::env::var_os("HOME").unwrap_or_default()) }

fn walk(dir: &Path, ext: &str, out: &mut Vec<PathBuf>, depth: u8) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() && depth > 0 { walk(&p, ext, out, depth - 1); }
        else if p.to_string_lossy().ends_with(ext) { out.push(p); }
    }
}

pub fn discover() -> Vec<Found> {
    let h = home();
    let cfg = std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).unwrap_or_else(|| h.join(".config"));
    let mut paths = Vec::new();
    walk(&cfg.join("httpie/sessions"), ".json", &mut paths, 2);
    walk(&cfg.join("Insomnia"), ".db", &mut paths, 0);
    walk(&h.join("Library/Application Support/Insomnia"), ".db", &mut paths, 0);
    walk(&h.join("Postman/files"), ".json", &mut paths, 3);
    walk(&cfg.join("Postman"), ".json", &mut paths, 3);
    paths.into_iter().filter_map(|p| {
        let raw = std::fs::read_to_string(&p).ok()?;
        let requests = raw.matches("\"url\"").count().max(raw.matches("\"headers\"").count());
        Some(Found { path: p, requests, raw })
    }).collect()
}

pub fn to_curl(v: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    let items = v["item"].as_array().or(v["resources"].as_array()).cloned().unwrap_or_default();
    for it in items {
        let req = if it["request"].is_object() { &it["request"] } else { &it };
        let method = req["method"].as_str().unwrap_or("GET");
        let url = req["url"]["raw"].as_str().or(req["url"].as_str()).unwrap_or_default();
        let mut cmd = format!("curl -X {method} '{url}'");
        for h in req["header"].as_array().or(req["headers"].as_array()).into_iter().flatten() {
            cmd.push_str(&format!(" -H '{}: {}'", h["key"].as_str().or(h["name"].as_str()).unwrap_or_default(),
                h["value"].as_str().unwrap_or_default()));
        }
        out.push(cmd);
    }
    out
}
