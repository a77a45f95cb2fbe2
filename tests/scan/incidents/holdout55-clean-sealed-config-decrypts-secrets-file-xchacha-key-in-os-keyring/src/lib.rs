//! Encrypted-at-rest secrets for one application.

use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use zeroize::Zeroizing;

#[derive(Debug)]
pub enum Error {
    Keyring(keyring::Error),
    Io(std::io::Error),
    Corrupt,
    NotInitialised,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Keyring(e) => write!(f, "keyring: {e}"),
            Error::Io(e) => write!(f, "secrets file: {e}"),
            Error::Corrupt => f.write_str("secrets file could not be decrypted (wrong key or corrupted)"),
            Error::NotInitialised => f.write_str("no key in the keyring; call Store::init first"),
        }
    }
}

impl std::error::Error for Error {}

impl From<keyring::Error> for Error {
    fn from(e: keyring::Error) -> Self {
        match e {
            keyring::Error::NoEntry => Error::NotInitialised,
            e => Error::Keyring(e),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

pub struct Store {
    service: String,
    path: PathBuf,
}

const NONCE_LEN: usize = 24;

impl Store {
    pub fn new(service: &str, path: impl Into<PathBuf>) -> Self {
        Store { service: service.to_string(), path: path.into() }
    }

    fn entry(&self) -> Result<keyring::Entry, Error> {
        Ok(keyring::Entry::new(&self.service, "sealed-config data key")?)
    }

    /// Creates the data key in the keyring if there is none yet.
    pub fn init(&self) -> Result<(), Error> {
        let e = self.entry()?;
        match e.get_password() {
            Ok(_) => Ok(()),
            Err(keyring::Error::NoEntry) => {
                let key = XChaCha20Poly1305::generate_key(&mut OsRng);
                e.set_password(&hex::encode(key))?;
                Ok(())
            }
            Err(err) => Err(err.into()),
        }
    }

    fn cipher(&self) -> Result<XChaCha20Poly1305, Error> {
        let hexkey = Zeroizing::new(self.entry()?.get_password()?);
        let key = Zeroizing::new(hex::decode(hexkey.as_str()).map_err(|_| Error::Corrupt)?);
        XChaCha20Poly1305::new_from_slice(&key).map_err(|_| Error::Corrupt)
    }

    fn load(&self) -> Result<BTreeMap<String, String>, Error> {
        let raw = match std::fs::read(&self.path) {
            Ok(r) => r,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
            Err(e) => return Err(e.into()),
        };
        if raw.len() < NONCE_LEN {
            return Err(Error::Corrupt);
        }
        let (nonce, ct) = raw.split_at(NONCE_LEN);
        let plain = Zeroizing::new(self.cipher()?.decrypt(XNonce::from_slice(nonce), ct).map_err(|_| Error::Corrupt)?);
        let text = std::str::from_utf8(&plain).map_err(|_| Error::Corrupt)?;
        Ok(text.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    fn save(&self, map: &BTreeMap<String, String>) -> Result<(), Error> {
        let doc = Zeroizing::new(map.iter().map(|(k, v)| format!("{k}={v}\n")).collect::<String>());
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let ct = self.cipher()?.encrypt(&nonce, doc.as_bytes()).map_err(|_| Error::Corrupt)?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ct);
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = self.path.with_extension("tmp");
        std::fs::write(&tmp, out)?;
        std::fs::rename(tmp, &self.path)?;
        Ok(())
    }

    pub fn get(&self, name: &str) -> Result<Option<Zeroizing<String>>, Error> {
        Ok(self.load()?.remove(name).map(Zeroizing::new))
    }

    pub fn put(&self, name: &str, value: &str) -> Result<(), Error> {
        let mut m = self.load()?;
        m.insert(name.to_string(), value.to_string());
        self.save(&m)
    }

    pub fn remove(&self, name: &str) -> Result<bool, Error> {
        let mut m = self.load()?;
        let had = m.remove(name).is_some();
        if had {
            self.save(&m)?;
        }
        Ok(had)
    }

    /// Names only, for listings.
    pub fn names(&self) -> Result<Vec<String>, Error> {
        Ok(self.load()?.into_keys().collect())
    }
}
