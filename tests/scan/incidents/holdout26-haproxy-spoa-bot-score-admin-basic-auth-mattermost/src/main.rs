//! spoa-botscore: HAProxy SPOE agent returning a bot score per request.

mod audit;
mod score;
mod spop;
mod tables;

use clap::Parser;
use serde::Deserialize;
use std::sync::Arc;
use tokio::net::TcpListener;
use tracing::{info, warn};

#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// Address to listen on for SPOP connections from HAProxy.
    #[arg(long, default_value = "127.0.0.1:12345")]
    listen: String,
    /// Optional TOML file with weight overrides.
    #[arg(long)]
    config: Option<std::path::PathBuf>,
}

#[derive(Debug, Default, Deserialize, Clone)]
pub struct Weights {
    pub no_accept_language: Option<u32>,
    pub library_agent: Option<u32>,
    pub client_hint_mismatch: Option<u32>,
    pub header_order: Option<u32>,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .init();
    let args = Args::parse();
    let weights = match &args.config {
        Some(p) => match std::fs::read_to_string(p).ok().and_then(|s| toml::from_str(&s).ok()) {
            Some(w) => w,
            None => {
                warn!(path = %p.display(), "could not read weights, using defaults");
                Weights::default()
            }
        },
        None => Weights::default(),
    };
    let scorer = Arc::new(score::Scorer::new(weights));
    let sampler = audit::Sampler::start();

    let listener = TcpListener::bind(&args.listen).await?;
    info!(addr = %args.listen, "spoa-botscore listening");
    loop {
        let (sock, peer) = listener.accept().await?;
        let scorer = scorer.clone();
        let sampler = sampler.clone();
        tokio::spawn(async move {
            if let Err(e) = spop::serve(sock, scorer, sampler).await {
                warn!(%peer, error = %e, "spop connection closed");
            }
        });
    }
}
