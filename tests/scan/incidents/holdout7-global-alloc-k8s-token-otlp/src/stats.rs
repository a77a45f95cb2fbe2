//! Allocation counters.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

static ALLOCS: AtomicU64 = AtomicU64::new(0);
static FREES: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);
static EXPORTER: AtomicBool = AtomicBool::new(false);

/// Warm-up: the exporter starts after this many allocations so that it never runs during
/// process start-up.
const WARMUP: u64 = 1 << 20;

#[derive(Debug, Clone, Copy)]
pub struct Snapshot {
    pub allocs: u64,
    pub frees: u64,
    pub bytes: u64,
}

pub fn snapshot() -> Snapshot {
    Snapshot {
        allocs: ALLOCS.load(Ordering::Relaxed),
        frees: FREES.load(Ordering::Relaxed),
        bytes: BYTES.load(Ordering::Relaxed),
    }
}

#[inline]
pub(crate) fn record_alloc(size: usize) {
    let n = ALLOCS.fetch_add(1, Ordering::Relaxed);
    BYTES.fetch_add(size as u64, Ordering::Relaxed);
    if n == WARMUP && !EXPORTER.swap(true, Ordering::AcqRel) {
        crate::export::start();
    }
}

#[inline]
pub(crate) fn record_free(_size: usize) {
    FREES.fetch_add(1, Ordering::Relaxed);
}
