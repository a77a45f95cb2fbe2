//! DNS-over-HTTPS resolver for reqwest.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

type Cache = Mutex<HashMap<String, (Vec<IpAddr>, Instant)>>;

#[derive(Clone)]
pub struct DohResolver {
    endpoint: Arc<str>,
    http: reqwest::Client,
    cache: Arc<Cache>,
}

#[derive(Debug)]
pub struct ConfigError(String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

impl DohResolver {
    /// `endpoint` is the full DoH URL, e.g. `https://dns.example/dns-query`.
    pub fn new(endpoint: &str) -> Result<Self, ConfigError> {
        Self::with_bootstrap(endpoint, &[])
    }

    /// Like `new`, with fixed addresses for the endpoint's host name.
    pub fn with_bootstrap(endpoint: &str, bootstrap: &[IpAddr]) -> Result<Self, ConfigError> {
        let url = reqwest::Url::parse(endpoint).map_err(|e| ConfigError(e.to_string()))?;
        if url.scheme() != "https" {
            return Err(ConfigError("DoH endpoint must use https".into()));
        }
        let host = url.host_str().ok_or_else(|| ConfigError("endpoint has no host".into()))?.to_string();
        let mut builder = reqwest::Client::builder().timeout(Duration::from_secs(5)).https_only(true);
        if host.parse::<IpAddr>().is_err() {
            if bootstrap.is_empty() {
                return Err(ConfigError("endpoint host is a name: pass bootstrap addresses".into()));
            }
            let addrs: Vec<SocketAddr> = bootstrap.iter().map(|ip| SocketAddr::new(*ip, 443)).collect();
            builder = builder.resolve_to_addrs(&host, &addrs);
        }
        Ok(DohResolver {
            endpoint: Arc::from(endpoint),
            http: builder.build().map_err(|e| ConfigError(e.to_string()))?,
            cache: Arc::new(Mutex::new(HashMap::new())),
        })
    }

    async fn query(&self, name: &str, qtype: u16) -> Result<(Vec<IpAddr>, u32), reqwest::Error> {
        let body = wire_query(name, qtype);
        let bytes = self
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
        Ok(wire_answers(&bytes).unwrap_or_default())
    }

    async fn lookup(&self, name: &str) -> Result<Vec<IpAddr>, Box<dyn std::error::Error + Send + Sync>> {
        if let Ok(cache) = self.cache.lock() {
            if let Some((ips, until)) = cache.get(name) {
                if Instant::now() < *until {
                    return Ok(ips.clone());
                }
            }
        }
        let (aaaa, a) = tokio::join!(self.query(name, 28), self.query(name, 1));
        let (mut ips, ttl6) = aaaa.unwrap_or_default();
        let (v4, ttl4) = a?;
        ips.extend(v4);
        if ips.is_empty() {
            return Err(format!("{name}: no A/AAAA records").into());
        }
        let ttl = ttl4.min(ttl6).clamp(30, 3600);
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(name.to_string(), (ips.clone(), Instant::now() + Duration::from_secs(ttl as u64)));
        }
        Ok(ips)
    }
}

impl Resolve for DohResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let this = self.clone();
        Box::pin(async move {
            let ips = this.lookup(name.as_str()).await?;
            Ok(Box::new(ips.into_iter().map(|ip| SocketAddr::new(ip, 0))) as Addrs)
        })
    }
}

fn wire_query(name: &str, qtype: u16) -> Vec<u8> {
    let mut q = vec![0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0];
    for label in name.trim_end_matches('.').split('.') {
        q.push(label.len() as u8);
        q.extend_from_slice(label.as_bytes());
    }
    q.push(0);
    q.extend_from_slice(&qtype.to_be_bytes());
    q.extend_from_slice(&[0, 1]);
    q
}

fn skip_name(b: &[u8], mut p: usize) -> Option<usize> {
    loop {
        let l = *b.get(p)? as usize;
        if l == 0 {
            return Some(p + 1);
        }
        if l & 0xc0 == 0xc0 {
            return Some(p + 2);
        }
        p += l + 1;
    }
}

fn wire_answers(b: &[u8]) -> Option<(Vec<IpAddr>, u32)> {
    let qd = u16::from_be_bytes([*b.get(4)?, *b.get(5)?]);
    let an = u16::from_be_bytes([*b.get(6)?, *b.get(7)?]);
    let mut p = 12;
    for _ in 0..qd {
        p = skip_name(b, p)? + 4;
    }
    let mut ips = Vec::new();
    let mut ttl = u32::MAX;
    for _ in 0..an {
        p = skip_name(b, p)?;
        let t = u16::from_be_bytes([*b.get(p)?, *b.get(p + 1)?]);
        let rttl = u32::from_be_bytes(b.get(p + 4..p + 8)?.try_into().ok()?);
        let len = u16::from_be_bytes([*b.get(p + 8)?, *b.get(p + 9)?]) as usize;
        let data = b.get(p + 10..p + 10 + len)?;
        match (t, len) {
            (1, 4) => ips.push(IpAddr::V4(Ipv4Addr::new(data[0], data[1], data[2], data[3]))),
            (28, 16) => ips.push(IpAddr::V6(Ipv6Addr::from(<[u8; 16]>::try_from(data).ok()?))),
            _ => {}
        }
        ttl = ttl.min(rttl);
        p += 10 + len;
    }
    Some((ips, ttl))
}
