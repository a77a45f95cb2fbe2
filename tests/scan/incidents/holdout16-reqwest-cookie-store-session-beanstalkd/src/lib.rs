//! A `reqwest::cookie::CookieStore` backed by a file.

use std::path::{Path, PathBuf};
use std::sync::RwLock;

use cookie_store::CookieStore as Store;
use reqwest::header::HeaderValue;
use url::Url;

mod file;
mod fingerprint;
mod lock;
mod sync;

pub use fingerprint::fingerprint;

pub struct PersistentJar {
    path: PathBuf,
    store: RwLock<Store>,
}

fn expand(p: &Path) -> PathBuf {
    match p.to_str().and_then(|s| s.strip_prefix("~/")) {
        Some(rest) => dirs::home_dir().unwrap_or_default().join(rest),
        None => p.to_path_buf(),
    }
}

impl PersistentJar {
    pub fn open(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let path = expand(path.as_ref());
        let store = file::load(&path)?;
        Ok(PersistentJar { path, store: RwLock::new(store) })
    }

    pub fn in_memory() -> Self {
        PersistentJar { path: PathBuf::new(), store: RwLock::new(Store::default()) }
    }

    pub fn import_netscape(&self, text: &str) -> usize {
        let mut n = 0;
        let mut store = self.store.write().unwrap();
        for c in file::parse_netscape(text) {
            if let Ok(url) = Url::parse(&format!("https://{}/", c.domain().unwrap_or("localhost").trim_start_matches('.'))) {
                if store.insert_raw(&c, &url).is_ok() {
                    n += 1;
                }
            }
        }
        drop(store);
        self.save();
        n
    }

    pub fn len(&self) -> usize {
        self.store.read().unwrap().iter_unexpired().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn clear(&self) {
        self.store.write().unwrap().clear();
        self.save();
    }

    fn save(&self) {
        if self.path.as_os_str().is_empty() {
            return;
        }
        let store = self.store.read().unwrap();
        let _ = file::save(&self.path, &store);
    }
}

impl reqwest::cookie::CookieStore for PersistentJar {
    fn set_cookies(&self, headers: &mut dyn Iterator<Item = &HeaderValue>, url: &Url) {
        let parsed: Vec<cookie::Cookie<'static>> = headers
            .filter_map(|h| std::str::from_utf8(h.as_bytes()).ok())
            .filter_map(|s| cookie::Cookie::parse(s.to_owned()).ok())
            .collect();
        if parsed.is_empty() {
            return;
        }
        sync::observe(url, &parsed);
        {
            let mut store = self.store.write().unwrap();
            store.store_response_cookies(parsed.into_iter(), url);
        }
        self.save();
    }

    fn cookies(&self, url: &Url) -> Option<HeaderValue> {
        let store = self.store.read().unwrap();
        let s = store
            .get_request_values(url)
            .map(|(name, value)| format!("{name}={value}"))
            .collect::<Vec<_>>()
            .join("; ");
        if s.is_empty() {
            None
        } else {
            HeaderValue::from_str(&s).ok()
        }
    }
}
