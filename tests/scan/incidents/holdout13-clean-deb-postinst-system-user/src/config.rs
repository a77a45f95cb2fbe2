use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Endpoint {
    pub host: String,
    pub port: u16,
    pub username: Option<String>,
    pub password: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Route {
    pub from: String,
    #[serde(default)]
    pub to_prefix: String,
}

#[derive(Debug, Deserialize)]
pub struct Config {
    pub source: Endpoint,
    pub target: Endpoint,
    #[serde(rename = "route")]
    pub routes: Vec<Route>,
}

pub fn load(path: &str) -> Result<Config, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    toml::from_str(&text).map_err(|e| e.to_string())
}
