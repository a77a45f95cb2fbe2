mod bw;
mod cover;
mod fixture;
mod hibp;
mod report;
mod timer;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about = "Breach report for a Bitwarden vault")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Check every login and print the report.
    Report {
        #[arg(long)]
        quiet: bool,
        #[arg(long)]
        json: bool,
    },
    /// Run the report weekly through a systemd user timer.
    InstallTimer,
}

fn main() {
    let code = match Cli::parse().cmd {
        Cmd::Report { quiet, json } => report::run(quiet, json),
        Cmd::InstallTimer => timer::install(true),
    };
    std::process::exit(code);
}
