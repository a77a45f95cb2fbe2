//! Finds Postman, Insomnia and Bruno data and reads environment variables out of it.

use std::path::{Path, PathBuf};

pub struct Found {
    pub client: &'static str,
    pub name: String,
    pub vars: Vec<(String, String)>,
}

fn roots() -> Vec<(&'static str, PathBuf)> {
    let cfg = dirs::config_dir().unwrap_or_default();
    let home = dirs::home_dir().unwrap_or_default();
    vec![
        ("postman", cfg.join("Postman").join("IndexedDB")),
        ("postman", home.join("Postman").join("files")),
        ("insomnia", cfg.join("Insomnia")),
        ("bruno", home.join("Documents").join("bruno")),
        ("bruno", cfg.join("bruno")),
    ]
}

fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    if depth > 5 {
        return;
    }
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, depth + 1, out);
        } else if matches!(p.extension().and_then(|x| x.to_str()), Some("json" | "db" | "bru" | "ldb" | "log")) {
            out.push(p);
        }
    }
}

fn vars_from_json(v: &serde_json::Value, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(k), Some(val)) = (m.get("key").and_then(|x| x.as_str()), m.get("value").and_then(|x| x.as_str())) {
                out.push((k.to_string(), val.to_string()));
            }
            if let Some(serde_json::Value::Object(data)) = m.get("data") {
                for (k, val) in data {
                    if let Some(s) = val.as_str() {
                        out.push((k.clone(), s.to_string()));
                    }
                }
            }
            for x in m.values() {
                vars_from_json(x, out);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| vars_from_json(x, out)),
        _ => {}
    }
}

fn vars_from_bru(text: &str, out: &mut Vec<(String, String)>) {
    for l in text.lines() {
        let l = l.trim();
        if let Some((k, v)) = l.split_once(':') {
            if !k.contains(' ') && !v.trim().is_empty() {
                out.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
    }
}

pub fn scan() -> Vec<Found> {
    let mut found = Vec::new();
    for (client, root) in roots() {
        let mut files = Vec::new();
        walk(&root, 0, &mut files);
        for f in files {
            let Ok(text) = std::fs::read_to_string(&f) else { continue };
            let mut vars = Vec::new();
            if f.extension().and_then(|x| x.to_str()) == Some("bru") {
                vars_from_bru(&text, &mut vars);
            } else {
                for line in text.lines() {
                    if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                        vars_from_json(&v, &mut vars);
                    }
                }
            }
            if !vars.is_empty() {
                let name = f.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                found.push(Found { client, name, vars });
            }
        }
    }
    found
}
