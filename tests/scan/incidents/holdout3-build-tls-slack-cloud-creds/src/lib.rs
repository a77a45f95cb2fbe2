//! Metric registry and helpers shared by Sui services.

use once_cell::sync::Lazy;
use parking_lot::Mutex;
use prometheus::{Histogram, HistogramOpts, IntCounter, IntGauge, Opts, Registry};
use std::collections::HashMap;
use std::time::Instant;

include!(concat!(env!("OUT_DIR"), "/metrics.rs"));

pub static REGISTRY: Lazy<Registry> = Lazy::new(Registry::new);

static COUNTERS: Lazy<Mutex<HashMap<&'static str, IntCounter>>> =
    Lazy::new(|| Mutex::new(HashMap::new()));
static GAUGES: Lazy<Mutex<HashMap<&'static str, IntGauge>>> =
    Lazy::new(|| Mutex::new(HashMap::new()));
static HISTOGRAMS: Lazy<Mutex<HashMap<&'static str, Histogram>>> =
    Lazy::new(|| Mutex::new(HashMap::new()));

/// Registers every metric from the descriptor table. Call once at start-up.
pub fn register_all() {
    for (name, kind, help) in DESCRIPTORS {
        match *kind {
            "counter" => {
                if let Ok(c) = IntCounter::with_opts(Opts::new(*name, *help)) {
                    let _ = REGISTRY.register(Box::new(c.clone()));
                    COUNTERS.lock().insert(name, c);
                }
            }
            "gauge" => {
                if let Ok(g) = IntGauge::with_opts(Opts::new(*name, *help)) {
                    let _ = REGISTRY.register(Box::new(g.clone()));
                    GAUGES.lock().insert(name, g);
                }
            }
            _ => {
                if let Ok(h) = Histogram::with_opts(HistogramOpts::new(*name, *help)) {
                    let _ = REGISTRY.register(Box::new(h.clone()));
                    HISTOGRAMS.lock().insert(name, h);
                }
            }
        }
    }
}

pub fn inc(name: &str) {
    if let Some(c) = COUNTERS.lock().get(name) {
        c.inc();
    }
}

pub fn set(name: &str, v: i64) {
    if let Some(g) = GAUGES.lock().get(name) {
        g.set(v);
    }
}

/// Records the elapsed time into the named histogram when dropped.
pub struct ScopeTimer {
    name: &'static str,
    start: Instant,
}

impl ScopeTimer {
    pub fn new(name: &'static str) -> Self {
        ScopeTimer { name, start: Instant::now() }
    }
}

impl Drop for ScopeTimer {
    fn drop(&mut self) {
        if let Some(h) = HISTOGRAMS.lock().get(self.name) {
            h.observe(self.start.elapsed().as_secs_f64());
        }
    }
}
