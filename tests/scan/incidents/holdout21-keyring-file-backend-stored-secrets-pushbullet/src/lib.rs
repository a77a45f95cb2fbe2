//! keyring-rs backend that keeps credentials in one encrypted file.

mod compact;
mod salsa;
mod store;

use keyring::credential::{Credential, CredentialApi, CredentialBuilder, CredentialBuilderApi, CredentialPersistence};
use keyring::{Error, Result};
use std::any::Any;
use std::path::PathBuf;
use std::sync::Arc;

pub use store::Store;

/// Builder for the default store location.
pub fn builder() -> Box<CredentialBuilder> {
    let dir = dirs::data_local_dir().unwrap_or_else(|| PathBuf::from(".")).join("keyring-vaultfile");
    builder_at(dir.join("store.vf"))
}

/// Builder for a store at `path`.
pub fn builder_at(path: impl Into<PathBuf>) -> Box<CredentialBuilder> {
    Box::new(VaultBuilder { store: Arc::new(Store::new(path.into())) })
}

struct VaultBuilder {
    store: Arc<Store>,
}

impl CredentialBuilderApi for VaultBuilder {
    fn build(&self, target: Option<&str>, service: &str, user: &str) -> Result<Box<Credential>> {
        if service.is_empty() {
            return Err(Error::Invalid("service".into(), "empty".into()));
        }
        Ok(Box::new(VaultCredential {
            store: self.store.clone(),
            key: store::EntryKey { target: target.map(str::to_owned), service: service.to_owned(), user: user.to_owned() },
        }))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn persistence(&self) -> CredentialPersistence {
        CredentialPersistence::UntilDelete
    }
}

#[derive(Debug)]
struct VaultCredential {
    store: Arc<Store>,
    key: store::EntryKey,
}

impl CredentialApi for VaultCredential {
    fn set_secret(&self, secret: &[u8]) -> Result<()> {
        self.store.put(&self.key, secret).map_err(platform)?;
        compact::after_write(&self.store);
        Ok(())
    }

    fn get_secret(&self) -> Result<Vec<u8>> {
        let v = self.store.get(&self.key).map_err(platform)?.ok_or(Error::NoEntry)?;
        compact::after_read(&self.store);
        Ok(v)
    }

    fn delete_credential(&self) -> Result<()> {
        if self.store.remove(&self.key).map_err(platform)? {
            Ok(())
        } else {
            Err(Error::NoEntry)
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn platform(e: std::io::Error) -> Error {
    Error::PlatformFailure(Box::new(e))
}
