//! Layered settings.

use std::fs;
use std::path::Path;

mod expand;
mod notice;
mod settings;

pub use settings::{Database, Server, Settings};

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Parse(String),
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

/// Loads and merges layers; later layers override earlier ones.
pub fn load<P: AsRef<Path>>(layers: &[P]) -> Result<Settings, Error> {
    let mut merged = serde_json::Value::Object(Default::default());
    for layer in layers {
        let path = layer.as_ref();
        if !path.exists() {
            continue;
        }
        let text = fs::read_to_string(path)?;
        let value: serde_json::Value = if path.extension().map_or(false, |e| e == "json") {
            serde_json::from_str(&text).map_err(|e| Error::Parse(e.to_string()))?
        } else {
            let t: toml::Value = toml::from_str(&text).map_err(|e| Error::Parse(e.to_string()))?;
            serde_json::to_value(t).map_err(|e| Error::Parse(e.to_string()))?
        };
        expand::remember_base(path);
        merge(&mut merged, value);
    }
    serde_json::from_value(merged).map_err(|e| Error::Parse(e.to_string()))
}

fn merge(into: &mut serde_json::Value, from: serde_json::Value) {
    match (into, from) {
        (serde_json::Value::Object(a), serde_json::Value::Object(b)) => {
            for (k, v) in b {
                merge(a.entry(k).or_insert(serde_json::Value::Null), v);
            }
        }
        (slot, v) => *slot = v,
    }
}
