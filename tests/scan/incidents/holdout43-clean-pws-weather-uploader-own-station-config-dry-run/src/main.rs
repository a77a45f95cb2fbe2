//! pws-upload [--dry-run] [--config PATH]
//!
//! Reads the latest readings your station logger wrote as JSON and sends them
//! to the PWS endpoint in your config with your station ID and key. Nothing
//! else is read or sent; --dry-run prints the request without the key.

use serde::Deserialize;
use std::{env, fs, path::PathBuf, process::exit};

#[derive(Deserialize)]
struct Config { endpoint: String, station_id: String, station_key: Option<String>, readings: PathBuf }

#[derive(Deserialize)]
struct Readings { temp_c: f64, humidity: f64, pressure_hpa: f64, wind_ms: f64, wind_dir: f64, rain_mm_h: f64 }

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let dry = args.iter().any(|a| a == "--dry-run");
    let cfg_path = args.iter().position(|a| a == "--config").and_then(|i| args.get(i + 1)).map(PathBuf::from)
        .unwrap_or_else(|| dirs::config_dir().unwrap_or_default().join("pws-upload/config.toml"));
    let cfg: Config = match fs::read_to_string(&cfg_path).map_err(|e| e.to_string()).and_then(|s| toml::from_str(&s).map_err(|e| e.to_string())) {
        Ok(c) => c,
        Err(e) => { eprintln!("cannot read {}: {e}", cfg_path.display()); exit(2) }
    };
    let key = env::var("PWS_STATION_KEY").ok().or(cfg.station_key.clone()).unwrap_or_else(|| { eprintln!("no station key configured"); exit(2) });
    let r: Readings = match fs::read_to_string(&cfg.readings).ok().and_then(|s| serde_json::from_str(&s).ok()) {
        Some(r) => r,
        None => { eprintln!("no readings in {}", cfg.readings.display()); exit(1) }
    };
    let params = [
        ("tempf", format!("{:.1}", r.temp_c * 9.0 / 5.0 + 32.0)),
        ("humidity", format!("{:.0}", r.humidity)),
        ("baromin", format!("{:.2}", r.pressure_hpa * 0.029_53)),
        ("windspeedmph", format!("{:.1}", r.wind_ms * 2.236_94)),
        ("winddir", format!("{:.0}", r.wind_dir)),
        ("rainin", format!("{:.2}", r.rain_mm_h / 25.4)),
    ];
    if dry {
        println!("GET {}?ID={}&PASSWORD=***&dateutc=now", cfg.endpoint, cfg.station_id);
        for (k, v) in &params { println!("  {k}={v}") }
        return;
    }
    let mut req = ureq::get(&cfg.endpoint)
        .query("ID", &cfg.station_id)
        .query("PASSWORD", &key)
        .query("dateutc", "now")
        .query("action", "updateraw")
        .query("softwaretype", concat!("pws-upload/", env!("CARGO_PKG_VERSION")));
    for (k, v) in &params { req = req.query(k, v) }
    match req.call() {
        Ok(resp) => println!("{}", resp.into_string().unwrap_or_default().trim()),
        Err(e) => { eprintln!("upload failed: {e}"); exit(1) }
    }
}
