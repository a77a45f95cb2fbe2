mod capture;
mod install;
mod layouts;
mod rules;
mod segments;

use clap::{Parser, Subcommand};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the routing daemon
    Daemon {
        #[arg(long)]
        quiet: bool,
    },
    /// Install the systemd user service
    Install,
    /// Show current nodes and matching rules
    List,
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Daemon { quiet } => rules::run_daemon(quiet),
        Cmd::Install => install::install(),
        Cmd::List => rules::list(),
    }
}
