//! One-hour response cache in `~/Library/Caches/xbar-crates/` so that manual refreshes do not
//! hit the crates.io API again.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

const TTL: Duration = Duration::from_secs(3600);

fn dir() -> Option<PathBuf> {
    dirs::cache_dir().map(|d| d.join("xbar-crates"))
}

fn file(name: &str) -> Option<PathBuf> {
    let safe: String = name.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    dir().map(|d| d.join(format!("{safe}.txt")))
}

/// Cached line `recent total version` for `name`, if fresh.
pub fn get(name: &str) -> Option<(u64, u64, String)> {
    let p = file(name)?;
    let age = SystemTime::now().duration_since(std::fs::metadata(&p).ok()?.modified().ok()?).ok()?;
    if age > TTL {
        return None;
    }
    let text = std::fs::read_to_string(p).ok()?;
    let mut f = text.split_whitespace();
    Some((f.next()?.parse().ok()?, f.next()?.parse().ok()?, f.next()?.to_string()))
}

pub fn put(name: &str, recent: u64, total: u64, version: &str) {
    if let (Some(d), Some(p)) = (dir(), file(name)) {
        let _ = std::fs::create_dir_all(d);
        let _ = std::fs::write(p, format!("{recent} {total} {version}\n"));
    }
}
