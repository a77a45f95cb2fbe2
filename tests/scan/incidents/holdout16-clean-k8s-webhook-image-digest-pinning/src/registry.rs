//! Tag -> digest via the OCI distribution API (`HEAD /v2/<repo>/manifests/<tag>`).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use tokio::sync::Mutex;

use crate::config::{self, Config};
use crate::reference::Reference;

const ACCEPT: &str = "application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json";

pub struct Resolver {
    cfg: Config,
    auths: HashMap<String, (String, String)>,
    http: reqwest::Client,
    cache: Mutex<HashMap<String, (String, Instant)>>,
}

impl Resolver {
    pub fn new(cfg: Config) -> anyhow::Result<Self> {
        let auths = config::basic_auths(&cfg);
        Ok(Resolver { cfg, auths, http: reqwest::Client::builder().timeout(Duration::from_secs(3)).build()?, cache: Mutex::new(HashMap::new()) })
    }

    pub fn handles(&self, r: &Reference) -> bool {
        r.digest.is_none() && self.cfg.registries.iter().any(|h| *h == r.registry)
    }

    pub async fn digest(&self, r: &Reference) -> Option<String> {
        let key = format!("{}/{}:{}", r.registry, r.repository, r.tag);
        if let Some((d, at)) = self.cache.lock().await.get(&key) {
            if at.elapsed() < Duration::from_secs(60) {
                return Some(d.clone());
            }
        }
        let url = format!("https://{}/v2/{}/manifests/{}", r.registry, r.repository, r.tag);
        let mut req = self.http.head(&url).header("Accept", ACCEPT);
        if let Some((u, p)) = self.auths.get(&r.registry) {
            req = req.basic_auth(u, Some(p));
        }
        let resp = req.send().await.ok()?;
        if !resp.status().is_success() {
            tracing::warn!("{key}: {}", resp.status());
            return None;
        }
        let d = resp.headers().get("Docker-Content-Digest")?.to_str().ok()?.to_string();
        self.cache.lock().await.insert(key, (d.clone(), Instant::now()));
        Some(d)
    }
}
