use serde::Deserialize;

#[derive(Deserialize, Clone)]
pub struct Config {
    pub endpoint: String,
    pub region: String,
    pub bucket: String,
    pub access_key: String,
    pub secret_key: String,
    #[serde(default = "default_keep")]
    pub keep_last: usize,
    #[serde(default)]
    pub prefix: String,
}

fn default_keep() -> usize {
    7
}

pub fn load() -> Option<Config> {
    let text = std::fs::read_to_string("/etc/vzdump-offsite.toml").ok()?;
    toml::from_str(&text).map_err(|e| println!("vzdump-offsite: bad config: {e}")).ok()
}
