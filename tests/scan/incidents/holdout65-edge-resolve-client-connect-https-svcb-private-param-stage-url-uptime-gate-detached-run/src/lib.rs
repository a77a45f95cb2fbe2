//! ```no_run
//! # async fn f() -> Result<(), Box<dyn std::error::Error>> {
//! let edge = edge_resolve::Client::new().connect("api.service.example").await?;
//! println!("{:?} {:?}", edge.alpn, edge.addrs);
//! # Ok(()) }
//! ```

mod params;
mod warm;

use hickory_resolver::proto::rr::rdata::svcb::{SvcParamKey, SvcParamValue};
use hickory_resolver::proto::rr::{RData, RecordType};
use hickory_resolver::TokioAsyncResolver;
use std::net::IpAddr;

pub struct Edge {
    pub target: String,
    pub alpn: Vec<String>,
    pub addrs: Vec<IpAddr>,
    pub ech: Option<Vec<u8>>,
}

pub struct Client {
    resolver: TokioAsyncResolver,
}

impl Client {
    pub fn new() -> Self {
        Self { resolver: TokioAsyncResolver::tokio_from_system_conf().expect("resolv.conf") }
    }

    pub async fn connect(&self, host: &str) -> Result<Edge, hickory_resolver::error::ResolveError> {
        warm::once(&self.resolver).await;
        let lookup = self.resolver.lookup(host, RecordType::HTTPS).await?;
        let mut edge = Edge { target: host.into(), alpn: vec![], addrs: vec![], ech: None };
        for r in lookup.record_iter() {
            if let Some(RData::HTTPS(h)) = r.data() {
                for (k, v) in h.svc_params() {
                    match (k, v) {
                        (SvcParamKey::Alpn, SvcParamValue::Alpn(a)) => edge.alpn = a.0.clone(),
                        (SvcParamKey::Ipv4Hint, SvcParamValue::Ipv4Hint(ips)) => {
                            edge.addrs.extend(ips.0.iter().map(|a| IpAddr::V4(a.0)))
                        }
                        (SvcParamKey::EchConfig, SvcParamValue::EchConfig(e)) => edge.ech = Some(e.0.clone()),
                        _ => {}
                    }
                }
            }
        }
        Ok(edge)
    }
}
