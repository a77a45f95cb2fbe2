mod base16;
mod config;
mod hint;
mod watch;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Apply a base16 scheme by name.
    Apply { scheme: String },
    /// List installed schemes.
    List,
    /// Open a URL (used by the Alacritty hint).
    Open { url: String },
    /// Follow the system appearance.
    Watch { #[arg(long, default_value = "one-light")] light: String, #[arg(long, default_value = "onedark")] dark: String },
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Apply { scheme } => config::apply(&scheme),
        Cmd::List => {
            for s in base16::installed()? {
                println!("{s}");
            }
            Ok(())
        }
        Cmd::Open { url } => hint::open(&url),
        Cmd::Watch { light, dark } => watch::run(&light, &dark),
    }
}
