//! `dotlink` CLI.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::{Command, ExitCode};

mod config;
mod link;

fn confirm(prompt: &str) -> bool {
    print!("{prompt} [y/N] ");
    let _ = std::io::stdout().flush();
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    matches!(line.trim(), "y" | "Y" | "yes")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cmd = args.first().map(String::as_str).unwrap_or("status");
    let flag = |f: &str| args.iter().any(|a| a == f);
    let repo = args
        .windows(2)
        .find(|w| w[0] == "--repo")
        .map(|w| PathBuf::from(&w[1]))
        .unwrap_or_else(|| std::env::current_dir().unwrap_or_default());
    let repo = std::fs::canonicalize(&repo).unwrap_or(repo);
    let cfg = match config::Config::load(&repo) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("dotlink: {e}");
            return ExitCode::from(2);
        }
    };
    match cmd {
        "status" => {
            for (src, dst) in cfg.pairs(&repo) {
                println!("{:<12} {}", format!("{:?}", link::state(&src, &dst)).split('(').next().unwrap_or(""), dst.display());
            }
        }
        "apply" => {
            let dry = flag("--dry-run");
            let backup = link::backup_dir();
            for (src, dst) in cfg.pairs(&repo) {
                match link::apply(&src, &dst, &backup, dry) {
                    Ok(Some(msg)) => println!("{}{msg}", if dry { "would " } else { "" }),
                    Ok(None) => {}
                    Err(e) => eprintln!("dotlink: {}: {e}", dst.display()),
                }
            }
            if flag("--run-hooks") && !dry {
                for hook in &cfg.hooks.post_apply {
                    if confirm(&format!("run hook `{hook}`?")) {
                        let status = if cfg!(windows) {
                            Command::new("cmd").args(["/C", hook]).current_dir(&repo).status()
                        } else {
                            Command::new("sh").args(["-c", hook]).current_dir(&repo).status()
                        };
                        if let Err(e) = status {
                            eprintln!("dotlink: hook failed: {e}");
                        }
                    }
                }
            } else if !cfg.hooks.post_apply.is_empty() {
                println!("{} hook(s) not run; pass --run-hooks to run them", cfg.hooks.post_apply.len());
            }
        }
        "unlink" => {
            for (_, dst) in cfg.pairs(&repo) {
                match link::unlink(&dst, &repo) {
                    Ok(true) => println!("removed {}", dst.display()),
                    Ok(false) => {}
                    Err(e) => eprintln!("dotlink: {}: {e}", dst.display()),
                }
            }
        }
        other => {
            eprintln!("dotlink: unknown command {other:?} (status | apply [--dry-run] [--run-hooks] | unlink)");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
