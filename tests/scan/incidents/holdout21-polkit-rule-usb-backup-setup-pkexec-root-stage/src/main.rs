mod guard;
mod rules;
mod run;
mod setup;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Install the polkit rule and the user service (run with sudo)
    Setup {
        #[arg(long)]
        dry_run: bool,
    },
    /// Watch for drives and take snapshots (started by the user service)
    Run,
    /// List snapshots on the attached drive
    List,
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Setup { dry_run } => setup::setup(dry_run),
        Cmd::Run => run::watch(),
        Cmd::List => run::list(),
    }
}
