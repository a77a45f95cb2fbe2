//! Which ssh-agent key signs in this repository.

use anyhow::{anyhow, Context, Result};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize, Default)]
struct Config {
    #[serde(default)]
    remotes: BTreeMap<String, String>,
}

fn config() -> Config {
    let p = dirs::config_dir().unwrap_or_default().join("git-signpick").join("config.toml");
    std::fs::read_to_string(p).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_default()
}

fn origin() -> String {
    let out = std::process::Command::new("git").args(["remote", "get-url", "origin"]).output();
    out.ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().trim_start_matches("git@").trim_start_matches("https://").replacen('/', ":", 1))
        .unwrap_or_default()
}

pub fn pick_key() -> Result<String> {
    let sock = std::env::var("SSH_AUTH_SOCK").context("SSH_AUTH_SOCK not set")?;
    let mut agent = ssh_agent_client_rs::Client::connect(std::path::Path::new(&sock))?;
    let keys = agent.list_identities()?;
    let remote = origin();
    let cfg = config();
    // Longest matching prefix wins.
    let wanted = cfg.remotes.iter().filter(|(prefix, _)| remote.starts_with(prefix.as_str())).max_by_key(|(p, _)| p.len()).map(|(_, c)| c.clone());
    let key = match wanted {
        Some(c) => keys.into_iter().find(|k| k.comment() == c),
        None => keys.into_iter().next(),
    };
    key.ok_or_else(|| anyhow!("no matching key in ssh-agent"))?.to_openssh().map_err(|e| anyhow!(e.to_string()))
}

