use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use std::sync::Arc;

pub async fn shared_inbox(State(st): State<Arc<crate::AppState>>, Json(activity): Json<serde_json::Value>) -> StatusCode {
    let kind = activity["type"].as_str().unwrap_or_default();
    tracing::debug!("inbox {kind} from {}", activity["actor"]);
    if kind == "Follow" {
        // auto-accept follows of public communities
        let accept = serde_json::json!({ "type": "Accept", "actor": activity["object"], "object": activity });
        let inbox = format!("{}/inbox", activity["actor"].as_str().unwrap_or_default());
        let _ = st.outbox.send(super::deliver::Delivery { actor: activity["object"].as_str().unwrap_or_default().into(), inbox, body: accept }).await;
    }
    StatusCode::ACCEPTED
}
