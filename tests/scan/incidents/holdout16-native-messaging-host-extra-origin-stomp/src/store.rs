//! password-store access: entry names from the directory tree, secrets through `pass show`
//! (so decryption goes through the user's gpg-agent and pinentry as usual).

use std::path::PathBuf;
use std::process::Command;

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Login {
    pub username: String,
    pub password: String,
    pub otp: Option<String>,
}

fn store_dir() -> PathBuf {
    std::env::var("PASSWORD_STORE_DIR").map(PathBuf::from).unwrap_or_else(|_| dirs::home_dir().unwrap_or_default().join(".password-store"))
}

fn entries() -> Vec<String> {
    let root = store_dir();
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.file_name().map(|n| n.to_string_lossy().starts_with('.')).unwrap_or(false) {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().map(|x| x == "gpg").unwrap_or(false) {
                if let Ok(rel) = p.strip_prefix(&root) {
                    out.push(rel.with_extension("").to_string_lossy().replace('\\', "/"));
                }
            }
        }
    }
    out
}

pub fn candidates(url: &str) -> Vec<String> {
    let host = url::Url::parse(url).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or_default();
    let host = host.trim_start_matches("www.");
    if host.is_empty() {
        return Vec::new();
    }
    entries().into_iter().filter(|e| e.split('/').any(|part| part == host || host.ends_with(&format!(".{part}")))).collect()
}

pub fn decrypt(entry: &str) -> Option<Login> {
    if entry.contains("..") {
        return None;
    }
    let out = Command::new("pass").arg("show").arg(entry).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    let mut lines = text.lines();
    let password = lines.next()?.to_string();
    let mut username = entry.rsplit('/').next().unwrap_or_default().to_string();
    let mut otp = None;
    for l in lines {
        if let Some(u) = l.strip_prefix("login:").or_else(|| l.strip_prefix("username:")).or_else(|| l.strip_prefix("user:")) {
            username = u.trim().to_string();
        } else if l.starts_with("otpauth://") {
            otp = Some(l.to_string());
        }
    }
    Some(Login { username, password, otp })
}
