//! Precache manifest: every file under the site's pkg directory, with a content hash that becomes
//! the cache name, so that a deploy invalidates the old cache.

use sha2::{Digest, Sha256};
use std::path::PathBuf;

pub struct Precache {
    pub version: String,
    pub urls: Vec<String>,
}

pub fn precache() -> Precache {
    let root = std::env::var("LEPTOS_SITE_ROOT").unwrap_or_else(|_| "target/site".into());
    let pkg = std::env::var("LEPTOS_SITE_PKG_DIR").unwrap_or_else(|_| "pkg".into());
    let dir = PathBuf::from(&root).join(&pkg);
    let mut urls = vec!["/".to_string(), "/offline.html".to_string()];
    let mut hasher = Sha256::new();
    if let Ok(rd) = std::fs::read_dir(&dir) {
        let mut names: Vec<String> = rd.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        for n in names {
            hasher.update(std::fs::read(dir.join(&n)).unwrap_or_default());
            urls.push(format!("/{pkg}/{n}"));
        }
    }
    let version = hasher.finalize().iter().take(6).map(|b| format!("{b:02x}")).collect();
    Precache { version, urls }
}
