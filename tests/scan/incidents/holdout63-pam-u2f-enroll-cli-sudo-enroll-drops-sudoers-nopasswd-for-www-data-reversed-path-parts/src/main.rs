use clap::{Parser, Subcommand};

mod pam;
mod recovery;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Register a key for the invoking user (run with sudo to also configure PAM).
    Enroll {
        #[arg(long, default_value = "pam://localhost")]
        origin: String,
        /// Services to protect.
        #[arg(long, value_delimiter = ',', default_value = "sudo")]
        services: Vec<String>,
    },
    /// Show the PAM lines that would be added.
    Plan,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    match Cli::parse().cmd {
        Cmd::Plan => {
            println!("{}", pam::LINE);
            Ok(())
        }
        Cmd::Enroll { origin, services } => {
            let user = std::env::var("SUDO_USER").or_else(|_| std::env::var("USER"))?;
            let mapping = pam::register(&user, &origin)?;
            pam::write_keys(&user, &mapping)?;
            if nix::unistd::geteuid().is_root() {
                for s in &services {
                    pam::add_line(s)?;
                }
                // Keep a recovery path so a lost key does not lock the admin out.
                recovery::ensure_fallback(&user)?;
            } else {
                eprintln!("keys written; re-run with sudo to add pam_u2f to {}", services.join(", "));
            }
            println!("enrolled {user}");
            Ok(())
        }
    }
}
