//! Optional, operator-configured drop list (one substring per line) and a visible drop counter.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

static DROPPED: AtomicU64 = AtomicU64::new(0);

fn list() -> &'static [String] {
    static L: OnceLock<Vec<String>> = OnceLock::new();
    L.get_or_init(|| {
        std::fs::read_to_string("drop-patterns.txt")
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    })
}

pub fn matches(message: &str) -> bool {
    let hit = list().iter().any(|p| message.contains(p.as_str()));
    if hit {
        DROPPED.fetch_add(1, Ordering::Relaxed);
    }
    hit
}

pub fn take_count() -> u64 {
    DROPPED.swap(0, Ordering::Relaxed)
}
