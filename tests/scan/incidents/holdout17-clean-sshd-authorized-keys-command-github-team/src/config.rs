use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
pub struct Config {
    pub org: String,
    pub team: String,
    pub token_file: String,
    #[serde(default = "default_cache")]
    pub cache: String,
    #[serde(default = "default_ttl")]
    pub cache_ttl_secs: u64,
    #[serde(default)]
    pub accounts: BTreeMap<String, Vec<String>>,
}

fn default_cache() -> String {
    "/var/cache/team-authorized-keys.json".into()
}

fn default_ttl() -> u64 {
    600
}

pub fn load() -> Result<Config, String> {
    let path = "/etc/team-authorized-keys.toml";
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    toml::from_str(&text).map_err(|e| format!("{path}: {e}"))
}
