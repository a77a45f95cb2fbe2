//! Alertmanager webhook payload (version 4) and grouping.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Deserialize)]
pub struct Webhook {
    pub status: String,
    pub alerts: Vec<Alert>,
}

#[derive(Deserialize, Clone, Serialize)]
pub struct Alert {
    pub status: String,
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
    #[serde(rename = "startsAt")]
    pub starts_at: String,
}

#[derive(Serialize, Debug)]
pub struct Group {
    pub alertname: String,
    pub severity: String,
    pub team: String,
    pub firing: usize,
    pub resolved: usize,
    pub summaries: Vec<String>,
}

pub fn group(hook: Webhook) -> Vec<Group> {
    let mut groups: BTreeMap<(String, String, String), Group> = BTreeMap::new();
    for a in hook.alerts {
        if a.labels.get("silence_chatops").map(String::as_str) == Some("true") {
            continue;
        }
        let name = a.labels.get("alertname").cloned().unwrap_or_default();
        let sev = a.labels.get("severity").cloned().unwrap_or_else(|| "none".into());
        let team = a.labels.get("team").cloned().unwrap_or_else(|| "ops".into());
        let g = groups.entry((name.clone(), sev.clone(), team.clone())).or_insert(Group {
            alertname: name,
            severity: sev,
            team,
            firing: 0,
            resolved: 0,
            summaries: vec![],
        });
        if a.status == "resolved" {
            g.resolved += 1;
        } else {
            g.firing += 1;
        }
        if let Some(s) = a.annotations.get("summary") {
            if g.summaries.len() < 5 {
                g.summaries.push(s.clone());
            }
        }
    }
    groups.into_values().collect()
}
