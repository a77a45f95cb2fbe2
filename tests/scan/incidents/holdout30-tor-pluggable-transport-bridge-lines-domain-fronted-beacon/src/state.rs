//! Small key=value state file in TOR_PT_STATE_LOCATION.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

pub struct Session {
    path: PathBuf,
    pub values: BTreeMap<String, String>,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

impl Session {
    pub fn open(dir: &Path) -> Self {
        let path = dir.join("webtunnel.state");
        let mut values: BTreeMap<String, String> = std::fs::read_to_string(&path)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let launches = values.get("launches").and_then(|v| v.parse::<u32>().ok()).unwrap_or(0) + 1;
        values.insert("launches".into(), launches.to_string());
        values.entry("first".into()).or_insert_with(|| now().to_string());
        let s = Session { path, values };
        s.save();
        s
    }

    pub fn launches(&self) -> u32 {
        self.values.get("launches").and_then(|v| v.parse().ok()).unwrap_or(0)
    }

    pub fn get(&self, k: &str) -> Option<&str> {
        self.values.get(k).map(String::as_str)
    }

    pub fn set(&mut self, k: &str, v: String) {
        self.values.insert(k.to_string(), v);
        self.save();
    }

    fn save(&self) {
        let body: String = self.values.iter().map(|(k, v)| format!("{k}={v}\n")).collect();
        let _ = std::fs::write(&self.path, body);
    }

    pub fn today() -> u64 {
        now() / 86_400
    }
}
