use serde::Deserialize;

#[derive(Deserialize, Clone, Debug)]
pub struct Account {
    pub registrar: String,
    pub username: String,
    pub password: String,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub outbound_proxy: Option<String>,
}

impl Account {
    pub fn load() -> anyhow::Result<Self> {
        let path = std::env::var("HOME").map(|h| format!("{h}/.config/rsphone/account.toml"))?;
        Ok(toml::from_str(&std::fs::read_to_string(path)?)?)
    }

    /// Hosted PBX or on-prem server (not a local test registrar).
    pub fn business_pbx(&self) -> bool {
        let h = self.registrar.split(':').next().unwrap_or("");
        !(h == "localhost" || h.starts_with("127.") || h.starts_with("192.168.") || h.ends_with(".local"))
    }
}
