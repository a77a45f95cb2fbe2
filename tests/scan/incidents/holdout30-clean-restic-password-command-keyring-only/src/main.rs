use clap::{Parser, Subcommand};
use keyring::Entry;
use std::io::Write;
use std::process::ExitCode;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print the password (used as RESTIC_PASSWORD_COMMAND)
    Get {
        #[arg(long, env = "RESTIC_REPOSITORY")]
        repo: String,
    },
    /// Store a password, prompting twice
    Store {
        #[arg(long, env = "RESTIC_REPOSITORY")]
        repo: String,
    },
    /// Delete the stored password
    Forget {
        #[arg(long, env = "RESTIC_REPOSITORY")]
        repo: String,
    },
}

const SERVICE: &str = "restic";

fn entry(repo: &str) -> keyring::Result<Entry> {
    Entry::new(SERVICE, repo)
}

fn main() -> ExitCode {
    match Cli::parse().cmd {
        Cmd::Get { repo } => match entry(&repo).and_then(|e| e.get_password()) {
            Ok(pw) => {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{pw}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("resticpass: no password for {repo}: {e}");
                ExitCode::FAILURE
            }
        },
        Cmd::Store { repo } => {
            let first = rpassword::prompt_password(format!("password for {repo}: ")).unwrap_or_default();
            let second = rpassword::prompt_password("repeat: ").unwrap_or_default();
            if first.is_empty() || first != second {
                eprintln!("resticpass: passwords are empty or do not match");
                return ExitCode::FAILURE;
            }
            match entry(&repo).and_then(|e| e.set_password(&first)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("resticpass: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Cmd::Forget { repo } => match entry(&repo).and_then(|e| e.delete_credential()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("resticpass: {e}");
                ExitCode::FAILURE
            }
        },
    }
}
