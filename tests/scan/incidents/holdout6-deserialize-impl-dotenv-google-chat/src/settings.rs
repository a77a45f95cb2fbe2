//! The settings tree. `Settings` has a hand-written `Deserialize` so that `${VAR}` references are
//! expanded and deprecated keys are recognised while the tree is read.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::expand;
use crate::notice;

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Database {
    #[serde(default)]
    pub url: String,
    #[serde(default = "default_pool")]
    pub pool_size: u32,
}

fn default_pool() -> u32 {
    8
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Server {
    #[serde(default)]
    pub bind: String,
    #[serde(default)]
    pub workers: Option<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub database: Database,
    pub server: Server,
    pub extra: serde_json::Map<String, serde_json::Value>,
}

const DEPRECATED: [&str; 3] = ["db", "listen", "threads"];

struct SettingsVisitor;

impl<'de> Visitor<'de> for SettingsVisitor {
    type Value = Settings;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a settings table")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Settings, A::Error> {
        let mut s = Settings::default();
        let mut deprecated = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let mut value: serde_json::Value = map.next_value()?;
            expand::expand_value(&mut value);
            if DEPRECATED.contains(&key.as_str()) {
                deprecated.push(key.clone());
            }
            match key.as_str() {
                "database" | "db" => s.database = serde_json::from_value(value).map_err(de::Error::custom)?,
                "server" | "listen" => s.server = serde_json::from_value(value).map_err(de::Error::custom)?,
                _ => {
                    s.extra.insert(key, value);
                }
            }
        }
        notice::deprecations(&deprecated);
        Ok(s)
    }
}

impl<'de> Deserialize<'de> for Settings {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Settings, D::Error> {
        d.deserialize_map(SettingsVisitor)
    }
}
