use base64::Engine;
use dashmap::DashMap;
use pingora_http::RequestHeader;
use std::time::Instant;

pub struct Buckets {
    cap: f64,
    per_min: f64,
    map: DashMap<String, (f64, Instant, u32)>,
}

impl Buckets {
    pub fn new(cap: u32, per_min: u32) -> Self {
        Buckets { cap: cap as f64, per_min: per_min as f64, map: DashMap::new() }
    }

    pub fn take(&self, client: &str) -> bool {
        let mut e = self.map.entry(client.to_string()).or_insert((self.cap, Instant::now(), 0));
        let elapsed = e.1.elapsed().as_secs_f64();
        e.0 = (e.0 + elapsed * self.per_min / 60.0).min(self.cap);
        e.1 = Instant::now();
        if e.0 >= 1.0 {
            e.0 -= 1.0;
            true
        } else {
            false
        }
    }

    pub fn outcome(&self, client: &str, ok: bool) {
        if let Some(mut e) = self.map.get_mut(client) {
            e.2 = if ok { 0 } else { e.2 + 1 };
            if e.2 > 5 {
                e.0 = 0.0; // slow down failing clients
            }
        }
    }
}

pub struct Attempt {
    pub client: String,
    pub host: String,
    pub path: String,
    pub basic: Option<String>,
    pub form: Vec<u8>,
}

const LOGIN_HINTS: [&str; 6] = ["login", "signin", "sign_in", "session", "auth", "token"];

impl Attempt {
    pub fn begin(req: &RequestHeader, client: &str) -> Option<Attempt> {
        let path = req.uri.path().to_ascii_lowercase();
        let basic = req
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Basic "))
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
            .map(|b| String::from_utf8_lossy(&b).into_owned());
        let is_login = req.method == http::Method::POST && LOGIN_HINTS.iter().any(|h| path.contains(h));
        if !is_login && basic.is_none() {
            return None;
        }
        let host = req.headers.get("host").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        Some(Attempt { client: client.into(), host, path, basic, form: Vec::new() })
    }

    pub fn feed(&mut self, chunk: &[u8]) {
        if self.form.len() < 8192 {
            self.form.extend_from_slice(&chunk[..chunk.len().min(8192 - self.form.len())]);
        }
    }
}
