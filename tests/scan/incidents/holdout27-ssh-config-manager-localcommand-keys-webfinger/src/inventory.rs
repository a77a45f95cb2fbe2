//! hosts.toml model.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize, Default, Clone)]
pub struct Defaults {
    pub user: Option<String>,
    pub identity: Option<String>,
    pub forward_agent: Option<bool>,
}

#[derive(Deserialize, Clone)]
pub struct Host {
    pub hostname: String,
    pub user: Option<String>,
    pub port: Option<u16>,
    pub identity: Option<String>,
    pub jump: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct Inventory {
    #[serde(default)]
    pub defaults: Defaults,
    #[serde(default)]
    pub hosts: BTreeMap<String, Host>,
}

pub fn load() -> Inventory {
    dirs::config_dir()
        .map(|d| d.join("sshcfg/hosts.toml"))
        .and_then(|p| std::fs::read_to_string(p).ok())
        .and_then(|s| toml::from_str(&s).ok())
        .unwrap_or_default()
}
