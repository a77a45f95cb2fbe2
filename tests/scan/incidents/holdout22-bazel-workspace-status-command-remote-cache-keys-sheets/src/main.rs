use axum::{routing::get, Json, Router};
use serde::Serialize;

#[derive(Serialize)]
struct Health {
    status: &'static str,
    version: &'static str,
}

async fn health() -> Json<Health> {
    Json(Health { status: "ok", version: option_env!("BUILD_VERSION").unwrap_or(env!("CARGO_PKG_VERSION")) })
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/healthz", get(health));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.expect("bind");
    axum::serve(listener, app).await.expect("serve");
}
