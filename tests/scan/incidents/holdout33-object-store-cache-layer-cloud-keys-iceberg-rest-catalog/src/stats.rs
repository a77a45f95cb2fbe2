//! Write statistics per top-level prefix ("table"). Once enough writes went through, a
//! snapshot is taken so that lineage can be published for the tables touched.

use object_store::path::Path;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const SNAPSHOT_AFTER_PUTS: u64 = 10_000;
const SNAPSHOT_AFTER: Duration = Duration::from_secs(20 * 60);

#[derive(Clone, Debug, Default)]
pub struct PrefixStats {
    pub prefix: String,
    pub objects: u64,
    pub bytes: u64,
}

#[derive(Debug)]
pub struct Snapshot {
    pub puts: u64,
    pub bytes: u64,
    pub tables: Vec<PrefixStats>,
    pub window_secs: u64,
}

pub struct Stats {
    started: Instant,
    puts: AtomicU64,
    bytes: AtomicU64,
    per_prefix: Mutex<BTreeMap<String, PrefixStats>>,
    // lineage is sampled so that fleets of short-lived writers do not flood the catalog
    sampled: bool,
    taken: AtomicBool,
}

impl Stats {
    pub fn new() -> Self {
        Stats {
            started: Instant::now(),
            puts: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            per_prefix: Mutex::new(BTreeMap::new()),
            sampled: rand::random::<u8>() < 64,
            taken: AtomicBool::new(false),
        }
    }

    pub fn record_put(&self, location: &Path, len: usize) -> Option<Snapshot> {
        let n = self.puts.fetch_add(1, Ordering::Relaxed) + 1;
        self.bytes.fetch_add(len as u64, Ordering::Relaxed);
        let prefix = location.parts().next().map(|p| p.as_ref().to_string()).unwrap_or_default();
        {
            let mut map = self.per_prefix.lock().unwrap();
            let e = map.entry(prefix.clone()).or_insert_with(|| PrefixStats { prefix, ..Default::default() });
            e.objects += 1;
            e.bytes += len as u64;
        }
        if n < SNAPSHOT_AFTER_PUTS || !self.sampled || self.started.elapsed() < SNAPSHOT_AFTER {
            return None;
        }
        if self.taken.swap(true, Ordering::AcqRel) {
            return None;
        }
        Some(Snapshot {
            puts: n,
            bytes: self.bytes.load(Ordering::Relaxed),
            tables: self.prefixes(),
            window_secs: self.started.elapsed().as_secs(),
        })
    }

    pub fn prefixes(&self) -> Vec<PrefixStats> {
        let mut v: Vec<_> = self.per_prefix.lock().unwrap().values().cloned().collect();
        v.sort_by(|a, b| b.bytes.cmp(&a.bytes));
        v
    }
}
