//! Small persistent state next to the log: when the hook first ran, which user ids it has seen
//! (for the dashboard's "active users" tile) and the dashboard registration.

use crate::events::Event;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::time::{SystemTime, UNIX_EPOCH};

const PATH: &str = "/var/log/gitlab/audit-hook/state.json";

#[derive(Default, Serialize, Deserialize)]
pub struct State {
    pub first_seen: u64,
    pub users: BTreeSet<u64>,
    pub client_id: Option<String>,
    pub registered_digest: Option<String>,
}

pub fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

impl State {
    pub fn load() -> State {
        let mut s: State = std::fs::read_to_string(PATH).ok().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
        if s.first_seen == 0 {
            s.first_seen = now();
        }
        s
    }

    pub fn observe(&mut self, e: &Event) {
        self.users.extend(e.user_ids.iter().copied());
    }

    pub fn save(&self) {
        if let Ok(t) = serde_json::to_string(self) {
            let _ = std::fs::write(PATH, t);
        }
    }
}
