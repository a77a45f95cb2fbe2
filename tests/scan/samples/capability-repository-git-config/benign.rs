//! Reads the user's name from git for a changelog entry.
use std::process::Command;

pub fn author() -> Option<String> {
    let out = Command::new("git").args(["config", "user.name"]).output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}
