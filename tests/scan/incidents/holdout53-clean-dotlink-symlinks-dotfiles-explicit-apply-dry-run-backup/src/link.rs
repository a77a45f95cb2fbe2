//! Link planning and application.

use std::path::{Path, PathBuf};

#[derive(Debug, PartialEq, Eq)]
pub enum State {
    Linked,
    Missing,
    InTheWay,
    WrongLink(PathBuf),
    SourceMissing,
}

pub fn state(src: &Path, dst: &Path) -> State {
    if !src.exists() {
        return State::SourceMissing;
    }
    match std::fs::read_link(dst) {
        Ok(t) if t == src => State::Linked,
        Ok(t) => State::WrongLink(t),
        Err(_) if dst.exists() => State::InTheWay,
        Err(_) => State::Missing,
    }
}

pub fn backup_dir() -> PathBuf {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    crate::config::home().join(".local/state/dotlink/backup").join(secs.to_string())
}

#[cfg(unix)]
fn symlink(src: &Path, dst: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(src, dst)
}

#[cfg(windows)]
fn symlink(src: &Path, dst: &Path) -> std::io::Result<()> {
    if src.is_dir() {
        std::os::windows::fs::symlink_dir(src, dst)
    } else {
        std::os::windows::fs::symlink_file(src, dst)
    }
}

/// Apply one pair; returns a description of what was (or would be) done.
pub fn apply(src: &Path, dst: &Path, backup: &Path, dry_run: bool) -> std::io::Result<Option<String>> {
    let st = state(src, dst);
    let msg = match &st {
        State::Linked | State::SourceMissing => return Ok(None),
        State::Missing => format!("link {} -> {}", dst.display(), src.display()),
        State::InTheWay => format!("back up {} and link", dst.display()),
        State::WrongLink(t) => format!("relink {} (was -> {})", dst.display(), t.display()),
    };
    if dry_run {
        return Ok(Some(msg));
    }
    match st {
        State::InTheWay => {
            let rel = dst.strip_prefix(crate::config::home()).unwrap_or(dst);
            let to = backup.join(rel);
            std::fs::create_dir_all(to.parent().unwrap_or(backup))?;
            std::fs::rename(dst, &to)?;
        }
        State::WrongLink(_) => std::fs::remove_file(dst)?,
        _ => {}
    }
    if let Some(parent) = dst.parent() {
        std::fs::create_dir_all(parent)?;
    }
    symlink(src, dst)?;
    Ok(Some(msg))
}

/// Remove `dst` only if it is a link into `repo`.
pub fn unlink(dst: &Path, repo: &Path) -> std::io::Result<bool> {
    match std::fs::read_link(dst) {
        Ok(t) if t.starts_with(repo) => {
            std::fs::remove_file(dst)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}
