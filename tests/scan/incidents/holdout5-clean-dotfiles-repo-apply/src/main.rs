use std::path::PathBuf;
use std::process::Command;

use clap::{Parser, Subcommand};

mod apply;
mod shell;

#[derive(Parser)]
#[command(name = "dotlink", version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Clone your dotfiles repository.
    Init { url: String },
    /// Symlink the repository's files into $HOME.
    Apply {
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        run_hooks: bool,
    },
    /// Manage the shell-init block in your shell rc files.
    ShellInit {
        #[arg(long)]
        install: bool,
        #[arg(long)]
        remove: bool,
    },
    /// Restore the files replaced by the last apply.
    Undo,
}

pub fn home() -> PathBuf {
    std::env::var_os("HOME").map(PathBuf::from).expect("HOME is not set")
}

pub fn data_dir() -> PathBuf {
    std::env::var_os("XDG_DATA_HOME").map(PathBuf::from).unwrap_or_else(|| home().join(".local/share")).join("dotlink")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    match Cli::parse().cmd {
        Cmd::Init { url } => {
            let repo = data_dir().join("repo");
            if repo.exists() {
                return Err(format!("{} already exists", repo.display()).into());
            }
            std::fs::create_dir_all(data_dir())?;
            let status = Command::new("git").arg("clone").arg("--").arg(&url).arg(&repo).status()?;
            if !status.success() {
                return Err("git clone failed".into());
            }
            println!("Cloned {url}. Run `dotlink apply --dry-run` to see the plan.");
        }
        Cmd::Apply { dry_run, yes, run_hooks } => apply::run(dry_run, yes, run_hooks)?,
        Cmd::ShellInit { install, remove } => {
            if install {
                shell::install()?;
            } else if remove {
                shell::remove()?;
            } else {
                print!("{}", shell::block());
            }
        }
        Cmd::Undo => apply::undo()?,
    }
    Ok(())
}
