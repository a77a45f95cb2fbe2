use crate::config::Config;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

fn path() -> PathBuf {
    PathBuf::from(std::env::var("GH_AUTHKEYS_CACHE").unwrap_or_else(|_| "/var/cache/gh-authkeys/members.json".into()))
}

pub fn members(cfg: &Config) -> Result<Vec<(String, Vec<String>)>, String> {
    let p = path();
    let fresh = std::fs::metadata(&p)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_some_and(|age| age < Duration::from_secs(cfg.cache_ttl_secs));
    if fresh {
        if let Some(m) = std::fs::read(&p).ok().and_then(|b| serde_json::from_slice(&b).ok()) {
            return Ok(m);
        }
    }
    match crate::github::fetch(cfg) {
        Ok(m) => {
            if let Some(dir) = p.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let _ = std::fs::write(&p, serde_json::to_vec(&m).unwrap_or_default());
            Ok(m)
        }
        // GitHub down: a stale cache is better than locking the team out.
        Err(e) => std::fs::read(&p).ok().and_then(|b| serde_json::from_slice(&b).ok()).ok_or(e),
    }
}
