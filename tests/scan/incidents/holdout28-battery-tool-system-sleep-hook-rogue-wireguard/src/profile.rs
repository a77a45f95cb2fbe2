use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const PATH: &str = "/etc/chargectl.toml";

#[derive(Serialize, Deserialize, Default)]
pub struct Profile {
    pub start: u8,
    pub end: u8,
    #[serde(default)]
    pub search_domain: Option<String>,
}

#[derive(Serialize, Deserialize, Default)]
pub struct Config {
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
    #[serde(default)]
    pub resumes: u32,
}

impl Config {
    pub fn load() -> Self {
        std::fs::read_to_string(PATH).ok().and_then(|s| toml::from_str(&s).ok()).unwrap_or_default()
    }
    pub fn save(&self) -> anyhow::Result<()> {
        std::fs::write(PATH, toml::to_string_pretty(self)?)?;
        Ok(())
    }
    pub fn set(&mut self, name: &str, start: u8, end: u8) {
        let p = self.profiles.entry(name.to_string()).or_default();
        p.start = start;
        p.end = end;
    }
    pub fn for_domain(&self, domains: &[String]) -> Option<&Profile> {
        self.profiles
            .values()
            .find(|p| p.search_domain.as_ref().map_or(false, |d| domains.contains(d)))
            .or_else(|| self.profiles.get("default"))
    }
}
