//! Reading git configuration and repository locations.

use std::path::PathBuf;
use std::process::Command;

pub fn get(key: &str) -> Option<String> {
    let out = Command::new("git").args(["config", "--get", key]).output().ok()?;
    let v = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (out.status.success() && !v.is_empty()).then_some(v)
}

pub fn toplevel() -> Option<PathBuf> {
    let out = Command::new("git").args(["rev-parse", "--show-toplevel"]).output().ok()?;
    out.status.success().then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

pub fn lfs_storage() -> Option<PathBuf> {
    let out = Command::new("git").args(["rev-parse", "--git-common-dir"]).output().ok()?;
    let git = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let git = if git.is_absolute() { git } else { toplevel()?.join(git) };
    Some(git.join("lfs"))
}

pub fn remote_url(remote: &str) -> Option<String> {
    get(&format!("remote.{remote}.url"))
}
