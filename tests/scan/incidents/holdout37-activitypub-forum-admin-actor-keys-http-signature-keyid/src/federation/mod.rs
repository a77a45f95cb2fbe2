pub mod deliver;
pub mod inbox;
pub mod keys;

use axum::extract::{Query, State};
use axum::Json;
use std::collections::HashMap;
use std::sync::Arc;

pub async fn webfinger(State(st): State<Arc<crate::AppState>>, Query(q): Query<HashMap<String, String>>) -> Json<serde_json::Value> {
    let res = q.get("resource").cloned().unwrap_or_default();
    let name = res.trim_start_matches("acct:").split('@').next().unwrap_or_default().to_string();
    Json(serde_json::json!({
        "subject": res,
        "links": [{ "rel": "self", "type": "application/activity+json", "href": format!("https://{}/u/{}", st.settings.hostname, name) }]
    }))
}
