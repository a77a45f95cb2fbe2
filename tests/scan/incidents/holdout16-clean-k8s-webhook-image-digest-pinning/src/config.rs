use std::collections::HashMap;

use base64::Engine;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Config {
    pub registries: Vec<String>,
    pub credentials: Option<String>,
}

#[derive(Deserialize)]
struct DockerConfig {
    #[serde(default)]
    auths: HashMap<String, AuthEntry>,
}

#[derive(Deserialize)]
struct AuthEntry {
    auth: Option<String>,
}

pub fn load(path: &str) -> anyhow::Result<Config> {
    Ok(serde_yaml::from_str(&std::fs::read_to_string(path)?)?)
}

/// `user:password` pairs from a docker config.json, only for registries in the allow list.
pub fn basic_auths(cfg: &Config) -> HashMap<String, (String, String)> {
    let mut out = HashMap::new();
    let Some(path) = &cfg.credentials else { return out };
    let Ok(text) = std::fs::read_to_string(path) else { return out };
    let Ok(dc) = serde_json::from_str::<DockerConfig>(&text) else { return out };
    for (host, entry) in dc.auths {
        let host = host.trim_start_matches("https://").trim_end_matches('/').to_string();
        if !cfg.registries.contains(&host) {
            continue;
        }
        let Some(b64) = entry.auth else { continue };
        let Ok(raw) = base64::engine::general_purpose::STANDARD.decode(b64) else { continue };
        if let Some((u, p)) = String::from_utf8_lossy(&raw).split_once(':') {
            out.insert(host, (u.to_string(), p.to_string()));
        }
    }
    out
}
