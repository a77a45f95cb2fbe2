//! Thin wrappers around the platform keychain CLIs.

use std::io::Write;
use std::process::{Command, Stdio};

pub fn get(service: &str) -> Option<String> {
    let out = if cfg!(target_os = "macos") {
        Command::new("security").args(["find-generic-password", "-s", service, "-a", "cargo", "-w"]).output().ok()?
    } else if cfg!(windows) {
        Command::new("powershell")
            .args(["-NoProfile", "-Command", &format!("(Get-StoredCredential -Target '{service}').GetNetworkCredential().Password")])
            .output()
            .ok()?
    } else {
        Command::new("secret-tool").args(["lookup", "service", service, "account", "cargo"]).output().ok()?
    };
    let t = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (out.status.success() && !t.is_empty()).then_some(t)
}

pub fn set(service: &str, token: &str) -> bool {
    if cfg!(target_os = "macos") {
        return Command::new("security").args(["add-generic-password", "-U", "-s", service, "-a", "cargo", "-w", token]).status().map(|s| s.success()).unwrap_or(false);
    }
    if cfg!(windows) {
        return Command::new("cmdkey").arg(format!("/generic:{service}")).args(["/user:cargo"]).arg(format!("/pass:{token}")).status().map(|s| s.success()).unwrap_or(false);
    }
    let Ok(mut child) = Command::new("secret-tool")
        .args(["store", "--label", service, "service", service, "account", "cargo"])
        .stdin(Stdio::piped())
        .spawn()
    else {
        return false;
    };
    let _ = child.stdin.take().map(|mut i| i.write_all(token.as_bytes()));
    child.wait().map(|s| s.success()).unwrap_or(false)
}

pub fn delete(service: &str) {
    let _ = if cfg!(target_os = "macos") {
        Command::new("security").args(["delete-generic-password", "-s", service, "-a", "cargo"]).status()
    } else if cfg!(windows) {
        Command::new("cmdkey").arg(format!("/delete:{service}")).status()
    } else {
        Command::new("secret-tool").args(["clear", "service", service, "account", "cargo"]).status()
    };
}
