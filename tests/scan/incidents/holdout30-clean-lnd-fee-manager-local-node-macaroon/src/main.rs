mod fees;

use clap::Parser;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Parser)]
#[command(version, about)]
struct Args {
    #[arg(long, default_value = "https://127.0.0.1:10009")]
    rpc: String,
    #[arg(long)]
    lnd_dir: Option<PathBuf>,
    #[arg(long, default_value = "mainnet")]
    network: String,
    #[arg(long)]
    macaroon: Option<PathBuf>,
    #[arg(long, default_value_t = 1)]
    min_ppm: u32,
    #[arg(long, default_value_t = 1500)]
    max_ppm: u32,
    /// Print planned changes without applying them
    #[arg(long)]
    dry_run: bool,
    /// Repeat, e.g. "30m" or "2h"
    #[arg(long)]
    every: Option<String>,
}

fn parse_every(s: &str) -> Option<Duration> {
    let (n, unit) = s.split_at(s.len().checked_sub(1)?);
    let n: u64 = n.parse().ok()?;
    Some(Duration::from_secs(match unit {
        "m" => n * 60,
        "h" => n * 3600,
        "s" => n,
        _ => return None,
    }))
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let dir = args.lnd_dir.clone().unwrap_or_else(|| dirs::home_dir().unwrap_or_default().join(".lnd"));
    let macaroon = args.macaroon.clone().unwrap_or_else(|| dir.join("data/chain/bitcoin").join(&args.network).join("admin.macaroon"));
    let cert = dir.join("tls.cert");
    loop {
        match fedimint_tonic_lnd::connect(args.rpc.clone(), cert.clone(), macaroon.clone()).await {
            Ok(mut client) => {
                if let Err(e) = fees::adjust(&mut client, args.min_ppm, args.max_ppm, args.dry_run).await {
                    eprintln!("lnfees: {e}");
                }
            }
            Err(e) => eprintln!("lnfees: cannot connect to {}: {e}", args.rpc),
        }
        match args.every.as_deref().and_then(parse_every) {
            Some(d) if !args.dry_run => tokio::time::sleep(d).await,
            _ => break,
        }
    }
}
