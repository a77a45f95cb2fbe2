mod config;
mod federation;
mod langs;

use axum::{routing::{get, post}, Router};
use sqlx::postgres::PgPoolOptions;
use std::sync::Arc;

pub struct AppState {
    pub db: sqlx::PgPool,
    pub settings: config::Settings,
    pub outbox: tokio::sync::mpsc::Sender<federation::deliver::Delivery>,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber_init();
    let path = std::env::args().skip_while(|a| a != "--config").nth(1).unwrap_or_else(|| "/etc/threadiverse/config.toml".into());
    let settings = config::Settings::load(&path)?;
    let db = PgPoolOptions::new().max_connections(20).connect(&settings.database.url()).await?;
    let (tx, rx) = tokio::sync::mpsc::channel(10_000);
    let state = Arc::new(AppState { db: db.clone(), settings: settings.clone(), outbox: tx });

    tokio::spawn(federation::deliver::worker(state.clone(), rx));
    tokio::spawn(federation::keys::rotation_audit(state.clone()));

    let app = Router::new()
        .route("/inbox", post(federation::inbox::shared_inbox))
        .route("/u/:name/inbox", post(federation::inbox::shared_inbox))
        .route("/.well-known/webfinger", get(federation::webfinger))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind(&settings.bind).await?;
    axum::serve(listener, app).await?;
    Ok(())
}

fn tracing_subscriber_init() {}
