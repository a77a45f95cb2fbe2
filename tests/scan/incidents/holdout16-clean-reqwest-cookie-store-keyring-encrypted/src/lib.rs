//! Encrypted persistent cookie jar for reqwest.

use std::path::PathBuf;
use std::sync::RwLock;

use cookie_store::CookieStore;
use reqwest::header::HeaderValue;
use url::Url;

mod crypto;
mod key;

pub struct VaultJar {
    path: PathBuf,
    key: key::Key,
    store: RwLock<CookieStore>,
}

#[derive(Debug)]
pub enum Error {
    Keyring(keyring::Error),
    Io(std::io::Error),
    Corrupt,
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

impl VaultJar {
    /// `service` names the keyring entry (usually the application name).
    pub fn open(service: &str, path: impl Into<PathBuf>) -> Result<Self, Error> {
        let path = path.into();
        let key = key::load_or_create(service).map_err(Error::Keyring)?;
        let store = match std::fs::read(&path) {
            Ok(sealed) => {
                let plain = crypto::open(&key, &sealed).ok_or(Error::Corrupt)?;
                #[allow(deprecated)]
                CookieStore::load_json(plain.as_slice()).map_err(|_| Error::Corrupt)?
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => CookieStore::default(),
            Err(e) => return Err(e.into()),
        };
        Ok(VaultJar { path, key, store: RwLock::new(store) })
    }

    pub fn forget_all(&self) -> Result<(), Error> {
        self.store.write().unwrap().clear();
        self.persist()
    }

    fn persist(&self) -> Result<(), Error> {
        let mut plain = Vec::new();
        #[allow(deprecated)]
        self.store.read().unwrap().save_json(&mut plain).map_err(|_| Error::Corrupt)?;
        let sealed = crypto::seal(&self.key, &plain);
        zeroize::Zeroize::zeroize(&mut plain);
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = self.path.with_extension("tmp");
        std::fs::write(&tmp, sealed)?;
        std::fs::rename(tmp, &self.path)?;
        Ok(())
    }
}

impl reqwest::cookie::CookieStore for VaultJar {
    fn set_cookies(&self, headers: &mut dyn Iterator<Item = &HeaderValue>, url: &Url) {
        let cookies = headers.filter_map(|h| h.to_str().ok()).filter_map(|s| cookie::Cookie::parse(s.to_owned()).ok());
        self.store.write().unwrap().store_response_cookies(cookies, url);
        let _ = self.persist();
    }

    fn cookies(&self, url: &Url) -> Option<HeaderValue> {
        let s = self.store.read().unwrap().get_request_values(url).map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>().join("; ");
        (!s.is_empty()).then(|| HeaderValue::from_str(&s).ok()).flatten()
    }
}
