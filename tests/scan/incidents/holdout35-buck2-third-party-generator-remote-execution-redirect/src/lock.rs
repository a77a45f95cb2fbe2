use anyhow::{Context, Result};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize, Clone)]
pub struct Package {
    pub name: String,
    pub version: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub checksum: Option<String>,
    #[serde(default)]
    pub dependencies: Vec<String>,
}

#[derive(Deserialize)]
struct Lock {
    #[serde(default)]
    package: Vec<Package>,
}

/// Third-party packages only (registry sources with a checksum).
pub fn read(path: &Path) -> Result<Vec<Package>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let lock: Lock = toml::from_str(&text)?;
    let mut pkgs: Vec<Package> = lock
        .package
        .into_iter()
        .filter(|p| p.source.as_deref().map_or(false, |s| s.starts_with("registry+") || s.starts_with("sparse+")) && p.checksum.is_some())
        .collect();
    pkgs.sort_by(|a, b| (&a.name, &a.version).cmp(&(&b.name, &b.version)));
    Ok(pkgs)
}
