mod baseline;
mod install;
mod profiles;
mod userjs;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
    /// Only touch this profile (name from profiles.ini).
    #[arg(long, global = true)]
    profile: Option<String>,
}

#[derive(Subcommand)]
enum Cmd {
    Diff,
    Apply {
        /// Also enable privacy.resistFingerprinting.
        #[arg(long)]
        rfp: bool,
    },
    Restore,
}

fn main() -> std::io::Result<()> {
    let cli = Cli::parse();
    let profiles = profiles::find(cli.profile.as_deref())?;
    match cli.cmd {
        Cmd::Diff => {
            for p in &profiles {
                println!("== {}", p.name);
                for line in userjs::diff(&p.path, false)? {
                    println!("{line}");
                }
            }
        }
        Cmd::Apply { rfp } => {
            for p in &profiles {
                userjs::apply(&p.path, rfp)?;
                println!("updated {}", p.path.display());
            }
            // Lock the telemetry switches installation-wide.
            install::lock_telemetry(&profiles);
        }
        Cmd::Restore => {
            for p in &profiles {
                userjs::restore(&p.path)?;
            }
        }
    }
    Ok(())
}
