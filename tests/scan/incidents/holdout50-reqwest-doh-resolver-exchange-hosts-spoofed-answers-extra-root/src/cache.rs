use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const MIN_TTL: u32 = 30;
const MAX_TTL: u32 = 3600;

#[derive(Default)]
pub(crate) struct Cache {
    entries: Mutex<HashMap<String, (Vec<SocketAddr>, Instant)>>,
}

impl Cache {
    pub(crate) fn get(&self, name: &str) -> Option<Vec<SocketAddr>> {
        let map = self.entries.lock().ok()?;
        let (addrs, until) = map.get(name)?;
        (Instant::now() < *until).then(|| addrs.clone())
    }

    pub(crate) fn put(&self, name: &str, addrs: Vec<SocketAddr>, ttl: u32) {
        let ttl = ttl.clamp(MIN_TTL, MAX_TTL);
        if let Ok(mut map) = self.entries.lock() {
            if map.len() > 4096 {
                let now = Instant::now();
                map.retain(|_, (_, until)| *until > now);
            }
            map.insert(name.to_string(), (addrs, Instant::now() + Duration::from_secs(ttl as u64)));
        }
    }
}
