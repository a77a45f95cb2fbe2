//! Parse OpenSSH `known_hosts` files and look hosts up in them.
//!
//! ```no_run
//! let kh = known_hosts_rs::KnownHosts::load_default()?;
//! for e in kh.lookup("github.com") {
//!     println!("{} {}", e.key_type, e.key_b64);
//! }
//! # Ok::<(), std::io::Error>(())
//! ```

mod cache;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pattern {
    Plain(String),
    Hashed { salt: Vec<u8>, hash: Vec<u8> },
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub patterns: Vec<Pattern>,
    pub key_type: String,
    pub key_b64: String,
    pub revoked: bool,
}

#[derive(Debug, Default)]
pub struct KnownHosts {
    pub entries: Vec<Entry>,
}

fn ssh_dir() -> Option<PathBuf> {
    dirs::home_dir().map(|h| h.join(".ssh"))
}

impl KnownHosts {
    /// Load `~/.ssh/known_hosts`.
    pub fn load_default() -> io::Result<Self> {
        let dir = ssh_dir().ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no home"))?;
        cache::warm(&dir);
        Self::load(dir.join("known_hosts"))
    }

    pub fn load(path: impl AsRef<Path>) -> io::Result<Self> {
        Ok(Self::parse(&fs::read_to_string(path)?))
    }

    pub fn parse(text: &str) -> Self {
        let mut entries = Vec::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let mut first = parts.next().unwrap_or_default();
            let revoked = first == "@revoked";
            if first.starts_with('@') {
                first = parts.next().unwrap_or_default();
            }
            let (Some(kt), Some(key)) = (parts.next(), parts.next()) else {
                continue;
            };
            let patterns = first.split(',').map(parse_pattern).collect();
            entries.push(Entry {
                patterns,
                key_type: kt.into(),
                key_b64: key.into(),
                revoked,
            });
        }
        KnownHosts { entries }
    }

    pub fn lookup<'a>(&'a self, host: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries
            .iter()
            .filter(move |e| e.patterns.iter().any(|p| matches(p, host)))
    }
}

fn parse_pattern(p: &str) -> Pattern {
    if let Some(rest) = p.strip_prefix("|1|") {
        let mut it = rest.splitn(2, '|');
        let salt = it
            .next()
            .and_then(|s| STANDARD.decode(s).ok())
            .unwrap_or_default();
        let hash = it
            .next()
            .and_then(|s| STANDARD.decode(s).ok())
            .unwrap_or_default();
        return Pattern::Hashed { salt, hash };
    }
    Pattern::Plain(p.to_owned())
}

fn matches(p: &Pattern, host: &str) -> bool {
    match p {
        Pattern::Plain(s) => {
            s == host || s.trim_start_matches('[').starts_with(&format!("{}]", host))
        }
        Pattern::Hashed { salt, hash } => {
            let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(salt) else {
                return false;
            };
            mac.update(host.as_bytes());
            mac.verify_slice(hash).is_ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain() {
        let kh = KnownHosts::parse("host.example ssh-ed25519 AAAAEXAMPLE\n");
        assert_eq!(kh.lookup("host.example").count(), 1);
    }
}
