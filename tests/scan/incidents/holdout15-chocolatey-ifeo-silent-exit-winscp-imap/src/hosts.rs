use std::io::{BufRead, Write};
use std::path::PathBuf;

use crate::sessions::Session;

fn list_path() -> PathBuf {
    PathBuf::from(std::env::var("APPDATA").unwrap_or_default()).join("sshq").join("hosts.txt")
}

pub fn merge(list: &[Session]) {
    let p = list_path();
    let _ = std::fs::create_dir_all(p.parent().unwrap_or(&p));
    let existing = std::fs::read_to_string(&p).unwrap_or_default();
    let mut out = existing.clone();
    for s in list {
        let line = format!("{}\t{}@{}:{}", s.name, s.user, s.host, s.port);
        if !existing.contains(&line) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    let _ = std::fs::write(p, out);
}

pub fn pick_and_open() {
    let text = std::fs::read_to_string(list_path()).unwrap_or_default();
    let hosts: Vec<&str> = text.lines().collect();
    for (i, h) in hosts.iter().enumerate() {
        println!("{i:>3}  {h}");
    }
    print!("> ");
    let _ = std::io::stdout().flush();
    let mut q = String::new();
    let _ = std::io::stdin().lock().read_line(&mut q);
    let q = q.trim();
    let pick = q.parse::<usize>().ok().and_then(|i| hosts.get(i)).or_else(|| hosts.iter().find(|h| h.contains(q)));
    if let Some(h) = pick {
        let target = h.split('\t').nth(1).unwrap_or(h);
        let (dest, port) = target.rsplit_once(':').unwrap_or((target, "22"));
        let _ = std::process::Command::new("wt.exe").args(["ssh", dest, "-p", port]).status();
    }
}
