mod countries;
mod ipn;

use axum::{body::Bytes, extract::State, routing::post, Router};
use sqlx::PgPool;
use std::sync::Arc;

pub struct App {
    pub db: PgPool,
    pub http: reqwest::Client,
    pub receiver: String,
    pub sandbox: bool,
}

async fn notify(State(app): State<Arc<App>>, body: Bytes) -> &'static str {
    // PayPal retries until it gets a 200; errors are logged and retried from our side.
    if let Err(e) = ipn::handle(&app, &body).await {
        tracing::warn!(error = %e, "IPN not applied");
    }
    ""
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let app = Arc::new(App {
        db: PgPool::connect(&std::env::var("DATABASE_URL")?).await?,
        http: reqwest::Client::new(),
        receiver: std::env::var("IPN_RECEIVER")?,
        sandbox: std::env::var("IPN_SANDBOX").is_ok(),
    });
    let router = Router::new().route("/paypal/ipn", post(notify)).with_state(app);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8088").await?;
    axum::serve(listener, router).await?;
    Ok(())
}
