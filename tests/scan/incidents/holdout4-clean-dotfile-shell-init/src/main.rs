//! jumpdir: `j foo` jumps to the most frecent directory matching "foo".
//!
//!   jumpdir init bash|zsh|fish    print the shell hook (for `eval "$(jumpdir init zsh)"`)
//!   jumpdir setup [--shell S] [--dry-run] [--yes]
//!                                 add that line to your shell's rc file, after asking
//!   jumpdir setup --undo          remove it again
//!   jumpdir add DIR | query WORDS internal commands used by the hook

mod db;
mod init;
mod rcfile;

use std::env;
use std::io::{self, BufRead, Write};
use std::process::ExitCode;

fn detect_shell() -> Option<String> {
    let sh = env::var("SHELL").ok()?;
    sh.rsplit('/').next().map(str::to_string)
}

fn confirm(question: &str) -> bool {
    print!("{} [y/N] ", question);
    let _ = io::stdout().flush();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line).is_ok() && matches!(line.trim(), "y" | "Y" | "yes")
}

fn setup(args: &[String]) -> ExitCode {
    let mut shell = detect_shell();
    let mut dry_run = false;
    let mut yes = false;
    let mut undo = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--shell" => shell = it.next().cloned(),
            "--dry-run" => dry_run = true,
            "--yes" | "-y" => yes = true,
            "--undo" => undo = true,
            other => {
                eprintln!("jumpdir setup: unknown option {}", other);
                return ExitCode::from(2);
            }
        }
    }
    let shell = match shell.as_deref().and_then(init::Shell::parse) {
        Some(s) => s,
        None => {
            eprintln!("jumpdir setup: cannot tell your shell; pass --shell bash|zsh|fish");
            return ExitCode::from(2);
        }
    };
    let path = match rcfile::rc_path(shell) {
        Some(p) => p,
        None => {
            eprintln!("jumpdir setup: HOME is not set");
            return ExitCode::FAILURE;
        }
    };
    let plan = if undo { rcfile::plan_remove(&path) } else { rcfile::plan_insert(&path, &init::hook_line(shell)) };
    let plan = match plan {
        Ok(Some(p)) => p,
        Ok(None) => {
            println!("{} is already up to date", path.display());
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("jumpdir setup: {}: {}", path.display(), e);
            return ExitCode::FAILURE;
        }
    };
    println!("{}", plan.describe());
    if dry_run {
        return ExitCode::SUCCESS;
    }
    if !yes && !confirm(&format!("Apply this change to {}?", path.display())) {
        println!("nothing changed");
        return ExitCode::SUCCESS;
    }
    match plan.apply() {
        Ok(backup) => {
            println!("updated {} (backup: {})", path.display(), backup.display());
            println!("open a new shell, or run: source {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("jumpdir setup: {}", e);
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("init") => match args.get(1).and_then(|s| init::Shell::parse(s)) {
            Some(shell) => {
                print!("{}", init::script(shell));
                ExitCode::SUCCESS
            }
            None => ExitCode::from(2),
        },
        Some("setup") => setup(&args[1..]),
        Some("add") => {
            let _ = db::add(args.get(1).map(String::as_str).unwrap_or("."));
            ExitCode::SUCCESS
        }
        Some("query") => match db::query(&args[1..]) {
            Some(dir) => {
                println!("{}", dir);
                ExitCode::SUCCESS
            }
            None => ExitCode::FAILURE,
        },
        _ => {
            eprintln!("usage: jumpdir init SHELL | setup [--shell S] [--dry-run] [--yes] [--undo]");
            ExitCode::from(2)
        }
    }
}
