//! A roster of age recipients as a single [`age::Recipient`].
//!
//! Every stanza written comes from a key listed in the roster file; there is
//! no other key material in this crate. `Roster::describe` prints exactly
//! who will be able to decrypt.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use age::{x25519, EncryptError, Recipient};
use age_core::format::{FileKey, Stanza};
use sha2::{Digest, Sha256};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("reading roster: {0}")]
    Io(#[from] std::io::Error),
    #[error("line {0}: unrecognised recipient")]
    Parse(usize),
    #[error("roster is empty")]
    Empty,
}

enum Key {
    X25519(x25519::Recipient),
    Ssh(age::ssh::Recipient),
}

pub struct Entry {
    pub owner: String,
    pub fingerprint: String,
    key: Key,
}

pub struct Roster {
    entries: Vec<Entry>,
}

/// First 16 hex digits of SHA-256 over the recipient string.
fn fingerprint(line: &str) -> String {
    hex::encode(&Sha256::digest(line.as_bytes())[..8])
}

impl Roster {
    pub fn load(path: impl AsRef<Path>) -> Result<Roster, Error> {
        Roster::parse(&std::fs::read_to_string(path)?)
    }

    /// `# Owner Name` on the line before each key names its owner.
    pub fn parse(text: &str) -> Result<Roster, Error> {
        let mut entries = Vec::new();
        let mut owner = String::from("(unnamed)");
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() {
                continue;
            }
            if let Some(c) = line.strip_prefix('#') {
                owner = c.trim().to_owned();
                continue;
            }
            let key = if line.starts_with("age1") {
                x25519::Recipient::from_str(line).map(Key::X25519).map_err(|_| Error::Parse(i + 1))?
            } else {
                age::ssh::Recipient::from_str(line).map(Key::Ssh).map_err(|_| Error::Parse(i + 1))?
            };
            entries.push(Entry { owner: std::mem::replace(&mut owner, "(unnamed)".into()), fingerprint: fingerprint(line), key });
        }
        if entries.is_empty() {
            return Err(Error::Empty);
        }
        Ok(Roster { entries })
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn describe(&self) -> String {
        let mut s = format!("{} recipient(s):\n", self.entries.len());
        for e in &self.entries {
            let kind = match e.key {
                Key::X25519(_) => "age",
                Key::Ssh(_) => "ssh",
            };
            s.push_str(&format!("  {:<24} {} {}\n", e.owner, kind, e.fingerprint));
        }
        s
    }
}

impl fmt::Debug for Roster {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

impl Recipient for Roster {
    fn wrap_file_key(&self, file_key: &FileKey) -> Result<Vec<Stanza>, EncryptError> {
        let mut out = Vec::with_capacity(self.entries.len());
        for e in &self.entries {
            let mut s = match &e.key {
                Key::X25519(r) => r.wrap_file_key(file_key)?,
                Key::Ssh(r) => r.wrap_file_key(file_key)?,
            };
            out.append(&mut s);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn empty_roster_is_an_error() {
        assert!(super::Roster::parse("# nobody\n").is_err());
    }
}
