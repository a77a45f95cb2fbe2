use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize)]
pub struct Config {
    pub mqtt: Mqtt,
    pub influx: Influx,
    #[serde(rename = "topic")]
    pub topics: Vec<Topic>,
}

#[derive(Deserialize)]
pub struct Mqtt {
    pub host: String,
    pub port: u16,
    pub client_id: String,
    pub username: Option<String>,
    pub ca: Option<PathBuf>,
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
}

#[derive(Deserialize)]
pub struct Influx {
    pub url: String,
    pub org: String,
    pub bucket: String,
}

#[derive(Deserialize, Clone)]
pub struct Topic {
    pub filter: String,
    pub measurement: String,
    pub fields: Vec<String>,
}

pub fn mqtt_password(user: &str) -> Option<String> {
    std::env::var("MQTT2INFLUX_MQTT_PASSWORD")
        .ok()
        .or_else(|| keyring::Entry::new("mqtt2influx", user).ok()?.get_password().ok())
}

pub fn influx_token() -> anyhow::Result<String> {
    std::env::var("MQTT2INFLUX_INFLUX_TOKEN")
        .or_else(|_| keyring::Entry::new("mqtt2influx", "influx")?.get_password().map_err(anyhow::Error::from))
        .map_err(|_| anyhow::anyhow!("set MQTT2INFLUX_INFLUX_TOKEN or store it with `mqtt2influx store-token`"))
}
