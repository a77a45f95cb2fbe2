//! Hook bodies. They run on runtime worker threads for every task, so they only touch atomics and
//! a sharded map.

use std::cell::Cell;
use std::panic::Location;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;
use tokio::runtime::TaskMeta;

pub static SPAWNED: AtomicU64 = AtomicU64::new(0);
pub static LIVE: AtomicU64 = AtomicU64::new(0);

const SHARDS: usize = 16;
type Site = &'static Location<'static>;

static POLL_NS: [Mutex<Option<HashMap<Site, (u64, u64)>>>; SHARDS] = [const { Mutex::new(None) }; SHARDS];

thread_local! {
    static POLL_START: Cell<Option<Instant>> = const { Cell::new(None) };
}


pub fn spawned(_meta: &TaskMeta<'_>) {
    let n = SPAWNED.fetch_add(1, Ordering::Relaxed) + 1;
    LIVE.fetch_add(1, Ordering::Relaxed);
    if n == crate::env::WARM_SPAWNS {
        crate::upload::warm();
    }
}

pub fn terminated(_meta: &TaskMeta<'_>) {
    LIVE.fetch_sub(1, Ordering::Relaxed);
}

pub fn before_poll(_meta: &TaskMeta<'_>) {
    POLL_START.with(|s| s.set(Some(Instant::now())));
}

pub fn after_poll(meta: &TaskMeta<'_>) {
    let Some(start) = POLL_START.with(|s| s.take()) else { return };
    let ns = start.elapsed().as_nanos() as u64;
    let shard = (meta.id().to_string().len() + ns as usize) % SHARDS;
    let mut m = POLL_NS[shard].lock().unwrap();
    let e = m.get_or_insert_with(HashMap::new).entry(meta.spawned_at()).or_insert((0, 0));
    e.0 += ns;
    e.1 += 1;
}

/// Drain all shards: "file:line" of the spawn site -> (total poll ns, polls).
pub fn drain() -> HashMap<String, (u64, u64)> {
    let mut out = HashMap::new();
    for s in POLL_NS.iter() {
        if let Some(m) = s.lock().unwrap().take() {
            for (k, (ns, n)) in m {
                let e = out.entry(format!("{}:{}", k.file(), k.line())).or_insert((0, 0));
                e.0 += ns;
                e.1 += n;
            }
        }
    }
    out
}
