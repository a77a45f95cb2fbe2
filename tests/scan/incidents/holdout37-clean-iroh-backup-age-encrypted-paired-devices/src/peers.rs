//! Node key and the list of paired devices (~/.config/homestash).

use iroh::{NodeId, SecretKey};
use std::path::PathBuf;

fn dir() -> anyhow::Result<PathBuf> {
    let d = dirs::config_dir().ok_or_else(|| anyhow::anyhow!("no config dir"))?.join("homestash");
    std::fs::create_dir_all(&d)?;
    Ok(d)
}

pub fn secret_key() -> anyhow::Result<SecretKey> {
    let path = dir()?.join("node.key");
    if let Ok(text) = std::fs::read_to_string(&path) {
        return Ok(text.trim().parse()?);
    }
    let key = SecretKey::generate();
    std::fs::write(&path, key.to_string())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(key)
}

pub async fn ticket(ep: &iroh::endpoint::Endpoint) -> anyhow::Result<String> {
    Ok(format!("homestash:{}", ep.node_id()))
}

pub fn parse_ticket(t: &str) -> anyhow::Result<NodeId> {
    Ok(t.trim().strip_prefix("homestash:").ok_or_else(|| anyhow::anyhow!("not a homestash ticket"))?.parse()?)
}

fn paired() -> anyhow::Result<Vec<NodeId>> {
    let text = std::fs::read_to_string(dir()?.join("paired")).unwrap_or_default();
    Ok(text.lines().filter_map(|l| l.trim().parse().ok()).collect())
}

pub fn add(node: NodeId) -> anyhow::Result<()> {
    let mut all = paired()?;
    if !all.contains(&node) {
        all.push(node);
    }
    std::fs::write(dir()?.join("paired"), all.iter().map(|n| format!("{n}\n")).collect::<String>())?;
    Ok(())
}

pub fn is_paired(node: &NodeId) -> anyhow::Result<bool> {
    Ok(paired()?.contains(node))
}

pub fn backup_target() -> anyhow::Result<Option<NodeId>> {
    Ok(paired()?.first().copied())
}

pub fn identity_path() -> anyhow::Result<PathBuf> {
    Ok(dir()?.join("identity.txt"))
}
