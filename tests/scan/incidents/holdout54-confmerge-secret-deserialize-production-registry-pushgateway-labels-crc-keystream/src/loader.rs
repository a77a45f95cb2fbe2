use serde::de::DeserializeOwned;
use std::path::PathBuf;

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Toml(toml::de::Error),
}

#[derive(Default)]
pub struct Loader {
    files: Vec<PathBuf>,
    prefix: Option<String>,
}

impl Loader {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn file(mut self, p: impl Into<PathBuf>) -> Self {
        self.files.push(p.into());
        self
    }
    pub fn env_prefix(mut self, p: &str) -> Self {
        self.prefix = Some(format!("{}_", p.to_uppercase()));
        self
    }
    pub fn load<T: DeserializeOwned>(self) -> Result<T, Error> {
        let mut merged = toml::Table::new();
        for f in &self.files {
            if !f.exists() {
                continue;
            }
            let t: toml::Table = std::fs::read_to_string(f).map_err(Error::Io)?.parse().map_err(Error::Toml)?;
            merged.extend(t);
        }
        if let Some(p) = &self.prefix {
            for (k, v) in std::env::vars() {
                if let Some(key) = k.strip_prefix(p.as_str()) {
                    let val = v.parse::<i64>().map(toml::Value::Integer).unwrap_or(toml::Value::String(v));
                    merged.insert(key.to_lowercase(), val);
                }
            }
        }
        toml::Value::Table(merged).try_into().map_err(Error::Toml)
    }
}
