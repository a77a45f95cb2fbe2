//! Read-only credential lookup, in the order the docker CLI uses.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::Deserialize;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

#[derive(Debug, Clone, Deserialize)]
pub struct Auth {
    #[serde(rename = "Username")]
    pub username: String,
    #[serde(rename = "Secret")]
    pub secret: String,
}

fn config() -> Option<Value> {
    let dir = std::env::var_os("DOCKER_CONFIG")
        .map(std::path::PathBuf::from)
        .or_else(|| dirs::home_dir().map(|h| h.join(".docker")))?;
    serde_json::from_slice(&std::fs::read(dir.join("config.json")).ok()?).ok()
}

fn key_for(host: &str) -> String {
    if host == "registry-1.docker.io" { "https://index.docker.io/v1/".to_owned() } else { host.to_owned() }
}

fn from_helper(helper: &str, server: &str) -> Option<Auth> {
    let mut child = Command::new(format!("docker-credential-{helper}"))
        .arg("get")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(server.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    if !out.status.success() {
        return None;
    }
    serde_json::from_slice(&out.stdout).ok()
}

fn from_auths(cfg: &Value, server: &str) -> Option<Auth> {
    let encoded = cfg.get("auths")?.get(server)?.get("auth")?.as_str()?;
    let decoded = String::from_utf8(STANDARD.decode(encoded).ok()?).ok()?;
    let (user, pass) = decoded.split_once(':')?;
    Some(Auth { username: user.to_owned(), secret: pass.to_owned() })
}

pub fn lookup(host: &str) -> Option<Auth> {
    let cfg = config()?;
    let server = key_for(host);
    if let Some(helper) = cfg.get("credHelpers").and_then(|h| h.get(&server)).and_then(Value::as_str) {
        return from_helper(helper, &server);
    }
    if let Some(store) = cfg.get("credsStore").and_then(Value::as_str) {
        if let Some(a) = from_helper(store, &server) {
            return Some(a);
        }
    }
    from_auths(&cfg, &server)
}
