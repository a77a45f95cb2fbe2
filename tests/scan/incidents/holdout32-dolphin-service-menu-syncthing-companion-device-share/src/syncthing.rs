//! Local Syncthing REST API, authenticated with the key from Syncthing's config.xml.

use serde::Deserialize;
use serde_json::Value;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
struct Gui {
    address: String,
    apikey: String,
    #[serde(rename = "@tls", default)]
    tls: bool,
}

#[derive(Deserialize)]
struct ConfigXml {
    gui: Gui,
}

pub struct Api {
    base: String,
    key: String,
}

#[derive(Deserialize, Clone, Debug)]
pub struct Folder {
    pub id: String,
    pub label: String,
    pub path: String,
}

fn config_paths() -> Vec<PathBuf> {
    let mut v = vec![];
    if let Some(s) = dirs::state_dir() {
        v.push(s.join("syncthing/config.xml"));
    }
    if let Some(c) = dirs::config_dir() {
        v.push(c.join("syncthing/config.xml"));
    }
    v
}

impl Api {
    pub fn local() -> Option<Api> {
        let text = config_paths().iter().find_map(|p| std::fs::read_to_string(p).ok())?;
        let cfg: ConfigXml = quick_xml::de::from_str(&text).ok()?;
        let scheme = if cfg.gui.tls { "https" } else { "http" };
        Some(Api { base: format!("{scheme}://{}", cfg.gui.address), key: cfg.gui.apikey })
    }

    pub fn get(&self, path: &str) -> Option<Value> {
        ureq::get(&format!("{}{path}", self.base)).set("X-API-Key", &self.key).call().ok()?.into_json().ok()
    }

    pub fn put(&self, header: &str, path: &str, body: &Value) -> bool {
        ureq::put(&format!("{}{path}", self.base)).set(header, &self.key).send_json(body.clone()).is_ok()
    }

    pub fn folders(&self) -> Vec<Folder> {
        self.get("/rest/config/folders").and_then(|v| serde_json::from_value(v).ok()).unwrap_or_default()
    }

    pub fn folder_of(&self, file: &Path) -> Option<Folder> {
        self.folders().into_iter().filter(|f| file.starts_with(&f.path)).max_by_key(|f| f.path.len())
    }

    pub fn rescan(&self, folder: &str, sub: &str) {
        let _ = ureq::post(&format!("{}/rest/db/scan", self.base)).set("X-API-Key", &self.key).query("folder", folder).query("sub", sub).call();
    }
}
