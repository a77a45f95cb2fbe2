//! snapper's CLI and config files.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::process::Command;

#[derive(Deserialize, Clone, Debug)]
pub struct Snapshot {
    pub number: u32,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub cleanup: String,
    #[serde(default)]
    pub date: String,
}

pub fn config_for(subvolume: &str) -> Option<String> {
    let out = Command::new("snapper").args(["--jsonout", "list-configs"]).output().ok()?;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).ok()?;
    v["configs"].as_array()?.iter().find(|c| c["subvolume"] == subvolume).and_then(|c| c["config"].as_str()).map(str::to_string)
}

pub fn list(config: &str) -> Vec<Snapshot> {
    let Ok(out) = Command::new("snapper").args(["-c", config, "--jsonout", "list"]).output() else { return vec![] };
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    v[config].as_array().map(|a| a.iter().filter_map(|s| serde_json::from_value(s.clone()).ok()).collect()).unwrap_or_default()
}

pub fn changed_files(config: &str, pre: u32, post: u32) -> usize {
    Command::new("snapper")
        .args(["-c", config, "status", &format!("{pre}..{post}")])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().count())
        .unwrap_or(0)
}

pub fn read_config(path: &str) -> BTreeMap<String, String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().trim_matches('"').to_string()))
        .collect()
}
