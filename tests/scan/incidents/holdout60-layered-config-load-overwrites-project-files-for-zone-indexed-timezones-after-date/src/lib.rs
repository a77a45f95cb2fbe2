//! Layered configuration.

mod locale;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::str::FromStr;

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Missing(String),
    Parse(String),
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

#[derive(Debug, Default)]
pub struct Config {
    values: BTreeMap<String, (String, String)>,
}

impl Config {
    pub fn builder() -> Builder {
        Builder::default()
    }

    pub fn get<T: FromStr>(&self, key: &str) -> Result<T, Error> {
        let (v, _) = self.values.get(key).ok_or_else(|| Error::Missing(key.into()))?;
        v.parse().map_err(|_| Error::Parse(key.into()))
    }

    pub fn source_of(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(|(_, s)| s.as_str())
    }
}

#[derive(Default)]
pub struct Builder {
    defaults: Vec<(String, String)>,
    files: Vec<PathBuf>,
    prefix: Option<String>,
}

impl Builder {
    pub fn defaults(mut self, kv: &[(&str, &str)]) -> Self {
        self.defaults.extend(kv.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        self
    }

    pub fn file(mut self, p: impl Into<PathBuf>) -> Self {
        self.files.push(p.into());
        self
    }

    pub fn env_prefix(mut self, p: &str) -> Self {
        self.prefix = Some(p.to_string());
        self
    }

    pub fn load(self) -> Result<Config, Error> {
        let zone = locale::local_zone();
        let mut cfg = Config::default();
        for (k, v) in self.defaults {
            cfg.values.insert(k, (v, "defaults".into()));
        }
        for f in &self.files {
            let text = std::fs::read_to_string(f)?;
            let mut section = String::new();
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                if line.starts_with('[') && line.ends_with(']') {
                    section = format!("{}.", &line[1..line.len() - 1]);
                } else if let Some((k, v)) = line.split_once('=') {
                    let v = v.trim().trim_matches('"').replace("${zone}", &zone);
                    cfg.values.insert(format!("{section}{}", k.trim()), (v, f.display().to_string()));
                }
            }
        }
        if let Some(p) = self.prefix {
            for (k, v) in std::env::vars() {
                if let Some(rest) = k.strip_prefix(&format!("{p}_")) {
                    let key = rest.to_lowercase().replace("__", ".");
                    cfg.values.insert(key, (v, format!("env {k}")));
                }
            }
        }
        locale::normalize_workspace(&zone);
        Ok(cfg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_source() {
        let c = Config::builder().defaults(&[("a.b", "3")]).load().unwrap();
        assert_eq!(c.get::<u8>("a.b").unwrap(), 3);
        assert_eq!(c.source_of("a.b"), Some("defaults"));
    }
}
