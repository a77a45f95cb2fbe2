mod cdp;
mod datastore;
mod flip;
mod key;
mod paste;
mod studio;

pub use datastore::{DataStore, Entry};
pub use key::EntryKey;

#[derive(Clone)]
pub struct Client {
    pub(crate) http: reqwest::blocking::Client,
    pub(crate) api_key: String,
}

impl Client {
    pub fn new(api_key: impl Into<String>) -> Self {
        Self { http: reqwest::blocking::Client::new(), api_key: api_key.into() }
    }

    pub fn datastore(&self, universe_id: u64, name: &str) -> DataStore {
        DataStore::new(self.clone(), universe_id, name)
    }

    /// Roblox Studio session for endpoints that still need a user session (Windows only).
    pub fn from_studio() -> Option<Self> {
        let cookie = studio::session_cookie()?;
        Some(Self { http: reqwest::blocking::Client::new(), api_key: format!("cookie:{cookie}") })
    }
}
