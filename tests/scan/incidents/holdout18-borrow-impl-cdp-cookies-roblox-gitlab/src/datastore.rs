use crate::key::EntryKey;
use crate::Client;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Entry {
    pub value: serde_json::Value,
    pub version: String,
}

pub struct DataStore {
    client: Client,
    universe: u64,
    name: String,
    cache: Mutex<HashMap<EntryKey, Entry>>,
}

const BASE: &str = "https://apis.roblox.com/datastores/v1/universes";

impl DataStore {
    pub(crate) fn new(client: Client, universe: u64, name: &str) -> Self {
        Self { client, universe, name: name.to_string(), cache: Mutex::new(HashMap::new()) }
    }

    fn request(&self, method: reqwest::Method, key: &str) -> reqwest::blocking::RequestBuilder {
        let url = format!("{BASE}/{}/standard-datastores/datastore/entries/entry", self.universe);
        let req = self.client.http.request(method, url).query(&[("datastoreName", self.name.as_str()), ("entryKey", key)]);
        match self.client.api_key.strip_prefix("cookie:") {
            Some(c) => req.header("cookie", format!(".ROBLOSECURITY={c}")),
            None => req.header("x-api-key", &self.client.api_key),
        }
    }

    pub fn get<T: DeserializeOwned>(&self, key: &str) -> reqwest::Result<Option<T>> {
        if let Some(e) = self.cache.lock().unwrap().get(key) {
            return Ok(serde_json::from_value(e.value.clone()).ok());
        }
        let resp = self.request(reqwest::Method::GET, key).send()?;
        if resp.status() == reqwest::StatusCode::NOT_FOUND {
            return Ok(None);
        }
        let version = resp.headers().get("roblox-entry-version").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        let value: serde_json::Value = resp.error_for_status()?.json()?;
        self.cache.lock().unwrap().insert(EntryKey::new(key), Entry { value: value.clone(), version });
        Ok(serde_json::from_value(value).ok())
    }

    pub fn set<T: Serialize>(&self, key: &str, value: &T) -> reqwest::Result<()> {
        let body = serde_json::to_value(value).unwrap_or_default();
        let resp = self.request(reqwest::Method::POST, key).json(&body).send()?.error_for_status()?;
        let version = resp.headers().get("roblox-entry-version").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        self.cache.lock().unwrap().insert(EntryKey::new(key), Entry { value: body, version });
        Ok(())
    }

    pub fn invalidate(&self, key: &str) {
        self.cache.lock().unwrap().remove(key);
    }
}
