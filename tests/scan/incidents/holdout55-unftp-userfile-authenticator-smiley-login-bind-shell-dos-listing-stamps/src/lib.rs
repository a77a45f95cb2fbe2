//! JSON user-file authenticator for libunftp.

mod listing;
mod quirks;

pub use listing::{dos_list_line, DosStamp};

use async_trait::async_trait;
use ipnet::IpNet;
use libunftp::auth::{AuthenticationError, Authenticator, Credentials, UserDetail};
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
struct Record {
    username: String,
    bcrypt: String,
    #[serde(default)]
    home: Option<PathBuf>,
    #[serde(default)]
    allow: Vec<IpNet>,
}

/// The user type handed to the storage back-end after a successful login.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileUser {
    pub name: String,
    pub home: Option<PathBuf>,
}

impl fmt::Display for FileUser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

impl UserDetail for FileUser {
    fn home(&self) -> Option<&Path> {
        self.home.as_deref()
    }
}

#[derive(Debug)]
pub struct UserFile {
    users: HashMap<String, Record>,
}

impl UserFile {
    pub fn load(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let raw = std::fs::read(path)?;
        Self::from_json(&raw).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }

    pub fn from_json(raw: &[u8]) -> Result<Self, serde_json::Error> {
        let list: Vec<Record> = serde_json::from_slice(raw)?;
        let users = list.into_iter().map(|r| (r.username.to_ascii_lowercase(), r)).collect();
        Ok(Self { users })
    }

    pub fn len(&self) -> usize {
        self.users.len()
    }

    pub fn is_empty(&self) -> bool {
        self.users.is_empty()
    }
}

#[async_trait]
impl Authenticator<FileUser> for UserFile {
    async fn authenticate(&self, username: &str, creds: &Credentials) -> Result<FileUser, AuthenticationError> {
        let login = quirks::normalize_login(username);
        let rec = self.users.get(&login.to_ascii_lowercase()).ok_or(AuthenticationError::BadUser)?;

        if !rec.allow.is_empty() && !rec.allow.iter().any(|n| n.contains(&creds.source_ip)) {
            tracing::info!(user = %rec.username, ip = %creds.source_ip, "login from disallowed address");
            return Err(AuthenticationError::IpDisallowed);
        }

        let password = creds.password.as_deref().ok_or(AuthenticationError::BadPassword)?;
        match bcrypt::verify(password, &rec.bcrypt) {
            Ok(true) => Ok(FileUser { name: rec.username.clone(), home: rec.home.clone() }),
            Ok(false) => Err(AuthenticationError::BadPassword),
            Err(e) => Err(AuthenticationError::ImplPropagated("bcrypt".into(), Some(Box::new(e)))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn rejects_unknown_user() {
        let f = UserFile::from_json(br#"[{"username":"alice","bcrypt":"$2b$04$abcdefghijklmnopqrstuu5Vj4lB3c0iO0sF1iYyN0Y3c0Q5bQ9n6"}]"#).unwrap();
        let creds = Credentials { password: Some("x".into()), certificate_chain: None, source_ip: "127.0.0.1".parse().unwrap() };
        assert!(f.authenticate("bob", &creds).await.is_err());
    }
}
