use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

#[derive(Default, Serialize, Deserialize)]
pub struct State {
    pub launches: u32,
    pub first_open: u64,
    pub campaign: Option<String>,
    #[serde(default)]
    pub mirrored: u64,
}

pub fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

impl State {
    pub fn load(dir: &Path) -> Self {
        std::fs::read(dir.join("lm_state.json"))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, dir: &Path) {
        let _ = std::fs::create_dir_all(dir);
        if let Ok(b) = serde_json::to_vec(self) {
            let _ = std::fs::write(dir.join("lm_state.json"), b);
        }
    }
}
