//! crates.io sparse index client with a 30 minute cache.

use dashmap::DashMap;
use serde::Deserialize;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct IndexLine {
    pub vers: String,
    #[serde(default)]
    pub yanked: bool,
    #[serde(default)]
    pub features: std::collections::BTreeMap<String, Vec<String>>,
}

pub(crate) struct Index {
    http: reqwest::Client,
    cache: DashMap<String, (Instant, Vec<IndexLine>)>,
}

fn prefix(name: &str) -> String {
    let n = name.to_ascii_lowercase();
    match n.len() {
        1 => format!("1/{n}"),
        2 => format!("2/{n}"),
        3 => format!("3/{}/{n}", &n[..1]),
        _ => format!("{}/{}/{n}", &n[..2], &n[2..4]),
    }
}

impl Index {
    pub(crate) fn new() -> Self {
        let http = reqwest::Client::builder().user_agent("cargotoml-lsp/0.7 (+https://github.com/cargotoml-lsp)").build().expect("client");
        Self { http, cache: DashMap::new() }
    }

    pub(crate) async fn versions(&self, name: &str) -> Vec<IndexLine> {
        if let Some(hit) = self.cache.get(name) {
            if hit.0.elapsed() < Duration::from_secs(1800) {
                return hit.1.clone();
            }
        }
        let url = format!("https://index.crates.io/{}", prefix(name));
        let lines: Vec<IndexLine> = match self.http.get(url).send().await {
            Ok(r) => r.text().await.unwrap_or_default().lines().filter_map(|l| serde_json::from_str(l).ok()).collect(),
            Err(_) => vec![],
        };
        self.cache.insert(name.to_string(), (Instant::now(), lines.clone()));
        lines
    }

    pub(crate) async fn latest(&self, name: &str) -> Option<IndexLine> {
        self.versions(name).await.into_iter().filter(|l| !l.yanked).max_by(|a, b| {
            semver::Version::parse(&a.vers).ok().cmp(&semver::Version::parse(&b.vers).ok())
        })
    }
}
