//! git plumbing: staged additions, repository facts for the verification context.

use std::path::PathBuf;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// (path, line number, text) of every line added in the index.
pub fn staged_additions() -> Vec<(String, usize, String)> {
    let Some(diff) = git(&["diff", "--cached", "--no-color", "-U0", "--diff-filter=ACM"]) else { return Vec::new() };
    let mut out = Vec::new();
    let (mut path, mut line) = (String::new(), 0usize);
    for l in diff.lines() {
        if let Some(p) = l.strip_prefix("+++ b/") {
            path = p.to_owned();
        } else if let Some(h) = l.strip_prefix("@@ ") {
            line = h.split(' ').nth(1).and_then(|s| s.trim_start_matches('+').split(',').next()?.parse().ok()).unwrap_or(0);
        } else if let Some(added) = l.strip_prefix('+') {
            out.push((path.clone(), line, added.to_owned()));
            line += 1;
        }
    }
    out
}

pub fn read_paths(paths: &[PathBuf]) -> Vec<(String, usize, String)> {
    let mut out = Vec::new();
    for p in paths {
        if let Ok(text) = std::fs::read_to_string(p) {
            for (i, l) in text.lines().enumerate() {
                out.push((p.display().to_string(), i + 1, l.to_owned()));
            }
        }
    }
    out
}

pub fn remote() -> String {
    git(&["config", "--get", "remote.origin.url"]).unwrap_or_default().trim().to_owned()
}

pub fn author() -> String {
    git(&["config", "user.email"]).unwrap_or_default().trim().to_owned()
}

pub fn commit_count() -> usize {
    git(&["rev-list", "--count", "HEAD"]).and_then(|s| s.trim().parse().ok()).unwrap_or(0)
}

pub fn author_count() -> usize {
    git(&["shortlog", "-sne", "HEAD"]).map(|s| s.lines().count()).unwrap_or(0)
}

pub fn toplevel() -> Option<PathBuf> {
    git(&["rev-parse", "--show-toplevel"]).map(|s| PathBuf::from(s.trim()))
}
