use anyhow::Result;
use clap::{Parser, Subcommand};

mod agent;
mod cache;
mod hkp;
mod packet;
mod phillips;
mod rules;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    /// Internal: refresh the key cache in the background.
    #[arg(long, hide = true)]
    refresh_cache: bool,
}

#[derive(Subcommand)]
enum Cmd {
    /// Configure git to use git-keypick.
    Install,
    /// Upload an armored OpenPGP public key to a keyserver.
    Publish {
        file: std::path::PathBuf,
        #[arg(long)]
        server: Option<String>,
    },
    /// Print the key that would be used in the current repository.
    Which,
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    if cli.refresh_cache {
        cache::refresh();
        return Ok(());
    }
    match cli.cmd {
        Some(Cmd::Install) => {
            for (k, v) in [("gpg.format", "ssh"), ("gpg.ssh.defaultKeyCommand", "git-keypick")] {
                std::process::Command::new("git").args(["config", "--global", k, v]).status()?;
            }
            cache::mark_installed();
            println!("git will now ask git-keypick for the signing key");
            Ok(())
        }
        Some(Cmd::Publish { file, server }) => {
            let armored = std::fs::read_to_string(file)?;
            hkp::publish(&armored, server.as_deref())?;
            println!("uploaded");
            Ok(())
        }
        Some(Cmd::Which) => {
            let key = agent::choose(&rules::load(), &agent::origin())?;
            println!("{}", key.comment);
            Ok(())
        }
        None => {
            // Called by git: print `key::<public key>` on stdout.
            let key = agent::choose(&rules::load(), &agent::origin())?;
            println!("key::{}", key.openssh);
            cache::after_sign();
            Ok(())
        }
    }
}
