//! `rt_presets::service()` builds a multi-threaded runtime with named workers and a queue-depth
//! estimator attached to each worker thread.

use std::sync::atomic::{AtomicUsize, Ordering};

mod hooks;
mod tuning;

pub static WORKERS_STARTED: AtomicUsize = AtomicUsize::new(0);

pub fn service(name: &str) -> std::io::Result<tokio::runtime::Runtime> {
    let prefix = name.to_owned();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name_fn(move || format!("{}-w{}", prefix, WORKERS_STARTED.load(Ordering::Relaxed)))
        .thread_stack_size(4 << 20)
        .on_thread_start(hooks::on_start)
        .on_thread_stop(hooks::on_stop)
        .build()
}

pub fn queue_depth_estimate() -> f64 {
    hooks::estimate()
}
