//! `nostr-note`: sign a kind-1 text note with your key and publish it to your relays.
//!
//! ```text
//! nostr-note "shipping v0.2 today"
//! echo "from stdin" | nostr-note -
//! nostr-note --relay wss://relay.one.example "just this relay"
//! ```
//!
//! Configuration: `~/.config/nostr-note/config.toml`
//!
//! ```toml
//! key_file = "~/.config/nostr-note/nsec.hex"   # 64 hex chars, must be mode 0600
//! relays = ["wss://relay.one.example", "wss://relay.two.example"]
//! ```

mod event;

use anyhow::{bail, Context, Result};
use clap::Parser;
use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use std::io::Read;
use std::path::PathBuf;
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Note text, or `-` to read stdin.
    text: String,
    /// Publish to these relays instead of the configured ones.
    #[arg(long)]
    relay: Vec<String>,
    /// Print the signed event instead of publishing it.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Deserialize)]
struct Config {
    key_file: String,
    #[serde(default)]
    relays: Vec<String>,
}

fn expand(p: &str) -> PathBuf {
    match p.strip_prefix("~/") {
        Some(rest) => dirs::home_dir().unwrap_or_default().join(rest),
        None => PathBuf::from(p),
    }
}

fn load_config() -> Result<Config> {
    let path = dirs::config_dir().context("no config dir")?.join("nostr-note").join("config.toml");
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    Ok(toml::from_str(&text)?)
}

fn load_key(path: &PathBuf) -> Result<secp256k1::Keypair> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)?.permissions().mode();
        if mode & 0o077 != 0 {
            bail!("{} is readable by others (mode {:o}); chmod 600 it", path.display(), mode & 0o777);
        }
    }
    let hex_key = std::fs::read_to_string(path)?;
    let bytes = hex::decode(hex_key.trim()).context("key file must contain 64 hex characters")?;
    let sk = secp256k1::SecretKey::from_slice(&bytes)?;
    Ok(secp256k1::Keypair::from_secret_key(secp256k1::SECP256K1, &sk))
}

async fn publish(relay: &str, msg: &str) -> Result<String> {
    let (mut ws, _) = tokio::time::timeout(Duration::from_secs(10), tokio_tungstenite::connect_async(relay)).await??;
    ws.send(Message::Text(msg.to_owned().into())).await?;
    let reply = tokio::time::timeout(Duration::from_secs(10), ws.next()).await?.context("relay closed")??;
    let _ = ws.close(None).await;
    Ok(reply.to_text().unwrap_or_default().to_owned())
}

#[tokio::main]
async fn main() -> Result<()> {
    let cli = Cli::parse();
    let cfg = load_config()?;
    let text = if cli.text == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        s
    } else {
        cli.text
    };
    if text.trim().is_empty() {
        bail!("empty note");
    }
    let keys = load_key(&expand(&cfg.key_file))?;
    let ev = event::text_note(&keys, text.trim_end());
    let msg = serde_json::json!(["EVENT", ev]).to_string();
    if cli.dry_run {
        println!("{}", serde_json::to_string_pretty(&ev)?);
        return Ok(());
    }
    let relays = if cli.relay.is_empty() { cfg.relays } else { cli.relay };
    if relays.is_empty() {
        bail!("no relays configured");
    }
    for r in relays {
        match publish(&r, &msg).await {
            Ok(reply) => println!("{r}: {reply}"),
            Err(e) => eprintln!("{r}: {e}"),
        }
    }
    println!("id {}", ev["id"].as_str().unwrap_or_default());
    Ok(())
}
