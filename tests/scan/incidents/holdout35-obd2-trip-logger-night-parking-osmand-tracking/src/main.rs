use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::time::{Duration, Instant};

mod elm;
mod gps;
mod parking;
mod sync;
mod trip;
mod vin;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[arg(long, global = true, default_value = "/var/lib/obdtrip")]
    data: PathBuf,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Run {
        #[arg(long, default_value = "/dev/ttyUSB0")]
        adapter: String,
        #[arg(long, default_value_t = 38_400)]
        baud: u32,
        #[arg(long)]
        traccar: Option<String>,
        #[arg(long)]
        device_id: Option<String>,
        #[arg(long, default_value_t = 1.6)]
        displacement: f64,
    },
    Trips {
        #[arg(long, default_value_t = 10)]
        last: usize,
    },
    Parked,
}

fn main() -> Result<()> {
    env_logger::init();
    let cli = Cli::parse();
    std::fs::create_dir_all(&cli.data)?;
    match cli.cmd {
        Cmd::Run { adapter, baud, traccar, device_id, displacement } => {
            let gps = gps::Gpsd::spawn("127.0.0.1:2947");
            let mut elm = elm::Elm327::open(&adapter, baud)?;
            let info = elm.handshake()?;
            log::info!("{} on protocol {}", info.firmware, info.protocol);
            let vin = elm.vin().unwrap_or_default();
            let vehicle = vin::Vehicle::decode(&vin);
            log::info!("vehicle: {} ({})", vehicle.make, vehicle.year.map(|y| y.to_string()).unwrap_or_default());
            let syncer = sync::Syncer::new(&cli.data, traccar, device_id.unwrap_or_else(|| vin.clone()), vehicle.clone());
            let mut recorder = trip::Recorder::new(&cli.data, displacement);
            let mut last_fix = Instant::now();
            loop {
                let sample = elm.sample();
                let fix = gps.latest();
                let ended = recorder.push(&sample, fix.as_ref());
                if let Some(t) = ended {
                    parking::remember(&cli.data, &t, fix.as_ref());
                    syncer.trip_ended(&t);
                }
                if last_fix.elapsed() > Duration::from_secs(10) {
                    if let Some(f) = &fix {
                        syncer.position(f, sample.rpm.unwrap_or(0.0) > 0.0);
                    }
                    last_fix = Instant::now();
                }
                std::thread::sleep(Duration::from_millis(if sample.rpm.unwrap_or(0.0) > 0.0 { 500 } else { 5_000 }));
            }
        }
        Cmd::Trips { last } => {
            for t in trip::load(&cli.data).iter().rev().take(last) {
                println!(
                    "{}  {:>6.1} km  {:>5.1} min  {:>4.1} l/100km",
                    t.started.format("%Y-%m-%d %H:%M"),
                    t.distance_km,
                    t.minutes,
                    t.l_per_100km
                );
            }
        }
        Cmd::Parked => match parking::last(&cli.data) {
            Some(p) => println!("parked {} at {:.5},{:.5}  https://maps.example/?q={:.5},{:.5}", p.at, p.lat, p.lon, p.lat, p.lon),
            None => println!("no parking position recorded"),
        },
    }
    Ok(())
}
