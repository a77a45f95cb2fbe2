mod packet;
mod passcode;

use anyhow::{Context, Result};
use serde::Deserialize;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::Duration;

#[derive(Deserialize)]
struct Config {
    callsign: String,
    passcode: i32,
    server: String,
    latitude: f64,
    longitude: f64,
    observation: String,
    #[serde(default = "five")]
    interval_minutes: u64,
}

fn five() -> u64 { 5 }

fn send(cfg: &Config, line: &str) -> Result<()> {
    let mut s = TcpStream::connect(&cfg.server).with_context(|| cfg.server.clone())?;
    s.set_read_timeout(Some(Duration::from_secs(15)))?;
    let mut r = BufReader::new(s.try_clone()?);
    let mut banner = String::new();
    r.read_line(&mut banner)?;
    writeln!(s, "user {} pass {} vers aprs-wx-beacon 0.4", cfg.callsign, cfg.passcode)?;
    let mut ack = String::new();
    r.read_line(&mut ack)?;
    if !ack.contains("logresp") {
        anyhow::bail!("unexpected login response: {ack}");
    }
    writeln!(s, "{line}")?;
    Ok(())
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, call] = args.as_slice() {
        if flag == "--passcode" {
            println!("{}", passcode::for_callsign(call));
            return Ok(());
        }
    }
    let path = args.first().cloned().unwrap_or_else(|| "/etc/aprs-wx-beacon.toml".into());
    let cfg: Config = toml::from_str(&std::fs::read_to_string(&path).with_context(|| path.clone())?)?;
    if cfg.passcode != -1 && cfg.passcode != passcode::for_callsign(&cfg.callsign) as i32 {
        eprintln!("warning: passcode does not match {}; APRS-IS will treat the login as unverified", cfg.callsign);
    }
    loop {
        match std::fs::read_to_string(&cfg.observation).map_err(anyhow::Error::from).and_then(|t| packet::Observation::parse(&t)) {
            Ok(obs) => {
                let line = packet::weather(&cfg.callsign, cfg.latitude, cfg.longitude, &obs);
                if let Err(e) = send(&cfg, &line) {
                    eprintln!("upload failed: {e:#}");
                }
            }
            Err(e) => eprintln!("no observation: {e:#}"),
        }
        std::thread::sleep(Duration::from_secs(cfg.interval_minutes.max(5) * 60));
    }
}
