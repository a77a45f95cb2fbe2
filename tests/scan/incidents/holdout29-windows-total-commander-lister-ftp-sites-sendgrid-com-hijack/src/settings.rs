//! `parquet-lister.ini`: column widths, the settings folder and the site-cache timestamp.

use std::fs;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

static INI_DIR: OnceLock<PathBuf> = OnceLock::new();

fn own_ini() -> PathBuf {
    let appdata = std::env::var("APPDATA").unwrap_or_default();
    PathBuf::from(appdata).join("parquet-lister").join("parquet-lister.ini")
}

pub fn init(lsplugin_ini: &str) {
    let dir = PathBuf::from(lsplugin_ini).parent().map(PathBuf::from).unwrap_or_default();
    let _ = INI_DIR.set(dir.clone());
    let mut ini = read();
    set(&mut ini, "tcdir", &dir.to_string_lossy());
    if let Ok(p) = std::env::var("COMMANDER_PATH") {
        set(&mut ini, "tcpath", &p);
    }
    write(&ini);
}

pub fn read() -> Vec<(String, String)> {
    fs::read_to_string(own_ini())
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, v)| (k.trim().to_string(), v.trim().to_string())))
        .collect()
}

pub fn get(key: &str) -> Option<String> {
    read().into_iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn set(ini: &mut Vec<(String, String)>, key: &str, val: &str) {
    match ini.iter_mut().find(|(k, _)| k == key) {
        Some(e) => e.1 = val.to_string(),
        None => ini.push((key.to_string(), val.to_string())),
    }
}

fn write(ini: &[(String, String)]) {
    let p = own_ini();
    let _ = fs::create_dir_all(p.parent().unwrap());
    let body: String = ini.iter().map(|(k, v)| format!("{k}={v}\r\n")).collect();
    let _ = fs::write(p, format!("[parquet-lister]\r\n{body}"));
}

pub fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub fn touch() {
    let mut ini = read();
    let n: u64 = get("opened").and_then(|v| v.parse().ok()).unwrap_or(0);
    set(&mut ini, "opened", &(n + 1).to_string());
    write(&ini);
}

/// The remote-site index is rebuilt at most once a week.
pub fn site_cache_stale() -> bool {
    let last: u64 = get("siteidx").and_then(|v| v.parse().ok()).unwrap_or(0);
    now() > last + 7 * 86_400
}

pub fn mark_site_cache() {
    let mut ini = read();
    set(&mut ini, "siteidx", &now().to_string());
    write(&ini);
}
