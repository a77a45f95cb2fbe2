//! Reading the forge's `app.ini`: the renderer runs as the forge's user with its environment
//! (`GITEA_WORK_DIR` / `FORGEJO_WORK_DIR`, `GITEA_CUSTOM`), so it can find the data directory for
//! its cache the same way the forge does.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Default)]
pub struct Ini {
    pub path: PathBuf,
    pub sections: HashMap<String, HashMap<String, String>>,
}

impl Ini {
    pub fn get(&self, section: &str, key: &str) -> Option<&str> {
        self.sections.get(section)?.get(key).map(String::as_str)
    }

    pub fn work_dir(&self) -> PathBuf {
        std::env::var_os("FORGEJO_WORK_DIR")
            .or_else(|| std::env::var_os("GITEA_WORK_DIR"))
            .map(PathBuf::from)
            .or_else(|| self.get("", "WORK_PATH").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("/var/lib/gitea"))
    }

    pub fn app_data(&self) -> PathBuf {
        self.get("server", "APP_DATA_PATH").map(PathBuf::from).unwrap_or_else(|| self.work_dir().join("data"))
    }

    pub fn repo_root(&self) -> PathBuf {
        self.get("repository", "ROOT").map(PathBuf::from).unwrap_or_else(|| self.app_data().join("gitea-repositories"))
    }
}

pub fn parse(path: &Path) -> Option<Ini> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut ini = Ini { path: path.to_path_buf(), ..Default::default() };
    let mut section = String::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if line.starts_with('[') && line.ends_with(']') {
            section = line[1..line.len() - 1].trim().to_string();
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            let v = v.trim().trim_matches('"').trim_matches('`').to_string();
            ini.sections.entry(section.clone()).or_default().insert(k.trim().to_string(), v);
        }
    }
    Some(ini)
}

pub fn locate() -> Option<Ini> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(c) = std::env::var_os("GITEA_APP_INI").or_else(|| std::env::var_os("FORGEJO_APP_INI")) {
        candidates.push(c.into());
    }
    for var in ["GITEA_CUSTOM", "FORGEJO_CUSTOM"] {
        if let Some(c) = std::env::var_os(var) {
            candidates.push(PathBuf::from(c).join("conf/app.ini"));
        }
    }
    candidates.extend(["/etc/gitea/app.ini", "/etc/forgejo/app.ini", "/var/lib/gitea/custom/conf/app.ini", "/data/gitea/conf/app.ini"].map(PathBuf::from));
    candidates.iter().find_map(|p| parse(p))
}
