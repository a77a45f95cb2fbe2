mod reputation;
mod spop;

use clap::Parser;
use std::sync::Arc;
use tokio::net::TcpListener;

#[derive(Parser)]
#[command(version, about)]
struct Args {
    #[arg(long, default_value = "127.0.0.1:12346")]
    listen: String,
    /// name=path of a CIDR list; may be repeated.
    #[arg(long = "list", required = true)]
    lists: Vec<String>,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt::init();
    let args = Args::parse();
    let lists: Vec<(String, std::path::PathBuf)> = args.lists.iter()
        .filter_map(|l| l.split_once('=').map(|(n, p)| (n.to_string(), p.into())))
        .collect();
    let rep = Arc::new(reputation::Reputation::new(lists));
    rep.reload_if_changed();
    let bg = rep.clone();
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(30)).await;
            bg.reload_if_changed();
        }
    });
    let listener = TcpListener::bind(&args.listen).await?;
    tracing::info!(listen = %args.listen, "spoa-iprep ready");
    loop {
        let (sock, peer) = listener.accept().await?;
        let rep = rep.clone();
        tokio::spawn(async move {
            if let Err(e) = spop::serve(sock, rep).await {
                tracing::debug!(%peer, error = %e, "connection closed");
            }
        });
    }
}
