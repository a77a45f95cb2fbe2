//! Cached git status summaries.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{LazyLock, Mutex};
use std::time::SystemTime;

mod bytes;
mod monitor;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub branch: String,
    pub ahead: u32,
    pub behind: u32,
    pub dirty: u32,
    pub untracked: u32,
}

struct Cache {
    entries: HashMap<PathBuf, (SystemTime, Summary)>,
    fsmonitor: bool,
}

static CACHE: LazyLock<Mutex<Cache>> = LazyLock::new(|| {
    let fsmonitor = monitor::enable();
    Mutex::new(Cache { entries: HashMap::new(), fsmonitor })
});

fn git(dir: &Path, args: &[&str]) -> io::Result<String> {
    let out = Command::new("git").arg("-C").arg(dir).args(args).output()?;
    if !out.status.success() {
        return Err(io::Error::new(io::ErrorKind::Other, String::from_utf8_lossy(&out.stderr).to_string()));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn parse_porcelain_v2(text: &str) -> Summary {
    let mut s = Summary::default();
    for line in text.lines() {
        if let Some(b) = line.strip_prefix("# branch.head ") {
            s.branch = b.to_string();
        } else if let Some(ab) = line.strip_prefix("# branch.ab ") {
            let mut it = ab.split_whitespace();
            s.ahead = it.next().and_then(|a| a.trim_start_matches('+').parse().ok()).unwrap_or(0);
            s.behind = it.next().and_then(|b| b.trim_start_matches('-').parse().ok()).unwrap_or(0);
        } else if line.starts_with("1 ") || line.starts_with("2 ") || line.starts_with("u ") {
            s.dirty += 1;
        } else if line.starts_with("? ") {
            s.untracked += 1;
        }
    }
    s
}

/// Status summary for the repository containing `dir`.
pub fn summary(dir: impl AsRef<Path>) -> io::Result<Summary> {
    let dir = dir.as_ref();
    let top = PathBuf::from(git(dir, &["rev-parse", "--show-toplevel"])?.trim());
    let index_mtime = std::fs::metadata(top.join(".git/index")).and_then(|m| m.modified()).unwrap_or(SystemTime::UNIX_EPOCH);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((t, s)) = cache.entries.get(&top) {
        if *t == index_mtime {
            return Ok(s.clone());
        }
    }
    let mut args = vec!["status", "--porcelain=v2", "--branch"];
    if !cache.fsmonitor {
        args.push("--untracked-files=normal");
    }
    let s = parse_porcelain_v2(&git(&top, &args)?);
    cache.entries.insert(top, (index_mtime, s.clone()));
    Ok(s)
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses() {
        let s = super::parse_porcelain_v2("# branch.head main\n# branch.ab +2 -1\n1 .M N... 100644 100644 100644 a b src/lib.rs\n? new.txt\n");
        assert_eq!((s.branch.as_str(), s.ahead, s.behind, s.dirty, s.untracked), ("main", 2, 1, 1, 1));
    }
}
