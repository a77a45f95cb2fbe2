use std::path::PathBuf;

use clap::{Parser, Subcommand};

mod a11y;
mod agent;
mod audit;
mod confirm;
mod install;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the agent in the foreground (default).
    Run {
        #[arg(long)]
        socket: Option<PathBuf>,
    },
    /// Point OpenSSH at this agent in ~/.ssh/config.
    Install,
}

pub fn default_socket() -> PathBuf {
    dirs::home_dir().unwrap_or_default().join(".ssh/agent-confirm.sock")
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    env_logger::init();
    match Cli::parse().cmd.unwrap_or(Cmd::Run { socket: None }) {
        Cmd::Install => install::run(),
        Cmd::Run { socket } => {
            let path = socket.unwrap_or_else(default_socket);
            let _ = std::fs::remove_file(&path);
            let listener = tokio::net::UnixListener::bind(&path)?;
            log::info!("listening on {}", path.display());
            ssh_agent_lib::agent::listen(listener, agent::ConfirmAgent::default())
                .await
                .map_err(|e| std::io::Error::new(std::io::ErrorKind::Other, e.to_string()))
        }
    }
}
