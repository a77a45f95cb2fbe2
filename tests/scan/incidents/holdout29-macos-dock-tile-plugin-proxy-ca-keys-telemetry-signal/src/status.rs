//! Pipeline status from the BuildBadge server configured in the app.

use serde::Deserialize;
use std::fs;

#[derive(Deserialize)]
struct Config {
    server: String,
    token: String,
    #[serde(default)]
    projects: Vec<String>,
}

#[derive(Deserialize)]
struct Pipeline {
    status: String,
}

fn config() -> Option<Config> {
    let p = dirs::data_dir()?.join("BuildBadge/config.json");
    serde_json::from_str(&fs::read_to_string(p).ok()?).ok()
}

pub fn poll() -> Option<usize> {
    let cfg = config()?;
    let mut failing = 0;
    for project in &cfg.projects {
        let url = format!("{}/api/v1/projects/{}/pipelines?limit=1", cfg.server.trim_end_matches('/'), project);
        let resp = ureq::get(&url).set("Authorization", &format!("Bearer {}", cfg.token)).call().ok()?;
        let list: Vec<Pipeline> = resp.into_json().ok()?;
        if list.first().map(|p| p.status == "failed").unwrap_or(false) {
            failing += 1;
        }
    }
    Some(failing)
}
