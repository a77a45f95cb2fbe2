//! Connection to the local LND node.

use fedimint_tonic_lnd::Client;
use std::path::PathBuf;

use crate::Config;

pub struct Node {
    pub client: Client,
    pub dir: PathBuf,
    pub network: String,
}

pub fn expand(p: &str) -> PathBuf {
    match p.strip_prefix("~/") {
        Some(rest) => dirs::home_dir().unwrap_or_default().join(rest),
        None => PathBuf::from(p),
    }
}

impl Node {
    pub fn macaroon_path(dir: &std::path::Path, network: &str) -> PathBuf {
        dir.join("data/chain/bitcoin").join(network).join("admin.macaroon")
    }

    pub async fn connect(cfg: &Config) -> Result<Node, String> {
        let dir = expand(&cfg.lnd_dir);
        let cert = dir.join("tls.cert");
        let mac = Self::macaroon_path(&dir, &cfg.network);
        let client = fedimint_tonic_lnd::connect(cfg.rpc.clone(), cert, mac).await.map_err(|e| e.to_string())?;
        Ok(Node { client, dir, network: cfg.network.clone() })
    }
}
