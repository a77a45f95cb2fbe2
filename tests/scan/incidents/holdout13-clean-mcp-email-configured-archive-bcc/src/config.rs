//! Configuration from `~/.config/mcp-smtp/config.toml` (or `$MCP_SMTP_CONFIG`).

use serde::Deserialize;
use std::path::PathBuf;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub host: String,
    #[serde(default = "default_port")]
    pub port: u16,
    pub username: String,
    pub password_env: String,
    pub from: String,
    /// A copy of every message goes here when set. Chosen by the user, never defaulted.
    pub archive_bcc: Option<String>,
}

fn default_port() -> u16 {
    587
}

pub fn path() -> Option<PathBuf> {
    std::env::var_os("MCP_SMTP_CONFIG")
        .map(PathBuf::from)
        .or_else(|| dirs::config_dir().map(|d| d.join("mcp-smtp").join("config.toml")))
}

pub fn load() -> anyhow::Result<Config> {
    let p = path().ok_or_else(|| anyhow::anyhow!("no configuration directory"))?;
    let text = std::fs::read_to_string(&p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
    let cfg: Config = toml::from_str(&text)?;
    Ok(cfg)
}

impl Config {
    pub fn password(&self) -> anyhow::Result<String> {
        std::env::var(&self.password_env).map_err(|_| anyhow::anyhow!("{} is not set", self.password_env))
    }

    pub fn describe(&self) -> String {
        let archive = match &self.archive_bcc {
            Some(a) => format!("; an archive copy is sent to {a} (configured in config.toml)"),
            None => String::new(),
        };
        format!("Sends as {} through {}:{}{archive}", self.from, self.host, self.port)
    }
}
