//! keyguard-hook: offline secret scan of staged additions.

mod baseline;
mod detect;

use std::process::{Command, ExitCode};

fn staged() -> Vec<(String, usize, String)> {
    let out = Command::new("git").args(["diff", "--cached", "--no-color", "-U0", "--diff-filter=ACM"]).output();
    let Ok(out) = out else { return Vec::new() };
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = Vec::new();
    let (mut file, mut n) = (String::new(), 0usize);
    for l in text.lines() {
        if let Some(f) = l.strip_prefix("+++ b/") {
            file = f.to_owned();
        } else if let Some(h) = l.strip_prefix("@@ ") {
            n = h.split(' ').nth(1).and_then(|s| s.trim_start_matches('+').split(',').next()?.parse().ok()).unwrap_or(1);
        } else if let Some(added) = l.strip_prefix('+') {
            lines.push((file.clone(), n, added.to_owned()));
            n += 1;
        }
    }
    lines
}

fn main() -> ExitCode {
    let accept = std::env::args().any(|a| a == "--accept");
    let mut known = baseline::load();
    let mut blocking = Vec::new();
    for (file, line, text) in staged() {
        for f in detect::scan(&text) {
            let fp = baseline::fingerprint(&f.secret);
            if known.contains(&fp) {
                continue;
            }
            if accept {
                known.insert(fp);
            } else {
                blocking.push(format!("{file}:{line}: {} {}", f.rule, detect::redact(&f.secret)));
            }
        }
    }
    if accept {
        baseline::save(&known);
        println!("keyguard: baseline updated ({} entries)", known.len());
        return ExitCode::SUCCESS;
    }
    if blocking.is_empty() {
        return ExitCode::SUCCESS;
    }
    for b in &blocking {
        eprintln!("{b}");
    }
    eprintln!("keyguard: {} possible secret(s); remove them, or run `keyguard-hook --accept` after review", blocking.len());
    ExitCode::FAILURE
}
