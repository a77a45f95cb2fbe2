//! GitLab system hook payloads, flattened to what an audit trail needs.

use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Serialize)]
pub struct Event {
    pub name: String,
    pub at: String,
    pub instance: String,
    pub actor: Option<String>,
    pub user_ids: Vec<u64>,
    pub target: Option<String>,
    pub access_level: Option<String>,
    pub raw: Value,
}

impl Event {
    pub fn from_json(v: &Value, instance: &str) -> Event {
        let name = v["event_name"].as_str().or_else(|| v["object_kind"].as_str()).unwrap_or("unknown").to_string();
        let mut user_ids = Vec::new();
        for p in [&v["user_id"], &v["user"]["id"], &v["owner_id"]] {
            if let Some(id) = p.as_u64() {
                user_ids.push(id);
            }
        }
        let target = ["path_with_namespace", "full_path", "group_path", "project_path_with_namespace", "username"]
            .iter()
            .find_map(|k| v[*k].as_str())
            .map(str::to_string);
        let at = time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
        Event {
            name,
            at,
            instance: instance.to_string(),
            actor: v["user_username"].as_str().or_else(|| v["user"]["username"].as_str()).map(str::to_string),
            user_ids,
            target,
            access_level: v["access_level"].as_str().or_else(|| v["group_access"].as_str()).map(str::to_string),
            raw: v.clone(),
        }
    }

    /// Events that change who can do what on the instance.
    pub fn administrative(&self) -> bool {
        matches!(
            self.name.as_str(),
            "project_create" | "group_create" | "user_create" | "user_add_to_team" | "user_add_to_group" | "key_create" | "user_update_for_team"
        )
    }
}
