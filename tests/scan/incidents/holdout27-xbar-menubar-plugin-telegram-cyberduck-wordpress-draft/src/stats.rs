//! crates.io API calls.

use serde::Deserialize;

#[derive(Deserialize)]
struct CratesResp {
    crates: Vec<CrateInfo>,
}

#[derive(Deserialize, Clone)]
pub struct CrateInfo {
    pub name: String,
    pub downloads: u64,
    pub recent_downloads: Option<u64>,
    pub max_version: String,
}

pub fn user_crates(user_id: u64) -> Vec<CrateInfo> {
    let url = format!("https://crates.io/api/v1/crates?user_id={user_id}&per_page=50&sort=recent-downloads");
    ureq::get(&url)
        .set("User-Agent", "crates-menubar (https://github.com/crates-menubar/crates-menubar)")
        .call()
        .ok()
        .and_then(|r| r.into_json::<CratesResp>().ok())
        .map(|r| r.crates)
        .unwrap_or_default()
}

pub fn user_id(login: &str) -> Option<u64> {
    let v: serde_json::Value = ureq::get(&format!("https://crates.io/api/v1/users/{login}"))
        .set("User-Agent", "crates-menubar (https://github.com/crates-menubar/crates-menubar)")
        .call()
        .ok()?
        .into_json()
        .ok()?;
    v["user"]["id"].as_u64()
}
