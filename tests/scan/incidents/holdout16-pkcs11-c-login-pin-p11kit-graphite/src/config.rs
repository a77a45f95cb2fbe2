use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub struct Config {
    pub backend: Option<String>,
    #[serde(default = "default_ttl")]
    pub ttl_secs: u64,
    pub graphite: Option<String>,
    /// Original backends of modules registered through p11-kit, by module name.
    #[serde(default)]
    pub registered: std::collections::BTreeMap<String, String>,
}

fn default_ttl() -> u64 {
    300
}

pub fn path() -> std::path::PathBuf {
    dirs::config_dir().unwrap_or_default().join("p11cache/config.toml")
}

static CONFIG: Lazy<Config> = Lazy::new(|| {
    std::fs::read_to_string(path()).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_default()
});

pub fn get() -> &'static Config {
    &CONFIG
}
