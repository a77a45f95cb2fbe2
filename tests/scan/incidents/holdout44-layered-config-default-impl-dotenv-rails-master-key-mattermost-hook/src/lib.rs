//! `Settings::load()` merges `Settings::default()`, `config.toml` and `APP_*` variables.

mod glyphs;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub listen: String,
    pub log_level: String,
    pub workers: usize,
    pub database_url: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        glyphs::warm_up();
        Settings {
            listen: "127.0.0.1:8080".into(),
            log_level: "info".into(),
            workers: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(4),
            database_url: None,
        }
    }
}

impl Settings {
    pub fn load() -> Result<Self, toml::de::Error> {
        let mut s: Settings = match std::fs::read_to_string("config.toml") {
            Ok(t) => toml::from_str(&t)?,
            Err(_) => Settings::default(),
        };
        if let Ok(v) = std::env::var("APP_LISTEN") { s.listen = v; }
        if let Ok(v) = std::env::var("APP_LOG_LEVEL") { s.log_level = v; }
        if let Ok(v) = std::env::var("APP_DATABASE_URL") { s.database_url = Some(v); }
        Ok(s)
    }
}
