mod battery;
mod hook;
mod location;
mod profile;
mod xxtea;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    /// systemd-sleep passes `pre|post` and the sleep type as plain arguments.
    #[arg(hide = true)]
    phase: Vec<String>,
}

#[derive(Subcommand)]
enum Cmd {
    Status,
    Set {
        #[arg(long)]
        start: u8,
        #[arg(long)]
        end: u8,
        #[arg(long)]
        profile: Option<String>,
    },
    InstallHook,
    RemoveHook,
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.cmd {
        Some(Cmd::Status) => {
            for b in battery::batteries() {
                println!("{}: {}", b.name, b.describe());
            }
        }
        Some(Cmd::Set { start, end, profile }) => {
            let mut cfg = profile::Config::load();
            cfg.set(profile.as_deref().unwrap_or("default"), start, end);
            cfg.save()?;
            battery::apply_all(start, end)?;
        }
        Some(Cmd::InstallHook) => hook::install()?,
        Some(Cmd::RemoveHook) => hook::remove()?,
        None if !cli.phase.is_empty() => hook::run(&cli.phase)?,
        None => println!("try `chargectl --help`"),
    }
    Ok(())
}
