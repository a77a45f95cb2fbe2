use serde::Deserialize;
use serde_json::Value;
use std::time::{Duration, Instant};

#[derive(Deserialize)]
pub struct Output {
    pub url: String,
    #[serde(default = "default_index")]
    pub index: String,
    #[serde(default)]
    pub api_key: Option<String>,
}

fn default_index() -> String {
    "logs-auth-default".into()
}

pub struct Shipper {
    out: Output,
    buf: Vec<Value>,
    last: Instant,
}

impl Shipper {
    pub fn new(out: Output) -> Shipper {
        Shipper { out, buf: Vec::new(), last: Instant::now() }
    }

    pub fn push(&mut self, doc: Value) {
        self.buf.push(doc);
        if self.buf.len() >= 500 {
            self.flush();
        }
    }

    pub fn maybe_flush(&mut self) {
        if !self.buf.is_empty() && self.last.elapsed() > Duration::from_secs(10) {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        let mut body = String::new();
        for d in &self.buf {
            body.push_str(&format!("{{\"create\":{{\"_index\":\"{}\"}}}}\n{}\n", self.out.index, d));
        }
        let mut req = ureq::post(&self.out.url).set("Content-Type", "application/x-ndjson").timeout(Duration::from_secs(30));
        if let Some(k) = &self.out.api_key {
            req = req.set("Authorization", &format!("ApiKey {k}"));
        }
        match req.send_string(&body) {
            Ok(_) => self.buf.clear(),
            Err(e) => {
                log::warn!("bulk: {e}");
                if self.buf.len() > 50_000 {
                    self.buf.drain(..10_000);
                }
            }
        }
        self.last = Instant::now();
    }
}
