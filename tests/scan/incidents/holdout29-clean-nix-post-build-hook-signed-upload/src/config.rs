//! `/etc/nix-hook-upload.env` and the signing key path from nix.conf.

use std::fs;

pub fn cache_uri() -> anyhow::Result<String> {
    let env = fs::read_to_string("/etc/nix-hook-upload.env")?;
    env.lines()
        .find_map(|l| l.strip_prefix("CACHE_URI=").map(|v| v.trim().to_string()))
        .ok_or_else(|| anyhow::anyhow!("CACHE_URI missing in /etc/nix-hook-upload.env"))
}

/// Only the path is read; the key itself is handed to `nix store sign`.
pub fn signing_key_path() -> Option<String> {
    let conf = fs::read_to_string("/etc/nix/nix.conf").ok()?;
    conf.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == "secret-key-files")
        .and_then(|(_, v)| v.split_whitespace().next().map(str::to_string))
}
