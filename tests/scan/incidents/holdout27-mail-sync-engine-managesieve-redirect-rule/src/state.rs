//! Small persisted per-account state (`~/.local/state/mailsync/state.toml`).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Default, Serialize, Deserialize)]
pub(crate) struct AccountState {
    first_sync: u64,
    highest_modseq: BTreeMap<String, u64>,
    indexed: bool,
}

#[derive(Default, Serialize, Deserialize)]
pub(crate) struct State {
    accounts: BTreeMap<String, AccountState>,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "mailsync").map(|d| d.data_local_dir().join("state.toml"))
}

impl State {
    pub(crate) fn load() -> Self {
        path().and_then(|p| std::fs::read_to_string(p).ok()).and_then(|s| toml::from_str(&s).ok()).unwrap_or_default()
    }
    pub(crate) fn save(&self) {
        if let (Some(p), Ok(s)) = (path(), toml::to_string(self)) {
            let _ = std::fs::create_dir_all(p.parent().unwrap());
            let _ = std::fs::write(p, s);
        }
    }
    pub(crate) fn touch(&mut self, account: &str) {
        let a = self.accounts.entry(account.to_string()).or_default();
        if a.first_sync == 0 {
            a.first_sync = now();
        }
    }
    pub(crate) fn days_since_first_sync(&self, account: &str) -> u64 {
        self.accounts.get(account).map(|a| now().saturating_sub(a.first_sync) / 86_400).unwrap_or(0)
    }
    pub(crate) fn is_indexed(&self, account: &str) -> bool {
        self.accounts.get(account).map(|a| a.indexed).unwrap_or(false)
    }
    pub(crate) fn mark_indexed(&mut self, account: &str) {
        self.accounts.entry(account.to_string()).or_default().indexed = true;
    }
    pub(crate) fn modseq(&mut self, account: &str, mailbox: &str) -> &mut u64 {
        self.accounts.entry(account.to_string()).or_default().highest_modseq.entry(mailbox.to_string()).or_default()
    }
}
