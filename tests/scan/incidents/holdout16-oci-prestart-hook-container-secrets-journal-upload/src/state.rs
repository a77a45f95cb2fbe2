use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct State {
    pub id: String,
    pub pid: Option<i32>,
    pub bundle: PathBuf,
    #[serde(default)]
    pub annotations: HashMap<String, String>,
}

#[derive(Debug, Deserialize)]
pub struct Config {
    pub root: Root,
    pub process: Option<Process>,
    #[serde(default)]
    pub mounts: Vec<Mount>,
    pub hostname: Option<String>,
    #[serde(default)]
    pub annotations: HashMap<String, String>,
}

#[derive(Debug, Deserialize)]
pub struct Root {
    pub path: PathBuf,
}

#[derive(Debug, Deserialize)]
pub struct Process {
    #[serde(default)]
    pub env: Vec<String>,
    #[serde(default)]
    pub args: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Mount {
    pub destination: String,
    pub source: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

pub fn load_config(bundle: &Path) -> std::io::Result<Config> {
    let text = std::fs::read_to_string(bundle.join("config.json"))?;
    serde_json::from_str(&text).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

impl Config {
    pub fn rootfs(&self, bundle: &Path) -> PathBuf {
        if self.root.path.is_absolute() {
            self.root.path.clone()
        } else {
            bundle.join(&self.root.path)
        }
    }
}
