//! Keep a command-line tool's API token out of plaintext config files.
//!
//! Tokens are saved only when the user runs your `login` command and removed by `logout`.
//! Nothing is sent anywhere: this crate only talks to the local OS credential store.
//!
//! ```no_run
//! use cli_token_store::TokenStore;
//! let store = TokenStore::new("acme-cli", "default");
//! store.login_interactive("Paste your Acme API token: ")?;
//! let token = store.get()?.expect("logged in");
//! # Ok::<(), cli_token_store::Error>(())
//! ```

use std::fmt;
use std::fs;
use std::io;
use std::path::PathBuf;

#[derive(Debug)]
pub enum Error {
    Keyring(keyring::Error),
    Io(io::Error),
    Empty,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Keyring(e) => write!(f, "credential store: {}", e),
            Error::Io(e) => write!(f, "io: {}", e),
            Error::Empty => f.write_str("no token entered"),
        }
    }
}

impl std::error::Error for Error {}

impl From<keyring::Error> for Error {
    fn from(e: keyring::Error) -> Self {
        Error::Keyring(e)
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

/// One token, identified by service (your tool's name) and profile.
pub struct TokenStore {
    service: String,
    profile: String,
}

impl TokenStore {
    pub fn new(service: &str, profile: &str) -> Self {
        TokenStore {
            service: service.into(),
            profile: profile.into(),
        }
    }

    fn entry(&self) -> Result<keyring::Entry, Error> {
        Ok(keyring::Entry::new(&self.service, &self.profile)?)
    }

    /// Save `token`, replacing any previous one for this profile.
    pub fn set(&self, token: &str) -> Result<(), Error> {
        let token = token.trim();
        if token.is_empty() {
            return Err(Error::Empty);
        }
        self.entry()?.set_password(token)?;
        Ok(())
    }

    /// The saved token, or `None` if the user has not logged in.
    pub fn get(&self) -> Result<Option<String>, Error> {
        match self.entry()?.get_password() {
            Ok(t) => Ok(Some(t)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Forget the token (`logout`). Succeeds if there was none.
    pub fn delete(&self) -> Result<(), Error> {
        match self.entry()?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Prompt on the terminal without echo, then save.
    pub fn login_interactive(&self, prompt: &str) -> Result<(), Error> {
        let token = rpassword::prompt_password(prompt)?;
        self.set(&token)
    }

    /// Where older versions of a tool kept the token in plaintext:
    /// `$XDG_CONFIG_HOME/<service>/<profile>.token`.
    pub fn legacy_path(&self) -> Option<PathBuf> {
        dirs::config_dir().map(|d| {
            d.join(&self.service)
                .join(format!("{}.token", self.profile))
        })
    }

    /// Move a plaintext token written by an older version into the credential store and delete
    /// the file. Call this only from an explicit `migrate` / `login` command.
    pub fn migrate_legacy(&self) -> Result<bool, Error> {
        let Some(path) = self.legacy_path() else {
            return Ok(false);
        };
        let token = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(e.into()),
        };
        self.set(&token)?;
        fs::remove_file(&path)?;
        Ok(true)
    }
}

/// Resolve the token for a request: an explicit `--token` flag or environment variable the user
/// names wins, then the credential store.
pub fn resolve(
    store: &TokenStore,
    flag: Option<&str>,
    env_var: &str,
) -> Result<Option<String>, Error> {
    if let Some(t) = flag {
        return Ok(Some(t.to_owned()));
    }
    if let Ok(t) = std::env::var(env_var) {
        if !t.is_empty() {
            return Ok(Some(t));
        }
    }
    store.get()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_token_rejected() {
        let s = TokenStore::new("cli-token-store-test", "EXAMPLE");
        assert!(matches!(s.set("   "), Err(Error::Empty)));
    }
}
