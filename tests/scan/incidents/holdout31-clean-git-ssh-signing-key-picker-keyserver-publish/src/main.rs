use anyhow::Result;
use clap::{Parser, Subcommand};

mod agent;
mod publish;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Upload an armored OpenPGP public key to an HKP keyserver.
    Publish {
        #[arg(long)]
        key: std::path::PathBuf,
        #[arg(long, default_value = "https://keys.openpgp.example")]
        server: String,
        #[arg(long)]
        yes: bool,
    },
}

fn main() -> Result<()> {
    match Cli::parse().cmd {
        Some(Cmd::Publish { key, server, yes }) => publish::publish(&key, &server, yes),
        None => {
            println!("key::{}", agent::pick_key()?);
            Ok(())
        }
    }
}
