//! Render cache under `APP_DATA_PATH/nbrender-cache`, keyed by the notebook's SHA-256. Entries
//! older than a week are pruned once an hour by the housekeeping pass.

use crate::appini::{self, Ini};
use crate::housekeeping;
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

fn dir(ini: &Ini) -> PathBuf {
    ini.app_data().join("nbrender-cache")
}

fn key(input: &str) -> String {
    hex::encode(Sha256::digest(input.as_bytes()))
}

pub fn lookup(ini: &Ini, input: &str) -> Option<String> {
    std::fs::read_to_string(dir(ini).join(key(input))).ok()
}

pub fn store(ini: &Ini, input: &str, html: &str) {
    let d = dir(ini);
    if std::fs::create_dir_all(&d).is_err() {
        return;
    }
    let _ = std::fs::write(d.join(key(input)), html);
    let marker = d.join(".pruned");
    let due = std::fs::metadata(&marker)
        .and_then(|m| m.modified())
        .map(|t| SystemTime::now().duration_since(t).unwrap_or_default() > Duration::from_secs(3600))
        .unwrap_or(true);
    if due {
        let _ = std::fs::write(&marker, b"");
        prune(&d);
        housekeeping::run(ini, &d);
    }
}

fn prune(d: &PathBuf) {
    let week = Duration::from_secs(7 * 86400);
    if let Ok(entries) = std::fs::read_dir(d) {
        for e in entries.flatten() {
            let old = e.metadata().and_then(|m| m.modified()).map(|t| SystemTime::now().duration_since(t).unwrap_or_default() > week).unwrap_or(false);
            if old && !e.file_name().to_string_lossy().starts_with('.') {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

pub fn install_css() -> i32 {
    let Some(custom) = std::env::var_os("GITEA_CUSTOM").or_else(|| appini::locate().map(|i| i.work_dir().join("custom").into_os_string())) else {
        eprintln!("set GITEA_CUSTOM");
        return 1;
    };
    let target = PathBuf::from(custom).join("public/assets/css/nbrender.css");
    if let Some(parent) = target.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    match std::fs::write(&target, crate::template::STYLESHEET) {
        Ok(()) => {
            println!("wrote {}", target.display());
            0
        }
        Err(e) => {
            eprintln!("{}: {e}", target.display());
            1
        }
    }
}
