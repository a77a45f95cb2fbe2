//! Idempotent edits of a shell rc file: the hook lives between two marker lines, the old file
//! is kept as a timestamped backup, and the new one replaces it atomically.

use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::init::Shell;

const BEGIN: &str = "# >>> jumpdir >>>";
const END: &str = "# <<< jumpdir <<<";

pub fn rc_path(shell: Shell) -> Option<PathBuf> {
    let home = PathBuf::from(env::var_os("HOME")?);
    Some(match shell {
        Shell::Bash => home.join(".bashrc"),
        Shell::Zsh => env::var_os("ZDOTDIR").map(PathBuf::from).unwrap_or(home).join(".zshrc"),
        Shell::Fish => home.join(".config/fish/config.fish"),
    })
}

pub struct Plan {
    path: PathBuf,
    old: String,
    new: String,
}

impl Plan {
    pub fn describe(&self) -> String {
        let added: Vec<&str> = self.new.lines().filter(|l| !self.old.lines().any(|o| o == *l)).collect();
        let removed: Vec<&str> = self.old.lines().filter(|l| !self.new.lines().any(|n| n == *l)).collect();
        let mut s = format!("--- {}\n+++ {}\n", self.path.display(), self.path.display());
        for l in removed {
            s.push_str(&format!("-{}\n", l));
        }
        for l in added {
            s.push_str(&format!("+{}\n", l));
        }
        s
    }

    /// Writes the new contents; returns the backup's path.
    pub fn apply(&self) -> io::Result<PathBuf> {
        let stamp = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let backup = self.path.with_extension(format!("jumpdir-backup-{}", stamp));
        if self.path.exists() {
            fs::copy(&self.path, &backup)?;
        }
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir)?;
        }
        let tmp = self.path.with_extension("jumpdir-tmp");
        fs::write(&tmp, &self.new)?;
        fs::rename(&tmp, &self.path)?;
        Ok(backup)
    }
}

fn strip_block(text: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in text.lines() {
        if line.trim() == BEGIN {
            inside = true;
            continue;
        }
        if line.trim() == END {
            inside = false;
            continue;
        }
        if !inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

pub fn plan_insert(path: &Path, hook: &str) -> io::Result<Option<Plan>> {
    let old = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e),
    };
    let mut new = strip_block(&old);
    if !new.is_empty() && !new.ends_with("\n\n") {
        new.push('\n');
    }
    new.push_str(&format!("{}\n{}\n{}\n", BEGIN, hook, END));
    if new == old {
        return Ok(None);
    }
    Ok(Some(Plan { path: path.to_path_buf(), old, new }))
}

pub fn plan_remove(path: &Path) -> io::Result<Option<Plan>> {
    let old = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let new = strip_block(&old);
    if new == old {
        return Ok(None);
    }
    Ok(Some(Plan { path: path.to_path_buf(), old, new }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_is_idempotent() {
        let dir = env::temp_dir().join(format!("jumpdir-rc-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let rc = dir.join(".bashrc");
        fs::write(&rc, "alias ll='ls -l'\n").unwrap();
        plan_insert(&rc, "eval \"$(jumpdir init bash)\"").unwrap().unwrap().apply().unwrap();
        assert!(plan_insert(&rc, "eval \"$(jumpdir init bash)\"").unwrap().is_none());
        plan_remove(&rc).unwrap().unwrap().apply().unwrap();
        assert_eq!(fs::read_to_string(&rc).unwrap().trim(), "alias ll='ls -l'");
        let _ = fs::remove_dir_all(dir);
    }
}
