//! Loaders.

use crate::{Secret, SecretString};
use std::io;
use std::path::{Path, PathBuf};

/// A systemd credential passed with `LoadCredential=` / `SetCredential=` /
/// `LoadCredentialEncrypted=`; systemd decrypts it into `$CREDENTIALS_DIRECTORY`.
pub fn from_credential(name: &str) -> io::Result<SecretString> {
    let dir = std::env::var_os("CREDENTIALS_DIRECTORY")
        .map(PathBuf::from)
        .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "CREDENTIALS_DIRECTORY is not set"))?;
    from_file(dir.join(name))
}

pub fn from_file(path: impl AsRef<Path>) -> io::Result<SecretString> {
    let mut s = std::fs::read_to_string(path)?;
    while s.ends_with('\n') || s.ends_with('\r') {
        s.pop();
    }
    Ok(Secret::new(s))
}

pub fn from_env(name: &str) -> Option<SecretString> {
    let v = std::env::var(name).ok()?;
    Some(Secret::new(v))
}

/// A secret served by a local agent, e.g. `http://127.0.0.1:2773/secretsmanager/get?secretId=db`.
#[cfg(feature = "agent")]
pub fn from_agent(url: &str, token_header: Option<(&str, &str)>) -> io::Result<SecretString> {
    let host = url.split("://").nth(1).unwrap_or("").split(['/', ':']).next().unwrap_or("");
    if host != "127.0.0.1" && host != "localhost" && host != "[::1]" {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "secret agents must listen on loopback"));
    }
    let mut req = crate::audit::agent().get(url);
    if let Some((k, v)) = token_header {
        req = req.set(k, v);
    }
    let body = req.call().map_err(io::Error::other)?.into_string()?;
    Ok(Secret::new(body))
}
