mod factory;
mod flash;
mod ledger;
mod memfault;
mod progress;
mod svd;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(version, about = "Production-line flasher for Matter devices")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Flash units one after another until interrupted.
    Run {
        #[arg(long)]
        chip: String,
        #[arg(long)]
        firmware: PathBuf,
        #[arg(long)]
        factory: PathBuf,
        #[arg(long, default_value = "station")]
        station: String,
        #[arg(long)]
        memfault_key: Option<String>,
        #[arg(long)]
        dev: bool,
    },
    /// List attached probes.
    Probes,
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Probes => {
            for p in probe_rs::probe::list::Lister::new().list_all() {
                println!("{} ({:04x}:{:04x}) {}", p.identifier, p.vendor_id, p.product_id, p.serial_number.unwrap_or_default());
            }
            Ok(())
        }
        Cmd::Run { chip, firmware, factory, station, memfault_key, dev } => {
            let mut pool = factory::Pool::open(&factory)?;
            let mut ledger = ledger::Ledger::open(&factory.join("ledger.csv"), &station, dev)?;
            let uploader = memfault::Uploader::start(memfault_key);
            loop {
                let Some(unit) = pool.next_unused(&ledger) else {
                    eprintln!("factory data exhausted");
                    return Ok(());
                };
                eprintln!("insert the next board and press enter ({} sets left)", pool.remaining(&ledger));
                let mut line = String::new();
                std::io::stdin().read_line(&mut line)?;
                match flash::program(&chip, &firmware, &unit, &uploader) {
                    Ok(device_id) => ledger.record(&unit, &device_id, &uploader)?,
                    Err(e) => {
                        eprintln!("unit {} failed: {e:#}", unit.serial);
                        uploader.queue_failure(&unit.serial, &format!("{e:#}"));
                    }
                }
            }
        }
    }
}
