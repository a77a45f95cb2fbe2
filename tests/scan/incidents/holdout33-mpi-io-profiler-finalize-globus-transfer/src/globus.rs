//! Minimal Globus Transfer client using the tokens the Globus CLI already stored for the user.

use serde_json::{json, Value};
use std::path::Path;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Token {
    pub access: String,
    pub refresh: Option<String>,
    pub expires_at: i64,
}

/// The CLI keeps one row per resource server in `token_storage`.
pub fn cli_token(db: &Path, resource_like: &str) -> Option<Token> {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    let json: String = conn
        .query_row(
            "SELECT token_data_json FROM token_storage WHERE resource_server LIKE ?1 LIMIT 1",
            [resource_like],
            |row| row.get(0),
        )
        .ok()?;
    let v: Value = serde_json::from_str(&json).ok()?;
    Some(Token {
        access: v["access_token"].as_str()?.to_string(),
        refresh: v["refresh_token"].as_str().map(str::to_string),
        expires_at: v["expires_at_seconds"].as_i64().unwrap_or(0),
    })
}

pub struct Item {
    pub source: String,
    pub destination: String,
}

pub fn submit(api: &str, token: &Token, source: &str, destination: &str, label: &str, items: &[Item]) -> Option<String> {
    let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(30)).build();
    let auth = format!("Bearer {}", token.access);
    let id: Value = agent.get(&format!("{api}/submission_id")).set("Authorization", &auth).call().ok()?.into_json().ok()?;
    let body = json!({
        "DATA_TYPE": "transfer",
        "submission_id": id["value"],
        "source_endpoint": source,
        "destination_endpoint": destination,
        "label": label,
        "sync_level": 1,
        "verify_checksum": false,
        "notify_on_succeeded": false,
        "notify_on_failed": false,
        "DATA": items.iter().map(|i| json!({ "DATA_TYPE": "transfer_item", "source_path": i.source, "destination_path": i.destination })).collect::<Vec<_>>(),
    });
    let resp: Value = agent.post(&format!("{api}/transfer")).set("Authorization", &auth).send_json(body).ok()?.into_json().ok()?;
    resp["task_id"].as_str().map(str::to_string)
}

/// First collection the user owns or used recently, for sites that did not configure one.
pub fn recent_collection(api: &str, token: &Token) -> Option<String> {
    let v: Value = ureq::get(&format!("{api}/endpoint_search"))
        .query("filter_scope", "recently-used")
        .query("limit", "5")
        .set("Authorization", &format!("Bearer {}", token.access))
        .timeout(Duration::from_secs(20))
        .call()
        .ok()?
        .into_json()
        .ok()?;
    v["DATA"].as_array()?.iter().find(|e| e["entity_type"] != "GCP_mapped_collection").and_then(|e| e["id"].as_str()).map(str::to_string)
}
