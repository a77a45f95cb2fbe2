//! edl-conform: resolve an EDL's source clips and rsync them to a destination.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Clip {
    name: String,
    source: Option<PathBuf>,
}

fn parse(edl: &str) -> (usize, Vec<Clip>) {
    let mut events = 0;
    let mut clips: Vec<Clip> = Vec::new();
    for line in edl.lines() {
        let t = line.trim();
        if t.chars().next().map_or(false, |c| c.is_ascii_digit()) && t.split_whitespace().count() >= 8 {
            events += 1;
            let reel = t.split_whitespace().nth(1).unwrap_or("").to_string();
            clips.push(Clip { name: reel, source: None });
        } else if let Some(name) = t.strip_prefix("* FROM CLIP NAME:") {
            if let Some(c) = clips.last_mut() {
                c.name = name.trim().to_string();
            }
        } else if let Some(src) = t.strip_prefix("* SOURCE FILE:") {
            if let Some(c) = clips.last_mut() {
                c.source = Some(PathBuf::from(src.trim()));
            }
        }
    }
    (events, clips)
}

fn find(name: &str, roots: &[PathBuf]) -> Option<PathBuf> {
    let stem = Path::new(name).file_stem()?.to_string_lossy().to_string();
    for root in roots {
        let mut stack = vec![root.clone()];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.file_stem().map_or(false, |s| s.to_string_lossy() == stem) {
                    return Some(p);
                }
            }
        }
    }
    None
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut edl_path = None;
    let mut dest = None;
    let mut roots = Vec::new();
    let mut go = false;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--dest" => {
                dest = args.get(i + 1).cloned();
                i += 1;
            }
            "--search" => {
                roots.extend(args.get(i + 1).map(PathBuf::from));
                i += 1;
            }
            "--go" => go = true,
            other => edl_path = Some(PathBuf::from(other)),
        }
        i += 1;
    }
    let (Some(edl_path), Some(dest)) = (edl_path, dest) else {
        eprintln!("usage: edl-conform EDL --dest DIR|user@host:DIR [--search DIR]... [--go]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&edl_path).unwrap_or_else(|e| {
        eprintln!("edl-conform: {}: {e}", edl_path.display());
        std::process::exit(1);
    });
    let (events, clips) = parse(&text);
    let mut found = BTreeSet::new();
    let mut missing = BTreeSet::new();
    for c in &clips {
        match c.source.as_ref().filter(|p| p.exists()).cloned().or_else(|| find(&c.name, &roots)) {
            Some(p) => {
                found.insert(std::fs::canonicalize(&p).unwrap_or(p));
            }
            None => {
                missing.insert(c.name.clone());
            }
        }
    }
    let unique: BTreeSet<&str> = clips.iter().map(|c| c.name.as_str()).collect();
    println!("{events} events, {} unique clips: {} found, {} missing", unique.len(), found.len(), missing.len());
    let report = edl_path.with_file_name("missing.txt");
    let _ = std::fs::write(&report, missing.iter().map(|m| format!("{m}\n")).collect::<String>());
    let list: String = found.iter().map(|p| format!("{}\n", p.to_string_lossy().trim_start_matches('/'))).collect();
    if !go {
        println!("dry run: rsync -a --partial --progress --files-from=- / {dest}   (pass --go to copy)");
        return;
    }
    let mut child = Command::new("rsync")
        .args(["-a", "--partial", "--progress", "--files-from=-", "/", &dest])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            eprintln!("edl-conform: cannot run rsync: {e}");
            std::process::exit(1);
        });
    child.stdin.take().unwrap().write_all(list.as_bytes()).ok();
    let status = child.wait().map(|s| s.code().unwrap_or(1)).unwrap_or(1);
    std::process::exit(status);
}
