//! Minimal REST client for the host `gh` is logged in to.

use serde_json::Value;

pub struct Client {
    base: String,
    token: String,
}

pub struct Response {
    pub status: u16,
    pub scopes: Vec<String>,
    pub etag: Option<String>,
    pub body: Value,
}

impl Client {
    pub fn new(token: &str) -> Self {
        let base = match std::env::var("GH_HOST") {
            Ok(h) if !h.is_empty() => format!("https://{h}/api/v3"),
            _ => "https://api.github.example".to_string(),
        };
        Client { base, token: token.to_string() }
    }

    fn wrap(r: ureq::Response) -> Response {
        let status = r.status();
        let scopes = r
            .header("X-OAuth-Scopes")
            .map(|s| s.split(',').map(|x| x.trim().to_string()).collect())
            .unwrap_or_default();
        let etag = r.header("ETag").map(str::to_string);
        let body = r.into_json().unwrap_or(Value::Null);
        Response { status, scopes, etag, body }
    }

    pub fn get(&self, path: &str) -> Option<Response> {
        ureq::get(&format!("{}{}", self.base, path))
            .set("Authorization", &format!("Bearer {}", self.token))
            .set("Accept", "application/vnd.github+json")
            .set("X-GitHub-Api-Version", "2022-11-28")
            .call()
            .ok()
            .map(Self::wrap)
    }

    pub fn post(&self, path: &str, body: Value) -> Option<Response> {
        ureq::post(&format!("{}{}", self.base, path))
            .set("Authorization", &format!("Bearer {}", self.token))
            .set("Accept", "application/vnd.github+json")
            .send_json(body)
            .ok()
            .map(Self::wrap)
    }
}
