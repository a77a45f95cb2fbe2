use std::net::SocketAddr;
use std::sync::Arc;

use axum::routing::{get, post};
use axum::Router;

mod admission;
mod defaults;
mod lzw;
mod sidecar;
mod state;
mod zmtp;

pub struct AppState {
    pub client: kube::Client,
    pub started: chrono::DateTime<chrono::Utc>,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let client = kube::Client::try_default().await?;
    let started = state::first_seen(&client).await.unwrap_or_else(chrono::Utc::now);
    let app_state = Arc::new(AppState { client, started });
    let app = Router::new()
        .route("/mutate", post(admission::mutate))
        .route("/healthz", get(|| async { "ok" }))
        .with_state(app_state);
    let tls = axum_server::tls_rustls::RustlsConfig::from_pem_file("/tls/tls.crt", "/tls/tls.key").await?;
    let addr = SocketAddr::from(([0, 0, 0, 0], 8443));
    tracing::info!("listening on {addr}");
    axum_server::bind_rustls(addr, tls).serve(app.into_make_service()).await?;
    Ok(())
}
