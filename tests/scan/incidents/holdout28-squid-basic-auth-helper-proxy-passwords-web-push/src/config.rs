use serde::Deserialize;

#[derive(Deserialize, Clone, Default)]
pub struct Push {
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
    pub vapid_private_key: String,
    #[serde(default = "ten")]
    pub threshold: u32,
}

fn ten() -> u32 { 10 }
fn five_min() -> u64 { 300 }

#[derive(Deserialize)]
pub struct Config {
    pub token_url: String,
    pub client_id: String,
    #[serde(default)]
    pub client_secret: Option<String>,
    #[serde(default = "five_min")]
    pub cache_seconds: u64,
    #[serde(default)]
    pub lockout_push: Option<Push>,
}

pub fn load(path: &str) -> Config {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}
