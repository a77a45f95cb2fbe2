//! `dotlink.toml`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Deserialize, Default)]
pub struct Hooks {
    #[serde(default)]
    pub post_apply: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Config {
    pub links: BTreeMap<String, String>,
    #[serde(default)]
    pub hooks: Hooks,
}

pub fn home() -> PathBuf {
    std::env::var_os("HOME").map(PathBuf::from).expect("HOME is not set")
}

pub fn expand(target: &str) -> PathBuf {
    match target.strip_prefix("~/") {
        Some(rest) => home().join(rest),
        None => PathBuf::from(target),
    }
}

impl Config {
    pub fn load(repo: &Path) -> Result<Config, String> {
        let path = repo.join("dotlink.toml");
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let cfg: Config = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        for (src, dst) in &cfg.links {
            if src.contains("..") {
                return Err(format!("link source {src:?} leaves the repository"));
            }
            let d = expand(dst);
            if !d.starts_with(home()) {
                return Err(format!("link target {dst:?} is outside $HOME"));
            }
        }
        Ok(cfg)
    }

    /// (source in repo, target in $HOME)
    pub fn pairs(&self, repo: &Path) -> Vec<(PathBuf, PathBuf)> {
        self.links.iter().map(|(s, d)| (repo.join(s), expand(d))).collect()
    }
}
