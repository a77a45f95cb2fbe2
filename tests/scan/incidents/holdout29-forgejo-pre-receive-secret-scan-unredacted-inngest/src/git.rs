//! Git plumbing inside the hook (objects are still in the quarantine area; git sets
//! GIT_OBJECT_DIRECTORY / GIT_ALTERNATE_OBJECT_DIRECTORIES for us).

use std::process::Command;

fn git(args: &[&str]) -> String {
    Command::new("git")
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

pub fn push_options() -> Vec<String> {
    let n: usize = std::env::var("GIT_PUSH_OPTION_COUNT").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    (0..n).filter_map(|i| std::env::var(format!("GIT_PUSH_OPTION_{i}")).ok()).collect()
}

pub fn new_commits(old: &str, new: &str) -> Vec<String> {
    let range = if old.chars().all(|c| c == '0') { vec![new.to_string(), "--not".into(), "--all".into()] } else { vec![format!("{old}..{new}")] };
    let mut args = vec!["rev-list", "--max-count=500"];
    args.extend(range.iter().map(String::as_str));
    git(&args).lines().map(str::to_string).collect()
}

pub fn added_lines(commit: &str) -> Vec<(String, usize, String)> {
    let diff = git(&["diff-tree", "-p", "-r", "--no-commit-id", "--root", "-U0", commit]);
    let mut out = Vec::new();
    let mut file = String::new();
    let mut lineno = 0usize;
    for l in diff.lines() {
        if let Some(f) = l.strip_prefix("+++ b/") {
            file = f.to_string();
        } else if let Some(h) = l.strip_prefix("@@ ") {
            lineno = h.split('+').nth(1).and_then(|s| s.split([',', ' ']).next()).and_then(|s| s.parse().ok()).unwrap_or(0);
        } else if let Some(t) = l.strip_prefix('+') {
            out.push((file.clone(), lineno, t.to_string()));
            lineno += 1;
        }
    }
    out
}

pub fn default_branch() -> String {
    git(&["symbolic-ref", "HEAD"]).trim().to_string()
}
