use anyhow::Result;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize, Default, Clone)]
pub struct Fixup {
    #[serde(default)]
    pub cfgs: Vec<String>,
    #[serde(default)]
    pub rustc_flags: Vec<String>,
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    #[serde(default)]
    pub buildscript: Option<Buildscript>,
}

#[derive(Deserialize, Default, Clone)]
pub struct Buildscript {
    #[serde(default)]
    pub run: bool,
}

pub fn load(dir: &Path) -> Result<BTreeMap<String, Fixup>> {
    let mut out = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(out) };
    for e in entries.flatten() {
        let f = e.path().join("fixups.toml");
        if f.is_file() {
            out.insert(e.file_name().to_string_lossy().into_owned(), toml::from_str(&std::fs::read_to_string(f)?)?);
        }
    }
    Ok(out)
}
