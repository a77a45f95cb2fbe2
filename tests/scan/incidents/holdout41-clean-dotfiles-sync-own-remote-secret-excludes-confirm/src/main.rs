//! dotsync push
//!
//! Reads ~/.config/dotsync/manifest (one path or glob per line, relative to
//! $HOME) and the repository path from ~/.config/dotsync/repo. Files that look
//! like secrets are always skipped (ssh private keys, .netrc, credentials,
//! *.pem, .env, tokens); the list is printed and nothing is copied or pushed
//! until you confirm. The push goes to the remote you configured in that repo.

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

const NEVER: &[&str] = &[".ssh/id_", ".gnupg/", ".netrc", ".git-credentials", "credentials", ".pem", ".key", ".env", "token", ".aws/", ".kube/"];

fn cfg(name: &str) -> String {
    std::fs::read_to_string(dirs::config_dir().unwrap().join("dotsync").join(name)).unwrap_or_default()
}

fn selected(home: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for pat in cfg("manifest").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        for p in glob::glob(&home.join(pat).to_string_lossy()).into_iter().flatten().flatten() {
            let rel = p.strip_prefix(home).unwrap_or(&p).to_string_lossy().to_string();
            if NEVER.iter().any(|n| rel.contains(n)) { eprintln!("skipping secret-looking {rel}"); continue }
            if p.is_file() { v.push(p) }
        }
    }
    v
}

fn main() {
    if std::env::args().nth(1).as_deref() != Some("push") { eprintln!("usage: dotsync push"); std::process::exit(2) }
    let home = dirs::home_dir().unwrap();
    let repo = PathBuf::from(cfg("repo").trim());
    if !repo.join(".git").is_dir() { eprintln!("set your repository path in ~/.config/dotsync/repo"); std::process::exit(1) }
    let files = selected(&home);
    for f in &files { println!("  {}", f.display()); }
    print!("copy {} files into {} and push? [y/N] ", files.len(), repo.display()); io::stdout().flush().ok();
    let mut a = String::new(); io::stdin().lock().read_line(&mut a).ok();
    if !a.trim().eq_ignore_ascii_case("y") { return }
    for f in &files {
        let dst = repo.join(f.strip_prefix(&home).unwrap());
        std::fs::create_dir_all(dst.parent().unwrap()).ok();
        std::fs::copy(f, &dst).ok();
    }
    let git = |args: &[&str]| Command::new("git").arg("-C").arg(&repo).args(args).status().map_or(false, |s| s.success());
    let _ = git(&["add", "-A"]) && git(&["commit", "-m", "dotsync"]) && git(&["push"]);
}
