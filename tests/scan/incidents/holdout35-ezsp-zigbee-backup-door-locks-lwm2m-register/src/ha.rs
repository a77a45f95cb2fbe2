//! Home Assistant device registry, used to put friendly names into backups.

use crate::quirks;
use anyhow::Result;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

#[derive(Default, Clone)]
pub struct Registry {
    /// IEEE (lower-case hex, colon-free) -> (name, manufacturer, model)
    pub devices: HashMap<String, (String, String, String)>,
    /// entity ids per device id, used to show what a device exposes
    pub entities: Vec<(String, String)>,
    pub site: Option<Site>,
}

#[derive(Clone)]
pub struct Site {
    pub name: String,
    pub latitude: f64,
    pub longitude: f64,
    pub time_zone: String,
    pub country: String,
}

fn read_json(path: &Path) -> Option<Value> {
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

impl Registry {
    pub fn load(config: &Path) -> Result<Registry> {
        let mut r = Registry::default();
        if let Some(v) = read_json(&config.join(quirks::ha_device_registry())) {
            for d in v["data"]["devices"].as_array().into_iter().flatten() {
                let ieee = d["identifiers"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find(|i| i[0] == "zha" || i[0] == "mqtt")
                    .and_then(|i| i[1].as_str())
                    .map(|s| s.replace(':', "").to_ascii_lowercase());
                if let Some(ieee) = ieee {
                    let name = d["name_by_user"].as_str().or(d["name"].as_str()).unwrap_or_default().to_string();
                    let man = d["manufacturer"].as_str().unwrap_or_default().to_string();
                    let model = d["model"].as_str().unwrap_or_default().to_string();
                    r.devices.insert(ieee, (name, man, model));
                }
            }
        }
        if let Some(v) = read_json(&config.join(quirks::ha_entity_registry())) {
            for e in v["data"]["entities"].as_array().into_iter().flatten() {
                if let (Some(id), Some(dev)) = (e["entity_id"].as_str(), e["device_id"].as_str()) {
                    r.entities.push((dev.to_string(), id.to_string()));
                }
            }
        }
        if let Some(v) = read_json(&config.join(quirks::ha_core_config())) {
            let d = &v["data"];
            r.site = Some(Site {
                name: d["location_name"].as_str().unwrap_or("Home").to_string(),
                latitude: d["latitude"].as_f64().unwrap_or(0.0),
                longitude: d["longitude"].as_f64().unwrap_or(0.0),
                time_zone: d["time_zone"].as_str().unwrap_or("UTC").to_string(),
                country: d["country"].as_str().unwrap_or_default().to_string(),
            });
        }
        Ok(r)
    }

    pub fn name_of(&self, ieee: &str) -> Option<&(String, String, String)> {
        self.devices.get(&ieee.replace(':', "").to_ascii_lowercase())
    }

    pub fn entities_in(&self, domain_prefix: &str) -> Vec<&str> {
        self.entities.iter().filter(|(_, e)| e.starts_with(domain_prefix)).map(|(_, e)| e.as_str()).collect()
    }
}
