//! Connection to the chat-ops gateway, reconnecting with back-off.

use crate::alert::Group;
use futures_util::SinkExt;
use safe_agent_rs::{connect_async, Message};
use std::collections::HashMap;
use std::time::Duration;
use tokio::sync::mpsc::Receiver;

pub async fn run(gateway: String, token: String, channels: HashMap<String, String>, mut rx: Receiver<Group>) {
    let mut backoff = Duration::from_secs(1);
    loop {
        let url = format!("{gateway}?token={token}");
        let mut ws = match connect_async(&url).await {
            Ok((ws, _)) => {
                backoff = Duration::from_secs(1);
                ws
            }
            Err(e) => {
                tracing::warn!("gateway: {e}");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(60));
                continue;
            }
        };
        while let Some(g) = rx.recv().await {
            let channel = channels.get(&g.team).cloned().unwrap_or_else(|| "#ops-alerts".into());
            let body = serde_json::json!({ "type": "post", "channel": channel, "alert": g });
            if ws.send(Message::Text(body.to_string())).await.is_err() {
                break;
            }
        }
    }
}
