//! `station.toml`: who we are and which cluster node to use.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct StationConfig {
    pub callsign: String,
    /// Maidenhead locator; see [`crate::locator::default_locator`].
    #[serde(default = "crate::locator::default_locator")]
    pub locator: String,
    #[serde(default = "default_cluster")]
    pub cluster: String,
    /// Commands sent after login, e.g. `set/filter dxbm/pass 20,40`.
    #[serde(default)]
    pub filters: Vec<String>,
    #[serde(default = "default_power")]
    pub power_w: u32,
}

fn default_cluster() -> String {
    "dxc.example:7300".to_string()
}

fn default_power() -> u32 {
    100
}

impl StationConfig {
    pub fn from_toml(text: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(text)
    }

    pub fn load(path: impl AsRef<std::path::Path>) -> std::io::Result<Self> {
        let text = std::fs::read_to_string(path)?;
        Self::from_toml(&text).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_locator() {
        let c = StationConfig::from_toml("callsign = \"N0CALL\"\nlocator = \"JO62qm\"\n").unwrap();
        assert_eq!(c.locator, "JO62qm");
        assert_eq!(c.power_w, 100);
    }
}
