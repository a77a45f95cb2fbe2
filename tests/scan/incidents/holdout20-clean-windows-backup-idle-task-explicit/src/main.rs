mod copy;
mod profile;
#[cfg(windows)]
mod schedule;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[arg(long, global = true, default_value = "default")]
    profile: String,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Init {
        #[arg(long)]
        target: PathBuf,
    },
    Run,
    Schedule {
        #[command(subcommand)]
        action: ScheduleCmd,
    },
}

#[derive(Subcommand)]
enum ScheduleCmd {
    Install {
        #[arg(long, value_enum, default_value_t = When::Idle)]
        when: When,
    },
    Remove,
}

#[derive(Clone, Copy, ValueEnum)]
enum When {
    Idle,
    Daily,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Init { target } => {
            let path = profile::init(&cli.profile, &target)?;
            println!("wrote {}", path.display());
        }
        Cmd::Run => {
            let p = profile::load(&cli.profile)?;
            let stats = copy::run(&p)?;
            println!("{} copied, {} unchanged, {} bytes", stats.copied, stats.unchanged, stats.bytes);
        }
        Cmd::Schedule { action } => {
            #[cfg(windows)]
            match action {
                ScheduleCmd::Install { when } => {
                    let exe = std::env::current_exe()?;
                    println!("creating task \"snapkeep ({})\" -> {} run --profile {}", cli.profile, exe.display(), cli.profile);
                    schedule::install(&cli.profile, &exe, matches!(when, When::Idle))?;
                }
                ScheduleCmd::Remove => schedule::remove(&cli.profile)?,
            }
            #[cfg(not(windows))]
            {
                let _ = action;
                eprintln!("scheduling is only implemented for Windows; use cron or a systemd timer");
            }
        }
    }
    Ok(())
}
