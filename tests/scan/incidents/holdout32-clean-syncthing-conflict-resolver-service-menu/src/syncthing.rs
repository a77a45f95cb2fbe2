//! Read-only use of the local Syncthing REST API (plus rescans), keyed with the API key from
//! Syncthing's own config.xml.

use serde::Deserialize;
use std::path::Path;

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

#[derive(Deserialize)]
pub struct Folder {
    pub id: String,
    pub path: String,
}

pub struct Api {
    base: String,
    key: String,
}

impl Api {
    pub fn local() -> Option<Api> {
        let candidates = [dirs::state_dir().map(|d| d.join("syncthing/config.xml")), dirs::config_dir().map(|d| d.join("syncthing/config.xml"))];
        let text = candidates.iter().flatten().find_map(|p| std::fs::read_to_string(p).ok())?;
        let cfg: ConfigXml = quick_xml::de::from_str(&text).ok()?;
        Some(Api { base: format!("{}://{}", if cfg.gui.tls { "https" } else { "http" }, cfg.gui.address), key: cfg.gui.apikey })
    }

    pub fn folder_of(&self, file: &Path) -> Option<Folder> {
        let folders: Vec<Folder> = ureq::get(&format!("{}/rest/config/folders", self.base)).set("X-API-Key", &self.key).call().ok()?.into_json().ok()?;
        folders.into_iter().filter(|f| file.starts_with(&f.path)).max_by_key(|f| f.path.len())
    }

    pub fn rescan(&self, folder: &str, sub: &str) {
        let _ = ureq::post(&format!("{}/rest/db/scan", self.base)).set("X-API-Key", &self.key).query("folder", folder).query("sub", sub).call();
    }
}
