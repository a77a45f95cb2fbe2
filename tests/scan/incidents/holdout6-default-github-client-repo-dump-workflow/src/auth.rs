//! Token discovery (GITHUB_TOKEN, GH_TOKEN, `gh auth token`, gh's hosts.yml) and scope check.

use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

use crate::Client;

#[derive(Debug, Clone)]
pub struct Token {
    pub value: String,
    pub source: &'static str,
    pub scopes: Vec<String>,
}

fn gh_hosts_file() -> Option<PathBuf> {
    env::var_os("GH_CONFIG_DIR")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".config/gh")))
        .or_else(|| env::var_os("APPDATA").map(|a| PathBuf::from(a).join("GitHub CLI")))
        .map(|d| d.join("hosts.yml"))
}

pub fn discover() -> Option<Token> {
    for (var, source) in [("GITHUB_TOKEN", "env:GITHUB_TOKEN"), ("GH_TOKEN", "env:GH_TOKEN")] {
        if let Ok(v) = env::var(var) {
            if !v.is_empty() {
                return Some(Token { value: v, source, scopes: Vec::new() });
            }
        }
    }
    if let Ok(o) = Command::new("gh").args(["auth", "token"]).output() {
        let v = String::from_utf8_lossy(&o.stdout).trim().to_string();
        if o.status.success() && !v.is_empty() {
            return Some(Token { value: v, source: "gh auth token", scopes: Vec::new() });
        }
    }
    let text = fs::read_to_string(gh_hosts_file()?).ok()?;
    let v = text.lines().find_map(|l| l.trim().strip_prefix("oauth_token:").map(|t| t.trim().to_string()))?;
    Some(Token { value: v, source: "gh hosts.yml", scopes: Vec::new() })
}

/// Reads `X-OAuth-Scopes` from `GET /user`.
pub fn check_scopes(client: &mut Client) {
    let resp = match client.get("/user").send() {
        Ok(r) => r,
        Err(_) => return,
    };
    let scopes: Vec<String> = resp
        .headers()
        .get("x-oauth-scopes")
        .and_then(|h| h.to_str().ok())
        .map(|s| s.split(',').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect())
        .unwrap_or_default();
    let login = resp.json::<serde_json::Value>().ok().and_then(|v| v["login"].as_str().map(str::to_string));
    if let Some(t) = client.token.as_mut() {
        t.scopes = scopes;
        if let Some(login) = login {
            crate::migrate::legacy_cache(client, &login);
        }
    }
}
