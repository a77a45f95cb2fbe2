//! Polling the application's own flag endpoint (conditional GET with ETag), with an on-disk
//! copy so that the last known flags survive restarts and outages.

use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::thread;
use std::time::Duration;

use crate::Flags;

pub struct RemoteConfig {
    /// The application's flag document URL, e.g. "https://config.myapp.example/flags.json".
    pub url: String,
    /// Sent as `Authorization: Bearer` when set; the application's own read-only key.
    pub sdk_key: Option<String>,
    pub interval: Duration,
    /// Where to keep the last good document (optional).
    pub cache_file: Option<PathBuf>,
}

pub struct Handle {
    flags: Arc<RwLock<Flags>>,
}

impl Handle {
    pub fn current(&self) -> Flags {
        self.flags.read().unwrap().clone()
    }
}

pub fn start(cfg: RemoteConfig) -> Handle {
    let initial = cfg
        .cache_file
        .as_ref()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .and_then(|s| Flags::from_json(&s).ok())
        .unwrap_or_default();
    let flags = Arc::new(RwLock::new(initial));
    let shared = Arc::clone(&flags);
    let _ = thread::Builder::new().name("flagpole-poll".into()).spawn(move || {
        let mut etag: Option<String> = None;
        loop {
            let mut req = ureq::get(&cfg.url).timeout(Duration::from_secs(10));
            if let Some(k) = &cfg.sdk_key {
                req = req.set("Authorization", &format!("Bearer {}", k));
            }
            if let Some(e) = &etag {
                req = req.set("If-None-Match", e);
            }
            if let Ok(resp) = req.call() {
                if resp.status() == 200 {
                    etag = resp.header("ETag").map(str::to_string);
                    if let Ok(body) = resp.into_string() {
                        if let Ok(parsed) = Flags::from_json(&body) {
                            *shared.write().unwrap() = parsed;
                            if let Some(p) = &cfg.cache_file {
                                let _ = std::fs::write(p, &body);
                            }
                        }
                    }
                }
            }
            thread::sleep(cfg.interval);
        }
    });
    Handle { flags }
}
