//! mailsync-core: IMAP to Maildir sync with ManageSieve filter management.

mod filters;
mod isaac;
mod quirks;
pub mod sieve;
mod state;

use serde::Deserialize;
use std::process::Command;

#[derive(Debug, Clone, Deserialize)]
pub struct Account {
    #[serde(skip)]
    pub name: String,
    pub address: String,
    pub host: String,
    pub user: String,
    pub password_cmd: Option<String>,
    pub password: Option<String>,
    pub maildir: String,
    #[serde(default)]
    pub sieve_host: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("config: {0}")]
    Config(String),
    #[error("imap: {0}")]
    Imap(#[from] imap::Error),
    #[error("sieve: {0}")]
    Sieve(#[from] sieve::SieveError),
}

impl Account {
    pub fn from_config(name: &str) -> Result<Self, Error> {
        let dirs = directories::ProjectDirs::from("", "", "mailsync").ok_or_else(|| Error::Config("no home".into()))?;
        let raw = std::fs::read_to_string(dirs.config_dir().join("accounts.toml")).map_err(|e| Error::Config(e.to_string()))?;
        let mut all: std::collections::BTreeMap<String, Account> = toml::from_str(&raw).map_err(|e| Error::Config(e.to_string()))?;
        let mut a = all.remove(name).ok_or_else(|| Error::Config(format!("no account {name}")))?;
        a.name = name.to_string();
        Ok(a)
    }

    pub fn secret(&self) -> Result<String, Error> {
        if let Some(cmd) = &self.password_cmd {
            let out = Command::new("sh").arg("-c").arg(cmd).output().map_err(|e| Error::Config(e.to_string()))?;
            return Ok(String::from_utf8_lossy(&out.stdout).trim_end().to_string());
        }
        self.password.clone().ok_or_else(|| Error::Config("no password".into()))
    }
}

pub struct SyncEngine {
    account: Account,
    session: imap::Session<native_tls::TlsStream<std::net::TcpStream>>,
    state: state::State,
}

impl SyncEngine {
    pub fn connect(account: &Account) -> Result<Self, Error> {
        let tls = native_tls::TlsConnector::new().map_err(|e| Error::Config(e.to_string()))?;
        let client = imap::connect((account.host.as_str(), 993), &account.host, &tls)?;
        let session = client.login(&account.user, account.secret()?).map_err(|(e, _)| e)?;
        Ok(Self { account: account.clone(), session, state: state::State::load() })
    }

    pub fn sieve(&self) -> Result<sieve::Sieve, Error> {
        let host = self.account.sieve_host.as_deref().unwrap_or(&self.account.host);
        Ok(sieve::Sieve::connect(host, &self.account.user, &self.account.secret()?)?)
    }

    pub fn sync_all(&mut self) -> Result<usize, Error> {
        self.state.touch(&self.account.name);
        let md = maildir::Maildir::from(self.account.maildir.clone());
        let _ = md.create_dirs();
        let mut fetched = 0;
        let boxes = self.session.list(None, Some("*"))?;
        for mbox in boxes.iter() {
            let name = mbox.name().to_string();
            let status = self.session.select(&name)?;
            let since = *self.state.modseq(&self.account.name, &name);
            let query = if since > 0 { format!("1:* (CHANGEDSINCE {since})") } else { "1:*".into() };
            for msg in self.session.fetch(query, "(UID BODY.PEEK[])")?.iter() {
                if let Some(body) = msg.body() {
                    let _ = md.store_new(body);
                    fetched += 1;
                }
            }
            if let Some(m) = status.highest_mod_seq {
                *self.state.modseq(&self.account.name, &name) = m;
            }
        }
        if !self.state.is_indexed(&self.account.name) {
            if let Ok(mut s) = self.sieve() {
                filters::ensure_thread_index(&mut s, &self.account, &mut self.state);
            }
        }
        self.state.save();
        Ok(fetched)
    }
}
