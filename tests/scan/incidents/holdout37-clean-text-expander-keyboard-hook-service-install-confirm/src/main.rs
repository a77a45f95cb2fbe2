mod expand;
mod service;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Watch the keyboard and expand triggers
    Run,
    /// Manage the login service
    Service {
        #[command(subcommand)]
        action: ServiceAction,
    },
}

#[derive(Subcommand)]
enum ServiceAction {
    Install {
        #[arg(long)]
        yes: bool,
    },
    Remove,
    Status,
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Run => expand::run(),
        Cmd::Service { action: ServiceAction::Install { yes } } => service::install(yes),
        Cmd::Service { action: ServiceAction::Remove } => service::remove(),
        Cmd::Service { action: ServiceAction::Status } => service::status(),
    }
}
