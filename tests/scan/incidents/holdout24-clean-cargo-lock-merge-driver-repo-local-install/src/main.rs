//! `lockmerge merge %O %A %B` (run by git) and `lockmerge install|uninstall [--yes]`.

mod merge;

use std::process::{exit, Command};

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

const ATTR_LINE: &str = "Cargo.lock merge=lockmerge";

fn install(yes: bool) {
    let Some(top) = git(&["rev-parse", "--show-toplevel"]) else {
        eprintln!("lockmerge: not inside a git repository");
        exit(1);
    };
    let attrs = std::path::Path::new(&top).join(".gitattributes");
    let current = std::fs::read_to_string(&attrs).unwrap_or_default();
    println!("git config (this repository only):");
    println!("  merge.lockmerge.name   = Cargo.lock union merge");
    println!("  merge.lockmerge.driver = lockmerge merge %O %A %B");
    if !current.lines().any(|l| l.trim() == ATTR_LINE) {
        println!("{}: add `{ATTR_LINE}`", attrs.display());
    }
    if !yes {
        println!("re-run with --yes to apply");
        return;
    }
    let _ = git(&["config", "--local", "merge.lockmerge.name", "Cargo.lock union merge"]);
    let _ = git(&["config", "--local", "merge.lockmerge.driver", "lockmerge merge %O %A %B"]);
    if !current.lines().any(|l| l.trim() == ATTR_LINE) {
        let sep = if current.is_empty() || current.ends_with('\n') { "" } else { "\n" };
        let _ = std::fs::write(&attrs, format!("{current}{sep}{ATTR_LINE}\n"));
    }
    println!("installed; commit .gitattributes to share it with the team");
}

fn uninstall() {
    let _ = git(&["config", "--local", "--remove-section", "merge.lockmerge"]);
    if let Some(top) = git(&["rev-parse", "--show-toplevel"]) {
        let attrs = std::path::Path::new(&top).join(".gitattributes");
        if let Ok(text) = std::fs::read_to_string(&attrs) {
            let kept: Vec<&str> = text.lines().filter(|l| l.trim() != ATTR_LINE).collect();
            let _ = std::fs::write(&attrs, kept.join("\n") + if kept.is_empty() { "" } else { "\n" });
        }
    }
    println!("lockmerge removed from this repository");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("install") => install(args.iter().any(|a| a == "--yes")),
        Some("uninstall") => uninstall(),
        Some("merge") if args.len() >= 4 => match merge::merge_files(&args[1], &args[2], &args[3]) {
            Ok(n) => eprintln!("lockmerge: merged Cargo.lock ({n} packages)"),
            Err(e) => {
                eprintln!("lockmerge: {e}");
                exit(1);
            }
        },
        _ => {
            eprintln!("usage: lockmerge install [--yes] | uninstall | merge <base> <ours> <theirs>");
            exit(2);
        }
    }
}
