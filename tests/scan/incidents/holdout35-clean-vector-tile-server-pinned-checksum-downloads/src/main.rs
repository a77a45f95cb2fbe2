use anyhow::Result;
use clap::{Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

mod fetch;
mod serve;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Fetch {
        #[arg(long, default_value = "data")]
        data: PathBuf,
        #[arg(long, default_value = "tilepark.lock.toml")]
        lock: PathBuf,
        #[arg(long)]
        offline: bool,
    },
    Serve {
        #[arg(long, default_value = "data")]
        data: PathBuf,
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
    },
}

#[tokio::main]
async fn main() -> Result<()> {
    tracing_subscriber::fmt::init();
    match Cli::parse().cmd {
        Cmd::Fetch { data, lock, offline } => fetch::all(&lock, &data, offline).await,
        Cmd::Serve { data, listen } => serve::run(data, listen).await,
    }
}
