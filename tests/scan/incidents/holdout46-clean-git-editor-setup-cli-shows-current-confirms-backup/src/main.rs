//! `git editor-setup [--global|--local] [--yes] [--dry-run] [EDITOR]`
//!
//! Lists editors found on PATH with the flags git needs (`--wait` for GUI
//! editors), shows the current `core.editor`, and changes it only after the
//! user confirms. The previous value is saved so `--restore` can undo it.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;
use std::process::{Command, ExitCode};

const CANDIDATES: &[(&str, &str)] = &[
    ("code", "code --wait"),
    ("codium", "codium --wait"),
    ("zed", "zed --wait"),
    ("subl", "subl -n -w"),
    ("hx", "hx"),
    ("nvim", "nvim"),
    ("vim", "vim"),
    ("micro", "micro"),
    ("nano", "nano"),
    ("emacs", "emacs -nw"),
];

struct Opts {
    scope: &'static str,
    yes: bool,
    dry_run: bool,
    restore: bool,
    editor: Option<String>,
}

fn parse() -> Result<Opts, String> {
    let mut o = Opts { scope: "--global", yes: false, dry_run: false, restore: false, editor: None };
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--global" => o.scope = "--global",
            "--local" => o.scope = "--local",
            "--yes" | "-y" => o.yes = true,
            "--dry-run" | "-n" => o.dry_run = true,
            "--restore" => o.restore = true,
            "-h" | "--help" => return Err("usage: git editor-setup [--global|--local] [--yes] [--dry-run] [--restore] [EDITOR]".into()),
            s if s.starts_with('-') => return Err(format!("unknown option {}", s)),
            s => o.editor = Some(s.to_owned()),
        }
    }
    Ok(o)
}

fn on_path(bin: &str) -> bool {
    let Some(path) = std::env::var_os("PATH") else { return false };
    std::env::split_paths(&path).any(|d| {
        let p = d.join(bin);
        p.is_file() || p.with_extension("exe").is_file() || p.with_extension("cmd").is_file()
    })
}

fn git_get(scope: &str) -> Option<String> {
    let out = Command::new("git").args(["config", scope, "--get", "core.editor"]).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn backup_file() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))?;
    Some(base.join("git-editor-setup").join("previous"))
}

fn confirm(q: &str) -> bool {
    print!("{} [y/N] ", q);
    let _ = io::stdout().flush();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line).is_ok() && matches!(line.trim(), "y" | "Y" | "yes")
}

fn set(scope: &str, value: Option<&str>) -> io::Result<bool> {
    let mut cmd = Command::new("git");
    cmd.args(["config", scope]);
    match value {
        Some(v) => cmd.args(["core.editor", v]),
        None => cmd.args(["--unset", "core.editor"]),
    };
    Ok(cmd.status()?.success())
}

fn main() -> ExitCode {
    let o = match parse() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{}", e);
            return ExitCode::from(2);
        }
    };
    let current = git_get(o.scope);
    println!("current core.editor ({}): {}", &o.scope[2..], current.as_deref().unwrap_or("<unset>"));

    if o.restore {
        let Some(f) = backup_file() else { return ExitCode::FAILURE };
        let previous = std::fs::read_to_string(&f).unwrap_or_default();
        let value = (!previous.trim().is_empty()).then(|| previous.trim().to_owned());
        println!("restore to: {}", value.as_deref().unwrap_or("<unset>"));
        if o.dry_run || !(o.yes || confirm("Restore?")) {
            return ExitCode::SUCCESS;
        }
        return if set(o.scope, value.as_deref()).unwrap_or(false) { ExitCode::SUCCESS } else { ExitCode::FAILURE };
    }

    let found: Vec<&(&str, &str)> = CANDIDATES.iter().filter(|(bin, _)| on_path(bin)).collect();
    let choice = match &o.editor {
        Some(e) => CANDIDATES.iter().find(|(b, _)| b == e).map(|(_, c)| c.to_string()).unwrap_or_else(|| e.clone()),
        None => {
            if found.is_empty() {
                eprintln!("no known editor found on PATH; pass one explicitly");
                return ExitCode::FAILURE;
            }
            for (i, (bin, cmd)) in found.iter().enumerate() {
                println!("  {}) {:<8} -> {}", i + 1, bin, cmd);
            }
            print!("choose 1-{}: ", found.len());
            let _ = io::stdout().flush();
            let mut line = String::new();
            let _ = io::stdin().lock().read_line(&mut line);
            match line.trim().parse::<usize>() {
                Ok(n) if (1..=found.len()).contains(&n) => found[n - 1].1.to_string(),
                _ => {
                    eprintln!("no change");
                    return ExitCode::SUCCESS;
                }
            }
        }
    };

    println!("  - core.editor = {}", current.as_deref().unwrap_or("<unset>"));
    println!("  + core.editor = {}", choice);
    if o.dry_run {
        return ExitCode::SUCCESS;
    }
    if !(o.yes || confirm("Apply?")) {
        println!("no change");
        return ExitCode::SUCCESS;
    }
    if let Some(f) = backup_file() {
        let _ = std::fs::create_dir_all(f.parent().unwrap());
        let _ = std::fs::write(&f, current.unwrap_or_default());
        println!("previous value saved to {} (undo with --restore)", f.display());
    }
    if set(o.scope, Some(&choice)).unwrap_or(false) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
