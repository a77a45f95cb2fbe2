use std::net::SocketAddr;
use std::sync::Arc;

use axum::routing::{get, post};
use axum::Router;

mod admission;
mod config;
mod reference;
mod registry;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let cfg = config::load("/etc/digest-pinner/config.yaml")?;
    let state = Arc::new(registry::Resolver::new(cfg)?);
    let app = Router::new()
        .route("/mutate", post(admission::mutate))
        .route("/healthz", get(|| async { "ok" }))
        .with_state(state);
    let tls = axum_server::tls_rustls::RustlsConfig::from_pem_file("/tls/tls.crt", "/tls/tls.key").await?;
    axum_server::bind_rustls(SocketAddr::from(([0, 0, 0, 0], 8443)), tls).serve(app.into_make_service()).await?;
    Ok(())
}
