use crate::config::Config;
use serde::Deserialize;
use std::time::{Duration, SystemTime};

#[derive(Deserialize)]
struct Member {
    login: String,
}

#[derive(Deserialize)]
struct PublicKey {
    key: String,
}

type Keys = Vec<(String, Vec<String>)>;

fn api<T: serde::de::DeserializeOwned>(token: &str, url: &str) -> Result<T, String> {
    ureq::get(url)
        .set("Authorization", &format!("Bearer {token}"))
        .set("Accept", "application/vnd.github+json")
        .set("User-Agent", "team-authorized-keys")
        .timeout(Duration::from_secs(3))
        .call()
        .map_err(|e| e.to_string())?
        .into_json()
        .map_err(|e| e.to_string())
}

fn fetch(cfg: &Config) -> Result<Keys, String> {
    let token = std::fs::read_to_string(&cfg.token_file).map_err(|e| format!("{}: {e}", cfg.token_file))?;
    let token = token.trim();
    let members: Vec<Member> = api(token, &format!("https://api.github.com/orgs/{}/teams/{}/members?per_page=100", cfg.org, cfg.team))?;
    let mut out = Vec::new();
    for m in members {
        let keys: Vec<PublicKey> = api(token, &format!("https://api.github.com/users/{}/keys", m.login))?;
        out.push((m.login, keys.into_iter().map(|k| k.key).collect()));
    }
    Ok(out)
}

fn cache_age(path: &str) -> Option<Duration> {
    let m = std::fs::metadata(path).ok()?.modified().ok()?;
    SystemTime::now().duration_since(m).ok()
}

pub fn team_keys(cfg: &Config) -> Result<Keys, String> {
    let ttl = Duration::from_secs(cfg.cache_ttl_secs);
    let read_cache = || std::fs::read(&cfg.cache).ok().and_then(|b| serde_json::from_slice::<Keys>(&b).ok());
    if cache_age(&cfg.cache).is_some_and(|a| a < ttl) {
        if let Some(k) = read_cache() {
            return Ok(k);
        }
    }
    match fetch(cfg) {
        Ok(k) => {
            let _ = std::fs::write(&cfg.cache, serde_json::to_vec(&k).unwrap_or_default());
            Ok(k)
        }
        Err(e) if cache_age(&cfg.cache).is_some_and(|a| a < ttl * 24) => read_cache().ok_or(e),
        Err(e) => Err(e),
    }
}
