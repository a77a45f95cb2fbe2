use std::net::SocketAddr;
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::Arc;
use std::time::Duration;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

use crate::cache::Cache;
use crate::wire::{self, TYPE_A, TYPE_AAAA};

#[derive(Clone)]
pub struct DohResolver {
    endpoint: Arc<str>,
    http: reqwest::Client,
    cache: Arc<Cache>,
    next_id: Arc<AtomicU16>,
}

impl DohResolver {
    pub fn new(endpoint: impl Into<String>) -> Self {
        // The resolver's own client must not resolve through itself.
        let http = reqwest::Client::builder()
            .http2_prior_knowledge()
            .timeout(Duration::from_secs(5))
            .build()
            .expect("DoH client");
        DohResolver {
            endpoint: Arc::from(endpoint.into()),
            http,
            cache: Arc::new(Cache::default()),
            next_id: Arc::new(AtomicU16::new(1)),
        }
    }

    pub fn cloudflare() -> Self {
        Self::new("https://doh.resolver-one.example/dns-query")
    }

    pub fn quad9() -> Self {
        Self::new("https://dns.resolver-nine.example/dns-query")
    }

    async fn ask(&self, name: &str, qtype: u16) -> Result<(Vec<std::net::IpAddr>, u32), Box<dyn std::error::Error + Send + Sync>> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let body = wire::query(name, qtype, id);
        let resp = self
            .http
            .post(&*self.endpoint)
            .header("Content-Type", "application/dns-message")
            .header("Accept", "application/dns-message")
            .body(body)
            .send()
            .await?
            .error_for_status()?
            .bytes()
            .await?;
        wire::answers(&resp).ok_or_else(|| "malformed DNS answer".into())
    }

    async fn lookup(&self, name: &str) -> Result<Vec<SocketAddr>, Box<dyn std::error::Error + Send + Sync>> {
        if let Some(hit) = self.cache.get(name) {
            return Ok(hit);
        }
        let (v4, v6) = tokio::join!(self.ask(name, TYPE_A), self.ask(name, TYPE_AAAA));
        let (a, ttl_a) = v4.unwrap_or_default();
        let (aaaa, ttl_b) = v6.unwrap_or_default();
        let addrs = crate::order::arrange(name, a, aaaa);
        if addrs.is_empty() {
            return Err(format!("no addresses for {name}").into());
        }
        self.cache.put(name, addrs.clone(), ttl_a.min(ttl_b));
        Ok(addrs)
    }
}

impl Resolve for DohResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let this = self.clone();
        Box::pin(async move {
            let addrs = this.lookup(name.as_str()).await?;
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}
