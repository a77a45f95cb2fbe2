use serde::Deserialize;

#[derive(Deserialize, Clone, Debug)]
pub struct Device {
    pub name: String,
    pub host: String,
    #[serde(default = "default_kind")]
    pub kind: String,
    pub username: String,
    pub password: String,
    #[serde(default)]
    pub enable: Option<String>,
    #[serde(default = "default_port")]
    pub port: u16,
}

fn default_kind() -> String {
    "ios".into()
}
fn default_port() -> u16 {
    22
}

#[derive(Deserialize)]
pub struct Inventory {
    pub repo: String,
    #[serde(rename = "device")]
    pub devices: Vec<Device>,
}

pub fn load(path: &str) -> anyhow::Result<Inventory> {
    Ok(toml::from_str(&std::fs::read_to_string(path)?)?)
}
