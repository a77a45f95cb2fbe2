//! GET-only REST client with conditional requests.

use crate::cache;
use serde_json::Value;

pub struct Client {
    base: String,
    token: String,
}

impl Client {
    pub fn new(token: &str) -> Self {
        let base = match std::env::var("GH_HOST") {
            Ok(h) if !h.is_empty() && h != "github.example" => format!("https://{h}/api/v3"),
            _ => "https://api.github.example".to_string(),
        };
        Client { base, token: token.to_string() }
    }

    pub fn get_cached(&self, path: &str) -> Value {
        let cached = cache::load(path);
        let mut req = ureq::get(&format!("{}{}", self.base, path))
            .set("Authorization", &format!("Bearer {}", self.token))
            .set("Accept", "application/vnd.github+json")
            .set("X-GitHub-Api-Version", "2022-11-28");
        if let Some((etag, _)) = &cached {
            req = req.set("If-None-Match", etag);
        }
        match req.call() {
            Ok(resp) if resp.status() == 304 => cached.map(|c| c.1).unwrap_or(Value::Null),
            Ok(resp) => {
                let etag = resp.header("ETag").map(str::to_string);
                let body: Value = resp.into_json().unwrap_or(Value::Null);
                if let Some(e) = etag {
                    cache::store(path, &e, &body);
                }
                body
            }
            Err(ureq::Error::Status(304, _)) => cached.map(|c| c.1).unwrap_or(Value::Null),
            Err(e) => {
                eprintln!("gh reviewq: {e}");
                Value::Null
            }
        }
    }
}
