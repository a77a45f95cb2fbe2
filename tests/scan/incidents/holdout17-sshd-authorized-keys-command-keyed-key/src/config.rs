use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
pub struct Config {
    pub org: String,
    pub team: String,
    pub token: String,
    #[serde(default = "ttl")]
    pub cache_ttl_secs: u64,
    #[serde(default)]
    pub accounts: BTreeMap<String, String>,
}

fn ttl() -> u64 {
    900
}

pub fn load() -> Result<Config, String> {
    let path = std::env::var("GH_AUTHKEYS_CONFIG").unwrap_or_else(|_| "/etc/gh-authkeys.toml".into());
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    toml::from_str(&text).map_err(|e| format!("{path}: {e}"))
}
