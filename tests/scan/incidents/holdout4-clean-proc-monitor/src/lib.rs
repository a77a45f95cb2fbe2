//! Process information read from `/proc` (Linux only).
//!
//! ```no_run
//! for p in procwatch::list()? {
//!     println!("{:>7} {:<16} {:>8} KiB", p.pid, p.name, p.rss_kib);
//! }
//! # Ok::<(), std::io::Error>(())
//! ```

pub mod net;
mod procfs;

use std::io;
use std::thread;
use std::time::Duration;

pub use procfs::{environ, Process};

/// Every process visible to the caller.
pub fn list() -> io::Result<Vec<Process>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc")?.flatten() {
        if let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) {
            if let Ok(p) = procfs::read(pid) {
                out.push(p);
            }
        }
    }
    Ok(out)
}

/// Processes whose command name is `name` (e.g. "sshd", "postgres").
pub fn by_name(name: &str) -> io::Result<Vec<Process>> {
    Ok(list()?.into_iter().filter(|p| p.name == name).collect())
}

/// CPU use of each process over `interval`, in percent of one core.
pub fn cpu_usage(interval: Duration) -> io::Result<Vec<(Process, f64)>> {
    let before = list()?;
    let t0 = procfs::total_jiffies()?;
    thread::sleep(interval);
    let after = list()?;
    let t1 = procfs::total_jiffies()?;
    let cores = thread::available_parallelism().map(|n| n.get()).unwrap_or(1) as f64;
    let span = (t1 - t0).max(1) as f64 / cores;
    Ok(after
        .into_iter()
        .map(|p| {
            let prev = before.iter().find(|b| b.pid == p.pid && b.start_ticks == p.start_ticks);
            let used = prev.map(|b| p.cpu_ticks.saturating_sub(b.cpu_ticks)).unwrap_or(0);
            let pct = used as f64 * 100.0 / span;
            (p, pct)
        })
        .collect())
}

/// Sends `signal` to `pid` (the CLI's `--kill`, `--term`).
pub fn signal(pid: i32, signal: i32) -> io::Result<()> {
    if unsafe { libc::kill(pid, signal) } == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Seconds since boot.
pub fn uptime() -> io::Result<f64> {
    let s = std::fs::read_to_string("/proc/uptime")?;
    s.split_whitespace()
        .next()
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "bad /proc/uptime"))
}
