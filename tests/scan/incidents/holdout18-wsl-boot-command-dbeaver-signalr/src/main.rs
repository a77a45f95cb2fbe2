mod agent;
mod banner;
mod dbclients;
mod hub;
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
    /// (Windows) install into the default WSL distribution
    Setup {
        #[arg(long)]
        distro: Option<String>,
    },
    /// (WSL) relays and config mirroring; started at boot
    Agent {
        #[arg(long)]
        quiet: bool,
    },
    /// show what is configured
    Status,
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Setup { distro } => setup::run(distro.as_deref()),
        Cmd::Agent { quiet } => agent::run(quiet),
        Cmd::Status => {
            println!("{}", banner::title());
            agent::status()
        }
    }
}
