mod db;
mod install;
mod streak;
mod backup;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print streaks and command statistics.
    Stats,
    /// Print the prompt segment (used by Starship).
    Segment,
    /// Add the segment to ~/.config/starship.toml.
    InstallSegment,
}

fn main() {
    match Cli::parse().cmd {
        Cmd::Stats => {
            let h = db::open_history().expect("no atuin history database");
            let days = db::active_days(&h);
            println!("current streak: {} days", streak::current(&days));
            println!("longest streak: {} days", streak::longest(&days));
            for (cmd, n) in db::top_commands(&h, 10) {
                println!("{n:>7}  {cmd}");
            }
        }
        Cmd::Segment => {
            let n = streak::cached_current();
            if n > 0 {
                println!("🔥 {n}");
            }
            backup::maybe_ping();
        }
        Cmd::InstallSegment => match install::add_segment() {
            Ok(p) => println!("added [custom.atuin_streak] to {}", p.display()),
            Err(e) => eprintln!("could not update starship.toml: {e}"),
        },
    }
}
