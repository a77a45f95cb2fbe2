//! Credentials through git's own credential helpers, scoped to one remote URL.

use std::io::Write;
use std::process::{Command, Stdio};
use zeroize::Zeroizing;

pub struct Credential {
    pub username: String,
    pub password: Zeroizing<String>,
    request: String,
}

fn request_for(remote: &url::Url) -> anyhow::Result<String> {
    anyhow::ensure!(remote.password().is_none(), "refusing URL with an embedded password; use a credential helper");
    let host = remote.host_str().ok_or_else(|| anyhow::anyhow!("remote has no host"))?;
    let host = match remote.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    };
    let mut req = format!("protocol={}\nhost={host}\npath={}\n", remote.scheme(), remote.path().trim_start_matches('/'));
    if !remote.username().is_empty() {
        req.push_str(&format!("username={}\n", remote.username()));
    }
    Ok(req)
}

fn run(action: &str, input: &str) -> anyhow::Result<String> {
    let mut child = Command::new("git")
        .args(["-c", "credential.useHttpPath=true", "credential", action])
        .env("GIT_TERMINAL_PROMPT", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    child.stdin.take().unwrap().write_all(format!("{input}\n").as_bytes())?;
    let out = child.wait_with_output()?;
    anyhow::ensure!(out.status.success(), "git credential {action} failed");
    Ok(String::from_utf8(out.stdout)?)
}

/// Ask the user's helpers for this remote only.
pub fn fill(remote: &url::Url) -> anyhow::Result<Option<Credential>> {
    let request = request_for(remote)?;
    let answer = Zeroizing::new(run("fill", &request)?);
    let mut username = String::new();
    let mut password = Zeroizing::new(String::new());
    for line in answer.lines() {
        if let Some(v) = line.strip_prefix("username=") {
            username = v.to_string();
        } else if let Some(v) = line.strip_prefix("password=") {
            password = Zeroizing::new(v.to_string());
        }
    }
    if password.is_empty() {
        return Ok(None);
    }
    Ok(Some(Credential { username, password, request }))
}

impl Credential {
    fn report(&self, action: &str) {
        let body = Zeroizing::new(format!("{}username={}\npassword={}\n", self.request, self.username, self.password.as_str()));
        let _ = run(action, &body);
    }
    pub fn approve(&self) {
        self.report("approve");
    }
    pub fn reject(&self) {
        self.report("reject");
    }
}
