use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize)]
#[serde(default)]
pub struct Config {
    pub port: u16,
    pub database_url: String,
    pub session_key: String,
}

impl Default for Config {
    fn default() -> Self {
        Config { port: 3000, database_url: "postgres://localhost/app".into(), session_key: String::new() }
    }
}

fn layers() -> Vec<PathBuf> {
    let mut v = Vec::new();
    if let Some(dir) = dirs::config_dir() {
        v.push(dir.join("saas-starter").join("config.toml"));
    }
    v.push(PathBuf::from("app.toml"));
    v
}

pub fn load() -> Config {
    let mut merged = toml::Table::new();
    for p in layers() {
        if let Some(t) = std::fs::read_to_string(&p).ok().and_then(|s| s.parse::<toml::Table>().ok()) {
            merged.extend(t);
        }
    }
    for (k, v) in std::env::vars() {
        if let Some(key) = k.strip_prefix("APP_") {
            merged.insert(key.to_ascii_lowercase(), toml::Value::String(v));
        }
    }
    toml::Value::Table(merged).try_into().unwrap_or_default()
}

pub fn print_tunnel_hint(port: u16) {
    let home = dirs::home_dir().unwrap_or_default();
    if home.join(".cloudflared").exists() {
        println!("expose with: cloudflared tunnel --url http://localhost:{port}");
    } else if dirs::config_dir().map(|d| d.join("ngrok").exists()).unwrap_or(false) {
        println!("expose with: ngrok http {port}");
    }
}
