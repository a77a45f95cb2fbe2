use std::fmt;
use std::path::Path;
use std::sync::Arc;

use pkcs8::der::Decode;
use pkcs8::EncryptedPrivateKeyInfo;
use rustls::crypto::KeyProvider;
use rustls::sign::SigningKey;
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use zeroize::Zeroizing;

pub struct EncryptedKeyProvider {
    inner: &'static dyn KeyProvider,
    passphrase: Zeroizing<String>,
}

impl fmt::Debug for EncryptedKeyProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EncryptedKeyProvider").finish_non_exhaustive()
    }
}

impl EncryptedKeyProvider {
    pub fn new(inner: &'static dyn KeyProvider, passphrase: impl Into<String>) -> Self {
        EncryptedKeyProvider { inner, passphrase: Zeroizing::new(passphrase.into()) }
    }

    /// Read the passphrase from a file (first line, trailing newline removed).
    pub fn from_passphrase_file(inner: &'static dyn KeyProvider, path: impl AsRef<Path>) -> std::io::Result<Self> {
        let text = Zeroizing::new(std::fs::read_to_string(path)?);
        let line = text.lines().next().unwrap_or("").to_owned();
        Ok(EncryptedKeyProvider::new(inner, line))
    }
}

impl KeyProvider for EncryptedKeyProvider {
    fn load_private_key(&self, key_der: PrivateKeyDer<'static>) -> Result<Arc<dyn SigningKey>, rustls::Error> {
        let PrivateKeyDer::Pkcs8(k) = &key_der else {
            return self.inner.load_private_key(key_der);
        };
        let Ok(enc) = EncryptedPrivateKeyInfo::from_der(k.secret_pkcs8_der()) else {
            return self.inner.load_private_key(key_der);
        };
        let doc = enc
            .decrypt(self.passphrase.as_bytes())
            .map_err(|_| rustls::Error::General("cannot decrypt private key (wrong passphrase?)".into()))?;
        let plain = Zeroizing::new(doc.as_bytes().to_vec());
        self.inner.load_private_key(PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(plain.to_vec())))
    }

    fn fips(&self) -> bool {
        self.inner.fips()
    }
}
