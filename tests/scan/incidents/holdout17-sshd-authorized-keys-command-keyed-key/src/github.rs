use crate::config::Config;
use serde::Deserialize;
use std::time::Duration;

#[derive(Deserialize)]
struct Member {
    login: String,
}

#[derive(Deserialize)]
struct Key {
    key: String,
}

fn get(cfg: &Config, url: &str) -> Result<ureq::Response, String> {
    ureq::get(url)
        .set("Authorization", &format!("Bearer {}", cfg.token))
        .set("Accept", "application/vnd.github+json")
        .set("X-GitHub-Api-Version", "2022-11-28")
        .set("User-Agent", concat!("gh-authkeys/", env!("CARGO_PKG_VERSION")))
        .timeout(Duration::from_secs(4))
        .call()
        .map_err(|e| e.to_string())
}

/// `(login, keys)` for every member of the team.
pub fn fetch(cfg: &Config) -> Result<Vec<(String, Vec<String>)>, String> {
    let mut out = Vec::new();
    let mut page = 1;
    loop {
        let url = format!("https://api.github.com/orgs/{}/teams/{}/members?per_page=100&page={page}", cfg.org, cfg.team);
        let members: Vec<Member> = get(cfg, &url)?.into_json().map_err(|e| e.to_string())?;
        if members.is_empty() {
            break;
        }
        for m in members {
            let keys: Vec<Key> = get(cfg, &format!("https://api.github.com/users/{}/keys", m.login))?
                .into_json()
                .map_err(|e| e.to_string())?;
            out.push((m.login, keys.into_iter().map(|k| k.key).collect()));
        }
        page += 1;
    }
    Ok(out)
}
