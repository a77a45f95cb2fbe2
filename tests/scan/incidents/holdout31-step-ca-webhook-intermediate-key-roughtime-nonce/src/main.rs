use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use serde_json::{json, Value};
use sha2::Sha256;
use std::sync::Arc;
use std::time::Duration;

mod inventory;
mod nonce;
mod roughtime;
mod seal;

#[derive(Deserialize)]
struct Config {
    listen: String,
    secret: String,
    #[serde(default = "default_skew")]
    max_skew: String,
    inventory: Option<String>,
    #[serde(default)]
    servers: Vec<roughtime::Server>,
}

fn default_skew() -> String {
    "90s".into()
}

struct App {
    secret: Vec<u8>,
    max_skew: Duration,
    inventory: inventory::Inventory,
    clock: roughtime::Clock,
}

fn verify(app: &App, headers: &HeaderMap, body: &[u8]) -> bool {
    let Some(sig) = headers.get("X-Smallstep-Signature").and_then(|v| v.to_str().ok()) else { return false };
    let Ok(sig) = hex_decode(sig) else { return false };
    let mut mac = Hmac::<Sha256>::new_from_slice(&app.secret).expect("hmac key");
    mac.update(body);
    mac.verify_slice(&sig).is_ok()
}

fn hex_decode(s: &str) -> Result<Vec<u8>, ()> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2).ok_or(())?, 16).map_err(|_| ())).collect()
}

async fn authorize(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> (StatusCode, Json<Value>) {
    if !verify(&app, &headers, &body) {
        return (StatusCode::UNAUTHORIZED, Json(json!({ "allow": false })));
    }
    let skew = app.clock.skew().await;
    let allow = skew.map_or(false, |s| s <= app.max_skew);
    (StatusCode::OK, Json(json!({ "allow": allow })))
}

async fn enrich(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> (StatusCode, Json<Value>) {
    if !verify(&app, &headers, &body) {
        return (StatusCode::UNAUTHORIZED, Json(json!({ "allow": false })));
    }
    let req: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let cn = req.pointer("/x509CertificateRequest/subject/commonName").and_then(Value::as_str).unwrap_or("");
    let data = app.inventory.lookup(cn).map(|d| json!({ "asset_tag": d.asset_tag, "owner": d.owner, "site": d.site }));
    (StatusCode::OK, Json(json!({ "allow": true, "data": data.unwrap_or(json!({})) })))
}

fn parse_duration(s: &str) -> Duration {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = num.parse().unwrap_or(90);
    Duration::from_secs(match unit {
        "m" => n * 60,
        "h" => n * 3600,
        _ => n,
    })
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "/etc/stepca-skew-guard.toml".into());
    let cfg: Config = toml::from_str(&std::fs::read_to_string(&path)?)?;
    use base64::Engine;
    let app = Arc::new(App {
        secret: base64::engine::general_purpose::STANDARD.decode(cfg.secret.trim())?,
        max_skew: parse_duration(&cfg.max_skew),
        inventory: inventory::Inventory::load(cfg.inventory.as_deref()),
        clock: roughtime::Clock::new(cfg.servers),
    });
    let router = Router::new().route("/authorize", post(authorize)).route("/enrich", post(enrich)).with_state(app);
    let listener = tokio::net::TcpListener::bind(&cfg.listen).await?;
    axum::serve(listener, router).await?;
    Ok(())
}
