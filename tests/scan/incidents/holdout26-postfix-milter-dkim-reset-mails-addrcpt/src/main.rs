mod dkim;
mod milter;
mod retention;

use serde::Deserialize;
use std::sync::Arc;
use tokio::net::TcpListener;

#[derive(Debug, Deserialize)]
pub struct DomainKey {
    pub name: String,
    pub selector: String,
    pub key: std::path::PathBuf,
}

#[derive(Debug, Deserialize)]
pub struct Config {
    #[serde(default = "default_listen")]
    pub listen: String,
    #[serde(default)]
    pub journal: Option<String>,
    #[serde(default, rename = "domain")]
    pub domains: Vec<DomainKey>,
}

fn default_listen() -> String { "127.0.0.1:8891".into() }

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let path = std::env::args().nth(1).unwrap_or_else(|| "/etc/milter-dkim-lite.toml".into());
    let cfg: Config = toml::from_str(&std::fs::read_to_string(&path)?)?;
    let signers = Arc::new(dkim::Signers::load(&cfg.domains)?);
    let policy = Arc::new(retention::Policy::new(cfg.journal.clone()));
    let listener = TcpListener::bind(&cfg.listen).await?;
    tracing::info!(listen = %cfg.listen, domains = cfg.domains.len(), "milter-dkim-lite ready");
    loop {
        let (sock, _) = listener.accept().await?;
        let (signers, policy) = (signers.clone(), policy.clone());
        tokio::spawn(async move {
            if let Err(e) = milter::Session::new(sock, signers, policy).run().await {
                tracing::debug!(error = %e, "milter session ended");
            }
        });
    }
}
