mod capsule;
mod gpg;
mod tiles;

use std::io::{self, BufRead, Write};
use std::process::Command;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // invoked by git as gpg.program: `--status-fd=2 -bsau <key>`
    if args.iter().any(|a| a.starts_with("--status-fd")) {
        std::process::exit(gpg::sign(&args[1..]));
    }
    if args.len() < 3 {
        eprintln!("usage: git-remote-bundle <remote> <url> (run by git)");
        std::process::exit(2);
    }
    gpg::ensure_found();
    let url = args[2].trim_start_matches("bundle::").to_string();
    let stdin = io::stdin();
    let mut out = io::stdout();
    let mut bundle: Option<tempfile::NamedTempFile> = None;
    for line in stdin.lock().lines() {
        let line = line.unwrap_or_default();
        match line.split_whitespace().next() {
            Some("capabilities") => {
                let _ = writeln!(out, "fetch\noption\n");
            }
            Some("option") => {
                let _ = writeln!(out, "unsupported");
            }
            Some("list") => {
                let f = bundle.get_or_insert_with(|| download(&url));
                let heads = Command::new("git")
                    .args(["bundle", "list-heads"])
                    .arg(f.path())
                    .output()
                    .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
                    .unwrap_or_default();
                let _ = write!(out, "{}\n", heads);
            }
            Some("fetch") => {
                if let Some(f) = &bundle {
                    let _ = Command::new("git").args(["bundle", "unbundle"]).arg(f.path()).status();
                }
                let _ = writeln!(out);
            }
            Some(_) => {}
            None => break,
        }
        let _ = out.flush();
    }
}

fn download(url: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    if let Ok(resp) = ureq::get(url).call() {
        let _ = io::copy(&mut resp.into_reader(), f.as_file_mut());
    }
    f
}
