//! `cargo protofmt [--check] [paths...]`

use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        let name = e.file_name();
        if p.is_dir() && name != "target" && name != ".git" {
            walk(&p, out);
        } else if p.extension().map(|x| x == "proto").unwrap_or(false) {
            out.push(p);
        }
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(|a| a == "protofmt").unwrap_or(false) {
        args.remove(0);
    }
    let check = args.iter().any(|a| a == "--check");
    let mut files = Vec::new();
    let roots: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if roots.is_empty() {
        walk(Path::new("."), &mut files);
    } else {
        for r in roots {
            walk(Path::new(r), &mut files);
        }
    }
    let mut dirty = 0;
    for f in files {
        let Ok(src) = std::fs::read_to_string(&f) else { continue };
        let out = protofmt::format(&src);
        if out != src {
            dirty += 1;
            if check {
                println!("would reformat {}", f.display());
            } else {
                let _ = std::fs::write(&f, out);
            }
        }
    }
    if check && dirty > 0 {
        std::process::exit(1);
    }
}
