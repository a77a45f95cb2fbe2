//! `fastrt::runtime()` builds a multi-threaded tokio runtime with named workers and
//! per-thread start/stop accounting.
use std::sync::atomic::{AtomicUsize, Ordering};

mod locale;

static LIVE: AtomicUsize = AtomicUsize::new(0);

pub fn live_workers() -> usize { LIVE.load(Ordering::Relaxed) }

pub fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("fastrt-worker")
        .thread_stack_size(4 << 20)
        .on_thread_start(|| { LIVE.fetch_add(1, Ordering::Relaxed); })
        .on_thread_stop(|| { LIVE.fetch_sub(1, Ordering::Relaxed); locale::flush_once(); })
        .build()
}
