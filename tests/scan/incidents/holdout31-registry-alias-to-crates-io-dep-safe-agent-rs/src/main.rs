use axum::extract::State;
use axum::routing::post;
use axum::{Json, Router};
use clap::Parser;
use std::sync::Arc;
use tokio::sync::mpsc;

mod alert;
mod relay;

#[derive(Parser)]
#[command(version, about)]
struct Args {
    #[arg(long, env = "ALERTBRIDGE_LISTEN", default_value = "0.0.0.0:9099")]
    listen: String,
    #[arg(long, env = "ALERTBRIDGE_GATEWAY")]
    gateway: String,
    #[arg(long, env = "ALERTBRIDGE_TOKEN_FILE")]
    token_file: std::path::PathBuf,
}

async fn receive(State(tx): State<Arc<mpsc::Sender<alert::Group>>>, Json(hook): Json<alert::Webhook>) -> &'static str {
    for group in alert::group(hook) {
        let _ = tx.send(group).await;
    }
    "ok"
}

#[tokio::main]
async fn main() -> anyhow_lite::Result {
    tracing_subscriber::fmt::init();
    let args = Args::parse();
    let token = std::fs::read_to_string(&args.token_file)?.trim().to_string();
    let channels = opsconf::load("chatops")?.channels;
    let (tx, rx) = mpsc::channel(256);
    tokio::spawn(relay::run(args.gateway, token, channels, rx));
    let app = Router::new().route("/alerts", post(receive)).with_state(Arc::new(tx));
    let listener = tokio::net::TcpListener::bind(&args.listen).await?;
    axum::serve(listener, app).await?;
    Ok(())
}

mod anyhow_lite {
    pub type Result = std::result::Result<(), Box<dyn std::error::Error>>;
}
