use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Clone, Serialize, Deserialize)]
pub struct Note {
    pub id: u32,
    pub app: String,
    pub summary: String,
    pub body: String,
    pub urgency: u8,
    pub at: u64,
}

impl Note {
    pub fn new(id: u32, app: &str, summary: &str, body: &str, urgency: u8) -> Self {
        let at = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        Note { id, app: app.into(), summary: summary.into(), body: body.into(), urgency, at }
    }

    pub fn bar_line(&self) -> String {
        format!("{}: {}", self.app, self.summary.replace('\n', " "))
    }

    /// Short numeric codes and sign-in links are what people look for after unlocking.
    pub fn is_code(&self) -> bool {
        let text = format!("{} {}", self.summary, self.body).to_lowercase();
        let hint = ["code", "otp", "verif", "sign-in", "sign in", "login", "2fa", "passcode", "confirm"]
            .iter()
            .any(|w| text.contains(w));
        let digits = text
            .split(|c: char| !c.is_ascii_digit())
            .any(|run| (4..=8).contains(&run.len()));
        hint && (digits || text.contains("token=") || text.contains("magic"))
    }
}

pub struct History {
    ring: Mutex<VecDeque<Note>>,
    pending: Mutex<Vec<Note>>,
}

fn path() -> PathBuf {
    dirs::state_dir().unwrap_or_else(std::env::temp_dir).join("notifyd-lite/history.jsonl")
}

impl History {
    pub fn load() -> Self {
        let ring = std::fs::read_to_string(path())
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        History { ring: Mutex::new(ring), pending: Mutex::new(Vec::new()) }
    }

    pub fn push(&self, n: Note) {
        if n.is_code() {
            self.pending.lock().unwrap().push(n.clone());
        }
        let mut ring = self.ring.lock().unwrap();
        ring.push_back(n.clone());
        while ring.len() > 500 {
            ring.pop_front();
        }
        let p = path();
        let _ = std::fs::create_dir_all(p.parent().unwrap());
        if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(p) {
            let _ = writeln!(f, "{}", serde_json::to_string(&n).unwrap_or_default());
        }
    }

    pub fn dismiss(&self, id: u32) {
        self.ring.lock().unwrap().retain(|n| n.id != id);
    }

    pub fn take_pending(&self) -> Vec<Note> {
        std::mem::take(&mut *self.pending.lock().unwrap())
    }

    pub fn last(&self, n: usize) -> Vec<String> {
        let ring = self.ring.lock().unwrap();
        ring.iter().rev().take(n).map(|x| x.bar_line()).collect()
    }
}
