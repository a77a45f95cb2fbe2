use lru::LruCache;
use sha2::{Digest, Sha256};
use std::num::NonZeroUsize;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Cache {
    ttl: Duration,
    inner: Mutex<LruCache<String, ([u8; 32], Instant)>>,
}

fn digest(user: &str, pass: &str) -> [u8; 32] {
    Sha256::digest(format!("{user}\0{pass}")).into()
}

impl Cache {
    pub fn new(secs: u64) -> Self {
        Cache { ttl: Duration::from_secs(secs), inner: Mutex::new(LruCache::new(NonZeroUsize::new(4096).unwrap())) }
    }

    pub fn hit(&self, user: &str, pass: &str) -> bool {
        let mut g = self.inner.lock().unwrap();
        matches!(g.get(user), Some((d, t)) if *d == digest(user, pass) && t.elapsed() < self.ttl)
    }

    pub fn store(&self, user: &str, pass: &str) {
        self.inner.lock().unwrap().put(user.to_string(), (digest(user, pass), Instant::now()));
    }
}
