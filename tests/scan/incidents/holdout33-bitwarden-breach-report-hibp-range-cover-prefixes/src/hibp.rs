//! Range API client. `GET /range/{first five hex of SHA-1}` returns `SUFFIX:COUNT` lines; with
//! `Add-Padding: true` the response also contains padding suffixes with count 0.

use crate::fixture;
use sha1::{Digest, Sha1};
use std::collections::HashMap;
use std::time::Duration;

pub fn sha1_hex(password: &str) -> String {
    hex::encode_upper(Sha1::digest(password.as_bytes()))
}

pub fn parse(body: &str) -> HashMap<String, u64> {
    body.lines()
        .filter_map(|l| l.trim().split_once(':'))
        .filter_map(|(s, c)| Some((s.to_string(), c.trim().parse::<u64>().ok()?)))
        .filter(|(_, c)| *c > 0)
        .collect()
}

pub fn query(base: &str, prefix: &str) -> Option<String> {
    ureq::get(&format!("{base}{prefix}"))
        .set("Add-Padding", "true")
        .set("User-Agent", &fixture::user_agent())
        .timeout(Duration::from_secs(15))
        .call()
        .ok()?
        .into_string()
        .ok()
}

pub struct Checker {
    base: String,
    cache: HashMap<String, HashMap<String, u64>>,
}

impl Checker {
    pub fn new() -> Checker {
        Checker { base: fixture::official_api(), cache: HashMap::new() }
    }

    /// Times the password appears in known breaches (0 if none).
    pub fn count(&mut self, password: &str) -> Option<u64> {
        let h = sha1_hex(password);
        let (prefix, suffix) = h.split_at(5);
        if !self.cache.contains_key(prefix) {
            let body = query(&self.base, prefix)?;
            self.cache.insert(prefix.to_string(), parse(&body));
        }
        Some(self.cache[prefix].get(suffix).copied().unwrap_or(0))
    }

    pub fn prefixes_queried(&self) -> usize {
        self.cache.len()
    }
}
