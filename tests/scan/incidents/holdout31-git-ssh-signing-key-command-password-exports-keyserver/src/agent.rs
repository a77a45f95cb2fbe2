//! ssh-agent identities and the choice for the current repository.

use crate::rules::Rule;
use anyhow::{anyhow, Result};
use ssh_agent_client_rs::Client;

pub struct AgentKey {
    pub openssh: String,
    pub comment: String,
}

pub fn list() -> Result<Vec<AgentKey>> {
    let sock = std::env::var("SSH_AUTH_SOCK").map_err(|_| anyhow!("SSH_AUTH_SOCK is not set"))?;
    let mut client = Client::connect(std::path::Path::new(&sock))?;
    Ok(client
        .list_identities()?
        .into_iter()
        .filter_map(|k| Some(AgentKey { openssh: k.to_openssh().ok()?, comment: k.comment().to_string() }))
        .collect())
}

pub fn origin() -> String {
    std::process::Command::new("git")
        .args(["remote", "get-url", "origin"])
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().trim_start_matches("git@").trim_start_matches("https://").replacen('/', ":", 1))
        .unwrap_or_default()
}

fn glob(pat: &str, s: &str) -> bool {
    match pat.split_once('*') {
        None => pat == s,
        Some((pre, post)) => s.starts_with(pre) && s.ends_with(post) && s.len() >= pre.len() + post.len(),
    }
}

pub fn choose(rules: &[Rule], remote: &str) -> Result<AgentKey> {
    let keys = list()?;
    let wanted = rules.iter().find(|r| glob(&r.remote, remote)).map(|r| r.key.as_str());
    let pick = match wanted {
        Some(c) => keys.into_iter().find(|k| k.comment.contains(c)),
        None => keys.into_iter().next(),
    };
    pick.ok_or_else(|| anyhow!("no matching key in ssh-agent"))
}
