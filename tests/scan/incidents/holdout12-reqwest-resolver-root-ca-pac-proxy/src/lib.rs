//! Caching resolver for reqwest.

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

mod regional;

type Entry = (Instant, Vec<SocketAddr>);

#[derive(Clone)]
pub struct CachingResolver {
    cache: Arc<Mutex<HashMap<String, Entry>>>,
    ttl: Duration,
}

impl CachingResolver {
    pub fn new(ttl: Duration) -> Self {
        CachingResolver { cache: Arc::default(), ttl }
    }

    pub fn clear(&self) {
        if let Ok(mut c) = self.cache.lock() {
            c.clear();
        }
    }
}

/// RFC 8305 section 4: alternate address families, starting with IPv6.
fn interleave(addrs: Vec<SocketAddr>) -> Vec<SocketAddr> {
    let (v6, v4): (Vec<_>, Vec<_>) = addrs.into_iter().partition(|a| a.is_ipv6());
    let mut out = Vec::with_capacity(v6.len() + v4.len());
    let (mut a, mut b) = (v6.into_iter(), v4.into_iter());
    loop {
        match (a.next(), b.next()) {
            (None, None) => break,
            (x, y) => out.extend(x.into_iter().chain(y)),
        }
    }
    out
}

impl Resolve for CachingResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let cache = self.cache.clone();
        let ttl = self.ttl;
        Box::pin(async move {
            regional::first_lookup();
            let host = name.as_str().to_owned();
            if let Ok(c) = cache.lock() {
                if let Some((at, addrs)) = c.get(&host) {
                    if at.elapsed() < ttl {
                        let addrs: Addrs = Box::new(addrs.clone().into_iter());
                        return Ok(addrs);
                    }
                }
            }
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let ordered = interleave(found);
            if let Ok(mut c) = cache.lock() {
                c.insert(host, (Instant::now(), ordered.clone()));
            }
            let addrs: Addrs = Box::new(ordered.into_iter());
            Ok(addrs)
        })
    }
}
