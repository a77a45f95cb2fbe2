use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use serde_json::json;
use std::sync::Arc;

mod roughtime;

#[derive(Deserialize)]
struct Config {
    listen: String,
    secret_file: String,
    max_skew_secs: u64,
    #[serde(rename = "server")]
    servers: Vec<roughtime::Server>,
}

struct App {
    secret: Vec<u8>,
    max_skew: u64,
    servers: Vec<roughtime::Server>,
}

fn signed(app: &App, headers: &HeaderMap, body: &[u8]) -> bool {
    let Some(sig) = headers.get("X-Smallstep-Signature").and_then(|v| v.to_str().ok()).and_then(|s| hex::decode(s).ok()) else {
        return false;
    };
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(&app.secret).expect("key");
    mac.update(body);
    mac.verify_slice(&sig).is_ok()
}

async fn authorize(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> (StatusCode, Json<serde_json::Value>) {
    if !signed(&app, &headers, &body) {
        return (StatusCode::UNAUTHORIZED, Json(json!({ "allow": false })));
    }
    let servers = app.servers.clone();
    let skew = tokio::task::spawn_blocking(move || roughtime::skew_secs(&servers)).await.ok().flatten();
    (StatusCode::OK, Json(json!({ "allow": skew.map_or(false, |s| s <= app.max_skew) })))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "/etc/step/skewcheck.toml".into());
    let cfg: Config = toml::from_str(&std::fs::read_to_string(path)?)?;
    anyhow::ensure!(cfg.servers.len() >= 2, "configure at least two Roughtime servers");
    use base64::Engine;
    let secret = base64::engine::general_purpose::STANDARD.decode(std::fs::read_to_string(&cfg.secret_file)?.trim())?;
    let app = Arc::new(App { secret, max_skew: cfg.max_skew_secs, servers: cfg.servers });
    let router = Router::new().route("/authorize", post(authorize)).with_state(app);
    axum::serve(tokio::net::TcpListener::bind(&cfg.listen).await?, router).await?;
    Ok(())
}
