use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::time::Duration;

mod ash;
mod backup;
mod callbacks;
mod ezsp;
mod fleet;
mod ha;
mod quirks;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Serial port of the coordinator
    #[arg(long, global = true, default_value = "/dev/ttyUSB0")]
    port: String,
    /// 115200 for most EmberZNet 7.x firmwares, 460800 for some SkyConnect builds
    #[arg(long, global = true, default_value_t = 115_200)]
    baud: u32,
    /// Home Assistant configuration directory, used to annotate devices
    #[arg(long, global = true, env = "HA_CONFIG")]
    ha_config: Option<PathBuf>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Info,
    Backup {
        #[arg(short)]
        o: PathBuf,
    },
    Restore {
        #[arg(short)]
        i: PathBuf,
        #[arg(long)]
        yes: bool,
    },
    /// Stay attached, keep a rolling backup, optionally register with an LwM2M server
    Watch {
        #[arg(long)]
        dm_server: Option<String>,
    },
}

fn open(cli: &Cli) -> Result<ezsp::Ezsp> {
    let port = serialport::new(&cli.port, cli.baud)
        .timeout(Duration::from_millis(250))
        .flow_control(serialport::FlowControl::Software)
        .open()
        .with_context(|| format!("opening {}", cli.port))?;
    let mut ezsp = ezsp::Ezsp::new(ash::Ash::new(port));
    ezsp.connect()?;
    Ok(ezsp)
}

fn main() -> Result<()> {
    env_logger::init();
    let cli = Cli::parse();
    let registry = cli.ha_config.as_deref().map(ha::Registry::load).transpose()?.unwrap_or_default();
    match &cli.cmd {
        Cmd::Info => {
            let mut ezsp = open(&cli)?;
            let v = ezsp.version()?;
            let p = ezsp.network_parameters()?;
            println!("EZSP v{} stack {}  channel {}  PAN {:04X}  ext PAN {}", v.protocol, v.stack, p.channel, p.pan_id, hex::encode(p.extended_pan_id));
        }
        Cmd::Backup { o } => {
            let mut ezsp = open(&cli)?;
            let b = backup::Backup::read(&mut ezsp, &registry)?;
            b.write(o)?;
            println!("wrote {} ({} devices)", o.display(), b.devices.len());
        }
        Cmd::Restore { i, yes } => {
            let b = backup::Backup::load(i)?;
            if !yes {
                anyhow::bail!("restore overwrites the stick's network settings; re-run with --yes");
            }
            let mut ezsp = open(&cli)?;
            b.restore(&mut ezsp)?;
            println!("restored network {:04X} on {}", b.pan_id, cli.port);
        }
        Cmd::Watch { dm_server } => {
            let mut ezsp = open(&cli)?;
            let mut cb = callbacks::Callbacks::new(registry, dm_server.clone());
            loop {
                if let Some(frame) = ezsp.poll_callback()? {
                    cb.dispatch(&mut ezsp, frame);
                }
            }
        }
    }
    Ok(())
}
