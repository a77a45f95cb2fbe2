use anyhow::Result;
use clap::{Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

mod archive;
mod busload;
mod cannelloni;
mod capture;
mod dbc;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Log {
        iface: String,
        #[arg(short)]
        o: Option<PathBuf>,
        #[arg(long)]
        dbc: Vec<PathBuf>,
        #[arg(long)]
        live: bool,
        #[arg(long)]
        cannelloni: Option<SocketAddr>,
    },
    Stats {
        iface: String,
    },
}

fn main() -> Result<()> {
    env_logger::init();
    match Cli::parse().cmd {
        Cmd::Log { iface, o, dbc, live, cannelloni } => {
            let dirs = dbc::search_path(&dbc);
            let db = dbc::Database::load(&dirs);
            let stats = busload::Stats::start(&iface, dirs.clone());
            let fwd = cannelloni.map(cannelloni::Sender::new).transpose()?;
            capture::run(&iface, o.as_deref(), live.then_some(&db), fwd, &stats)
        }
        Cmd::Stats { iface } => {
            let stats = busload::Stats::start(&iface, vec![]);
            capture::run(&iface, None, None, None, &stats)
        }
    }
}
