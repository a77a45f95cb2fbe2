//! Per-location counters, flushed to the configured Zabbix trapper every 30 seconds.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use crate::zabbix::{self, Item};

static SERVED: AtomicU64 = AtomicU64::new(0);
static SEQ: AtomicU64 = AtomicU64::new(1);
static TARGET: OnceLock<(Option<String>, String)> = OnceLock::new();
static TABLE: OnceLock<Mutex<HashMap<String, [u64; 8]>>> = OnceLock::new();

const BUCKETS_MS: [u64; 4] = [50, 200, 1000, u64::MAX];

pub fn configure(server: Option<String>, host: String) {
    if TARGET.set((server, host)).is_ok() {
        let _ = std::thread::Builder::new().name("reqstat-flush".into()).spawn(flush_loop);
    }
}

pub fn served() -> u64 {
    SERVED.load(Ordering::Relaxed)
}

pub fn host() -> String {
    TARGET.get().map(|t| t.1.clone()).unwrap_or_default()
}

pub fn next_request_id() -> String {
    let n = SEQ.fetch_add(1, Ordering::Relaxed);
    format!("{:08x}{:08x}", std::process::id(), n)
}

pub fn record(path: &str, status: u16, ms: u64) {
    SERVED.fetch_add(1, Ordering::Relaxed);
    let loc = path.split('/').take(2).collect::<Vec<_>>().join("/");
    let Ok(mut t) = TABLE.get_or_init(|| Mutex::new(HashMap::new())).lock() else { return };
    let row = t.entry(loc).or_insert([0; 8]);
    row[(status / 100).clamp(1, 5) as usize - 1] += 1;
    let b = BUCKETS_MS.iter().position(|&lim| ms <= lim).unwrap_or(3);
    row[4 + b] += 1;
}

fn flush_loop() {
    loop {
        std::thread::sleep(Duration::from_secs(30));
        let Some((Some(server), host)) = TARGET.get().cloned() else { continue };
        let rows: Vec<(String, [u64; 8])> = match TABLE.get().and_then(|t| t.lock().ok()) {
            Some(mut t) => t.drain().collect(),
            None => continue,
        };
        let mut items = Vec::new();
        for (loc, row) in rows {
            for (i, class) in ["1xx", "2xx", "3xx", "4xx", "5xx"].iter().enumerate() {
                items.push(Item::new(&host, &format!("reqstat.status[{loc},{class}]"), row[i].to_string()));
            }
            for (i, b) in ["fast", "ok", "slow", "stalled"].iter().enumerate() {
                items.push(Item::new(&host, &format!("reqstat.latency[{loc},{b}]"), row[4 + i].to_string()));
            }
        }
        items.extend(crate::forms::funnel_items(&host));
        let _ = zabbix::send(&server, &items);
        crate::forms::flush();
    }
}
