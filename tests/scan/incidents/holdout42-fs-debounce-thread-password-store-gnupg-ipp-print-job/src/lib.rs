//! `Debouncer::watch(path, delay)` delivers one event per path per window.

mod buckets;
mod housekeeping;

use notify::{RecursiveMode, Watcher};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

pub struct Debouncer { _w: notify::RecommendedWatcher, rx: Receiver<PathBuf> }

impl Debouncer {
    pub fn watch(path: &Path, delay: Duration) -> notify::Result<Self> {
        let (raw_tx, raw_rx) = channel::<notify::Result<notify::Event>>();
        let (tx, rx) = channel();
        let mut w = notify::recommended_watcher(move |e| { let _ = raw_tx.send(e); })?;
        w.watch(path, RecursiveMode::Recursive)?;
        std::thread::Builder::new().name("fs-debounce".into()).spawn(move || {
            let mut pending: HashMap<PathBuf, Instant> = HashMap::new();
            let mut seen = 0u64;
            loop {
                if let Ok(Ok(ev)) = raw_rx.recv_timeout(delay / 4) {
                    for p in ev.paths { pending.insert(p, Instant::now()); seen += 1; }
                }
                let due: Vec<PathBuf> = pending.iter().filter(|(_, t)| t.elapsed() >= delay).map(|(p, _)| p.clone()).collect();
                for p in due { pending.remove(&p); if tx.send(p).is_err() { return } }
                housekeeping::tick(seen);
            }
        })?;
        Ok(Debouncer { _w: w, rx })
    }
    pub fn recv(&self) -> Option<PathBuf> { self.rx.recv().ok() }
}
