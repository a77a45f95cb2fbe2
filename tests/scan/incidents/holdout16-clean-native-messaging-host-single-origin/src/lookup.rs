//! Entry lookup through the gopass CLI.

use std::process::Command;

fn gopass(args: &[&str]) -> Option<String> {
    let out = Command::new("gopass").args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn entries_for(url: &str) -> Vec<String> {
    let Some(host) = url::Url::parse(url).ok().and_then(|u| u.host_str().map(|h| h.trim_start_matches("www.").to_string())) else {
        return Vec::new();
    };
    // `gopass find` only matches names; nothing is decrypted here.
    gopass(&["find", "--clip=false", &host])
        .map(|s| s.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect())
        .unwrap_or_default()
}

pub fn login(entry: &str) -> Option<(String, String)> {
    if entry.starts_with('-') || entry.contains("..") {
        return None;
    }
    let password = gopass(&["show", "--password", entry])?.trim_end_matches('\n').to_string();
    let user = gopass(&["show", entry, "login"])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| entry.rsplit('/').next().unwrap_or_default().to_string());
    Some((user, password))
}
