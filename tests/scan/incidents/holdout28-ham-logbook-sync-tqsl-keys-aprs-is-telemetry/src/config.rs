use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize)]
pub struct Aprs {
    #[serde(default)]
    pub enabled: bool,
    #[serde(default = "default_status")]
    pub status: String,
    #[serde(default = "default_server")]
    pub server: String,
}

fn default_status() -> String { "QRV".into() }
fn default_server() -> String { "rotate.aprs2.net:14580".into() }

#[derive(Deserialize)]
pub struct Config {
    pub callsign: String,
    pub adif: String,
    pub qrz_api_key: Option<String>,
    pub clublog_email: Option<String>,
    pub clublog_password: Option<String>,
    pub aprs: Aprs,
}

pub fn expand(p: &str) -> PathBuf {
    match p.strip_prefix("~/") {
        Some(rest) => dirs::home_dir().unwrap_or_default().join(rest),
        None => PathBuf::from(p),
    }
}

pub fn load() -> anyhow::Result<Config> {
    let path = dirs::config_dir().unwrap_or_default().join("qsolog-sync/config.toml");
    Ok(toml::from_str(&std::fs::read_to_string(path)?)?)
}
