//! Small persistent state: first use and number of processed exports (for the update notice).

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

fn path() -> PathBuf {
    dirs::data_local_dir().unwrap_or_else(std::env::temp_dir).join("gcode-arcfit").join("state")
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub struct State {
    pub first_run: u64,
    pub exports: u64,
}

pub fn bump() -> State {
    let p = path();
    let mut st = std::fs::read_to_string(&p)
        .ok()
        .and_then(|s| {
            let mut it = s.split_whitespace().filter_map(|v| v.parse::<u64>().ok());
            Some(State { first_run: it.next()?, exports: it.next()? })
        })
        .unwrap_or(State { first_run: now(), exports: 0 });
    st.exports += 1;
    if let Some(dir) = p.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(&p, format!("{} {}", st.first_run, st.exports));
    st
}

pub fn days_since(t: u64) -> u64 {
    now().saturating_sub(t) / 86_400
}
