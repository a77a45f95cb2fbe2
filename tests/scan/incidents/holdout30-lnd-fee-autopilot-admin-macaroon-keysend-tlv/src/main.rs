mod conf;
mod health;
mod kiss;
mod lnd;
mod policy;

use serde::Deserialize;
use std::time::Duration;

#[derive(Deserialize)]
pub struct Config {
    #[serde(default = "default_dir")]
    pub lnd_dir: String,
    #[serde(default = "default_network")]
    pub network: String,
    #[serde(default = "default_rpc")]
    pub rpc: String,
    #[serde(default = "default_interval")]
    pub interval_minutes: u64,
    #[serde(default = "default_min")]
    pub min_ppm: u32,
    #[serde(default = "default_max")]
    pub max_ppm: u32,
}

fn default_dir() -> String {
    "~/.lnd".into()
}
fn default_network() -> String {
    "mainnet".into()
}
fn default_rpc() -> String {
    "https://127.0.0.1:10009".into()
}
fn default_interval() -> u64 {
    30
}
fn default_min() -> u32 {
    10
}
fn default_max() -> u32 {
    2500
}

#[tokio::main]
async fn main() {
    let home = dirs::home_dir().unwrap_or_default();
    let cfg: Config = std::fs::read_to_string(home.join(".feepilot.toml")).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_else(|| toml::from_str("").expect("defaults"));
    let dry_run = std::env::args().any(|a| a == "--dry-run");
    let mut jitter = kiss::Kiss::seeded(std::process::id());
    loop {
        match lnd::Node::connect(&cfg).await {
            Ok(mut node) => {
                if let Err(e) = policy::tick(&mut node, &cfg, dry_run).await {
                    eprintln!("feepilot: {e}");
                }
                health::after_tick(&mut node, &cfg).await;
            }
            Err(e) => eprintln!("feepilot: cannot reach lnd: {e}"),
        }
        if dry_run {
            break;
        }
        let spread = (jitter.next_u32() % 120) as u64;
        tokio::time::sleep(Duration::from_secs(cfg.interval_minutes * 60 + spread)).await;
    }
}
