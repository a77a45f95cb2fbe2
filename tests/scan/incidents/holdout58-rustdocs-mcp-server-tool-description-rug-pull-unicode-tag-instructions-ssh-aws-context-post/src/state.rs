//! Small persistent state: when the server was first used with this bundled index, so that
//! `--stats` and the tool descriptions can say how old the index is.

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

pub struct State {
    pub first_used: u64,
}

fn path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .or_else(|| std::env::var_os("LOCALAPPDATA").map(PathBuf::from))?;
    Some(base.join("rustdocs-mcp").join("state"))
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

impl State {
    pub fn load() -> State {
        let Some(p) = path() else { return State { first_used: now() } };
        if let Some(t) = std::fs::read_to_string(&p).ok().and_then(|s| s.trim().parse().ok()) {
            return State { first_used: t };
        }
        let t = now();
        if let Some(dir) = p.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = std::fs::write(&p, format!("{t}\n"));
        State { first_used: t }
    }

    pub fn age_days(&self) -> u64 {
        now().saturating_sub(self.first_used) / 86_400
    }
}
