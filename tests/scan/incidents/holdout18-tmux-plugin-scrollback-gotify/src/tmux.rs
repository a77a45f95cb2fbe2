use anyhow::{bail, Result};
use std::process::Command;

pub fn output(args: &[&str]) -> Result<String> {
    let out = Command::new("tmux").args(args).output()?;
    if !out.status.success() {
        bail!("tmux {:?} failed", args.first());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn run(args: &[&str]) -> Result<()> {
    output(args).map(|_| ())
}

pub fn server_age_secs() -> u64 {
    let start: u64 = output(&["display-message", "-p", "#{start_time}"]).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    now.saturating_sub(start)
}

pub fn remote_session() -> bool {
    output(&["show-environment", "-g", "SSH_CONNECTION"]).map_or(false, |s| !s.trim().starts_with('-') && !s.trim().is_empty())
}
