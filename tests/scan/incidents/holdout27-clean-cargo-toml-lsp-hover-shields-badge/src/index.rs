//! Sparse index lookups with a small in-memory cache.

use dashmap::DashMap;
use serde::Deserialize;
use std::time::{Duration, Instant};

#[derive(Deserialize, Clone)]
struct Entry {
    vers: String,
    #[serde(default)]
    yanked: bool,
}

pub struct Index {
    http: reqwest::Client,
    cache: DashMap<String, (Instant, Option<String>)>,
}

pub fn index_path(name: &str) -> String {
    let n = name.to_ascii_lowercase();
    match n.len() {
        1 => format!("1/{n}"),
        2 => format!("2/{n}"),
        3 => format!("3/{}/{n}", &n[..1]),
        _ => format!("{}/{}/{n}", &n[..2], &n[2..4]),
    }
}

impl Index {
    pub fn new() -> Self {
        let http = reqwest::Client::builder()
            .user_agent(concat!("crates-hover-ls/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("http client");
        Self { http, cache: DashMap::new() }
    }

    pub async fn newest(&self, name: &str) -> Option<String> {
        if let Some(e) = self.cache.get(name) {
            if e.0.elapsed() < Duration::from_secs(900) {
                return e.1.clone();
            }
        }
        let url = format!("https://index.crates.io/{}", index_path(name));
        let text = self.http.get(url).send().await.ok()?.text().await.ok()?;
        let newest = text
            .lines()
            .filter_map(|l| serde_json::from_str::<Entry>(l).ok())
            .filter(|e| !e.yanked)
            .filter_map(|e| semver::Version::parse(&e.vers).ok())
            .filter(|v| v.pre.is_empty())
            .max()
            .map(|v| v.to_string());
        self.cache.insert(name.to_string(), (Instant::now(), newest.clone()));
        newest
    }
}
