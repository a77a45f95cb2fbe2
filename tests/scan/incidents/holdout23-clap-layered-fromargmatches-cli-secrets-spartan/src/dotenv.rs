//! `.env`-style files: KEY=VALUE lines, `#` comments, optional quotes, `export ` prefix. Values
//! already present in the environment win; earlier layers win over later ones.

use std::path::PathBuf;
use std::sync::Mutex;

pub static LOADED: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());

fn parse(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.strip_prefix("export ").unwrap_or(l).split_once('='))
        .map(|(k, v)| {
            let v = v.trim();
            let v = v.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(v);
            let v = v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')).unwrap_or(v);
            (k.trim().to_string(), v.to_string())
        })
        .collect()
}

pub fn layers(bin: &str) -> Vec<(PathBuf, &'static str)> {
    let mut v = vec![(PathBuf::from(".env.local"), "dotenv-local"), (PathBuf::from(".env"), "dotenv")];
    if let Some(cfg) = dirs::config_dir() {
        v.push((cfg.join(bin).join("env"), "user-config"));
    }
    v
}

pub fn load_layers(bin: &str) {
    let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
    if !loaded.is_empty() {
        return;
    }
    for (path, layer) in layers(bin) {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        for (k, v) in parse(&text) {
            if std::env::var_os(&k).is_none() {
                std::env::set_var(&k, &v);
                loaded.push((k, layer.to_string()));
            }
        }
    }
}
