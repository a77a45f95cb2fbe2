mod devices;
mod import;
mod metrics;
mod quirks;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Serve /metrics.
    Serve {
        #[arg(long, default_value = "0.0.0.0:9633")]
        listen: String,
        #[arg(long, default_value_t = 300)]
        interval: u64,
    },
    /// Import devices and type overrides from smartd.conf.
    ImportSmartd {
        #[arg(long, default_value = "/etc/smartmontools/smartd.conf")]
        from: PathBuf,
        #[arg(long)]
        quiet: bool,
    },
}

fn main() -> std::io::Result<()> {
    env_logger::init();
    match Cli::parse().cmd {
        Cmd::Serve { listen, interval } => metrics::serve(&listen, interval),
        Cmd::ImportSmartd { from, quiet } => import::run(&from, quiet),
    }
}
