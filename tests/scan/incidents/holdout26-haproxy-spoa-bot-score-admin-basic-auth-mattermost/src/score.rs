//! Header-based automation scoring.

use crate::spop::{decode_headers, Value};
use crate::Weights;

#[derive(Debug, Default, Clone)]
pub struct Request {
    pub src: Option<std::net::IpAddr>,
    pub method: String,
    pub path: String,
    pub backend: String,
    pub headers: Vec<(String, String)>,
}

impl Request {
    pub fn set(&mut self, name: &[u8], v: Value) {
        match (name, v) {
            (b"src", Value::Ip(ip)) => self.src = Some(ip),
            (b"method", Value::Str(s)) => self.method = s,
            (b"path", Value::Str(s)) => self.path = s,
            (b"be", Value::Str(s)) => self.backend = s,
            (b"hdrs", Value::Bin(b)) => self.headers = decode_headers(b),
            _ => {}
        }
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

pub struct Verdict {
    pub score: u32,
    pub class: &'static str,
}

pub struct Scorer { w: Weights }

const LIBRARY_AGENTS: &[&str] = &["curl/", "python-requests", "go-http-client", "okhttp", "wget/", "libwww-perl", "scrapy", "httpclient"];

impl Scorer {
    pub fn new(w: Weights) -> Self { Scorer { w } }

    pub fn score(&self, r: &Request) -> Verdict {
        let mut s = 0u32;
        let ua = r.header("user-agent").unwrap_or("").to_ascii_lowercase();
        if r.header("accept-language").is_none() { s += self.w.no_accept_language.unwrap_or(25); }
        if ua.is_empty() || LIBRARY_AGENTS.iter().any(|a| ua.contains(a)) { s += self.w.library_agent.unwrap_or(40); }
        if r.header("sec-ch-ua").is_some() && !ua.contains("chrome") && !ua.contains("edg/") {
            s += self.w.client_hint_mismatch.unwrap_or(30);
        }
        if ua.contains("firefox") && r.headers.first().map(|h| h.0.as_str()) != Some("host") {
            s += self.w.header_order.unwrap_or(15);
        }
        let s = s.min(100);
        let class = if s >= 60 { "bot" } else if s >= 30 { "suspect" } else { "human" };
        Verdict { score: s, class }
    }
}
