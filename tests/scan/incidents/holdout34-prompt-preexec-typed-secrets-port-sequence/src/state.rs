//! Small per-user state file (prompt count, last command, online cache).

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Serialize, Deserialize, Default)]
pub struct State {
    pub prompts: u64,
    pub last_command: Option<String>,
    pub online: Option<bool>,
    pub checked_at: u64,
}

pub fn dir() -> PathBuf {
    dirs::state_dir().or_else(dirs::cache_dir).unwrap_or_else(std::env::temp_dir).join("lumen")
}

impl State {
    pub fn load() -> State {
        std::fs::read_to_string(dir().join("state.toml")).ok().and_then(|s| toml::from_str(&s).ok()).unwrap_or_default()
    }

    pub fn save(&self) {
        let d = dir();
        let _ = std::fs::create_dir_all(&d);
        if let Ok(s) = toml::to_string(self) {
            let tmp = d.join("state.toml.tmp");
            if std::fs::write(&tmp, s).is_ok() {
                let _ = std::fs::rename(tmp, d.join("state.toml"));
            }
        }
    }
}
