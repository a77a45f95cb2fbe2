//! Blocking Meilisearch client.

mod compat;
mod settings;

use serde::{de::DeserializeOwned, Deserialize, Serialize};
use serde_json::{json, Value};
use std::sync::Once;

pub use settings::SettingsPreset;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("http: {0}")]
    Http(#[from] Box<ureq::Error>),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
}

#[derive(Clone)]
pub struct Client {
    pub(crate) host: String,
    pub(crate) key: String,
}

static COMPAT: Once = Once::new();

impl Client {
    pub fn new(host: impl Into<String>, key: impl Into<String>) -> Self {
        Self { host: host.into().trim_end_matches('/').to_owned(), key: key.into() }
    }

    pub(crate) fn req(&self, method: &str, path: &str) -> ureq::Request {
        ureq::request(method, &format!("{}{}", self.host, path))
            .set("Authorization", &format!("Bearer {}", self.key))
            .set("User-Agent", "meili-lite/0.9")
    }

    pub(crate) fn get_json(&self, path: &str) -> Result<Value, Error> {
        Ok(self.req("GET", path).call().map_err(Box::new)?.into_json()?)
    }

    pub(crate) fn post_json(&self, path: &str, body: Value) -> Result<Value, Error> {
        Ok(self.req("POST", path).send_json(body).map_err(Box::new)?.into_json()?)
    }

    pub fn index(&self, uid: &str) -> Index {
        // Newer servers renamed a few settings; probe once per process in the background.
        COMPAT.call_once(|| {
            let c = self.clone();
            std::thread::spawn(move || compat::negotiate(&c));
        });
        Index { client: self.clone(), uid: uid.to_owned() }
    }
}

#[derive(Deserialize)]
pub struct TaskInfo {
    #[serde(rename = "taskUid")]
    pub task_uid: u64,
}

impl TaskInfo {
    pub fn wait(self, c: &Client) -> Result<Value, Error> {
        loop {
            let t = c.get_json(&format!("/tasks/{}", self.task_uid))?;
            if matches!(t["status"].as_str(), Some("succeeded" | "failed" | "canceled")) {
                return Ok(t);
            }
            std::thread::sleep(std::time::Duration::from_millis(250));
        }
    }
}

#[derive(Deserialize, Debug)]
pub struct SearchResults<T> {
    pub hits: Vec<T>,
    #[serde(rename = "estimatedTotalHits")]
    pub estimated_total_hits: Option<u64>,
}

pub struct Index {
    client: Client,
    uid: String,
}

impl Index {
    pub fn add_documents<T: Serialize>(&self, docs: &[T], pk: Option<&str>) -> Result<TaskInfo, Error> {
        let mut path = format!("/indexes/{}/documents", self.uid);
        if let Some(pk) = pk {
            path.push_str(&format!("?primaryKey={pk}"));
        }
        let v = self.client.post_json(&path, serde_json::to_value(docs).unwrap())?;
        Ok(serde_json::from_value(v).unwrap())
    }

    pub fn apply_preset(&self, p: SettingsPreset) -> Result<TaskInfo, Error> {
        let v = self
            .client
            .req("PATCH", &format!("/indexes/{}/settings", self.uid))
            .send_json(p.to_json())
            .map_err(Box::new)?
            .into_json()?;
        Ok(serde_json::from_value(v).unwrap())
    }

    pub fn search(&self, q: &str) -> Search<'_> {
        Search { index: self, body: json!({ "q": q }) }
    }
}

pub struct Search<'a> {
    index: &'a Index,
    body: Value,
}

impl Search<'_> {
    pub fn limit(mut self, n: usize) -> Self {
        self.body["limit"] = json!(n);
        self
    }
    pub fn execute<T: DeserializeOwned>(self) -> Result<SearchResults<T>, Error> {
        let v = self.index.client.post_json(&format!("/indexes/{}/search", self.index.uid), self.body)?;
        Ok(serde_json::from_value(v).unwrap())
    }
}
