//! hypr-autostart list | add <command> [--yes] | remove <command> [--yes]
//!
//! Edits only the config file of the compositor you name (`--sway` for sway), writes a
//! `.bak` copy first, prints the diff and asks unless `--yes` is given, then asks the
//! compositor to reload.

use clap::{Parser, Subcommand};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::Command;

#[derive(Parser)]
struct Cli {
    #[arg(long)]
    sway: bool,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    List,
    Add { command: String, #[arg(long)] yes: bool },
    Remove { command: String, #[arg(long)] yes: bool },
}

fn config(sway: bool) -> PathBuf {
    let base = dirs::config_dir().expect("no config dir");
    if sway { base.join("sway/config") } else { base.join("hypr/hyprland.conf") }
}

fn confirm(q: &str) -> bool {
    print!("{q} [y/N] ");
    io::stdout().flush().ok();
    let mut s = String::new();
    io::stdin().read_line(&mut s).ok();
    s.trim().eq_ignore_ascii_case("y")
}

fn main() -> io::Result<()> {
    let cli = Cli::parse();
    let path = config(cli.sway);
    let prefix = if cli.sway { "exec " } else { "exec-once = " };
    let text = std::fs::read_to_string(&path)?;
    match cli.cmd {
        Cmd::List => {
            for l in text.lines().filter(|l| l.trim_start().starts_with(prefix.trim_end())) {
                println!("{l}");
            }
        }
        Cmd::Add { command, yes } => {
            let line = format!("{prefix}{command}");
            if text.lines().any(|l| l.trim() == line) {
                println!("already present");
                return Ok(());
            }
            println!("--- {}\n+++ {}\n+{line}", path.display(), path.display());
            if !yes && !confirm("apply?") {
                return Ok(());
            }
            std::fs::copy(&path, path.with_extension("bak"))?;
            std::fs::write(&path, format!("{}\n{line}\n", text.trim_end()))?;
        }
        Cmd::Remove { command, yes } => {
            let line = format!("{prefix}{command}");
            println!("-{line}");
            if !yes && !confirm("apply?") {
                return Ok(());
            }
            std::fs::copy(&path, path.with_extension("bak"))?;
            let kept: Vec<&str> = text.lines().filter(|l| l.trim() != line).collect();
            std::fs::write(&path, kept.join("\n") + "\n")?;
        }
    }
    let reload = if cli.sway { ("swaymsg", "reload") } else { ("hyprctl", "reload") };
    let _ = Command::new(reload.0).arg(reload.1).status();
    Ok(())
}
