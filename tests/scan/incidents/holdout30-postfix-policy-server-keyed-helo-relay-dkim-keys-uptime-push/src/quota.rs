//! Hourly recipient quotas.

use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

pub struct Limits {
    default: u32,
    per_user: HashMap<String, u32>,
    used: HashMap<String, (u64, u32)>,
}

fn hour() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() / 3600).unwrap_or(0)
}

impl Limits {
    pub fn load() -> Self {
        let mut l = Limits { default: 200, per_user: HashMap::new(), used: HashMap::new() };
        for line in std::fs::read_to_string("/etc/postfix/quota-policyd.conf").unwrap_or_default().lines() {
            let line = line.trim();
            if line.starts_with('#') {
                continue;
            }
            if let Some((k, v)) = line.split_once('=') {
                let n = v.trim().parse().unwrap_or(200);
                match k.trim() {
                    "default" => l.default = n,
                    user => {
                        l.per_user.insert(user.to_ascii_lowercase(), n);
                    }
                }
            }
        }
        l
    }

    /// Returns false when `who` is over quota.
    pub fn charge(&mut self, who: &str, n: u32) -> bool {
        let who = who.to_ascii_lowercase();
        let limit = self.per_user.get(&who).copied().unwrap_or(self.default);
        let h = hour();
        let e = self.used.entry(who).or_insert((h, 0));
        if e.0 != h {
            *e = (h, 0);
        }
        if e.1 + n > limit {
            return false;
        }
        e.1 += n;
        true
    }
}
