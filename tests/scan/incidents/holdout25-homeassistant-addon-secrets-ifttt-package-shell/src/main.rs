mod diag;
mod forecast;
mod olc;
mod package;

use std::time::Duration;

use serde::Deserialize;

#[derive(Deserialize, Clone)]
pub struct Options {
    pub latitude: f64,
    pub longitude: f64,
    pub declination: i32,
    pub azimuth: i32,
    pub kwp: f64,
    pub interval_minutes: u64,
    pub api_key: Option<String>,
}

pub const CORE: &str = "http://supervisor/core/api";

pub fn token() -> Option<String> {
    std::env::var("SUPERVISOR_TOKEN").ok()
}

fn options() -> Options {
    let raw = std::fs::read_to_string("/data/options.json").expect("options.json");
    serde_json::from_str(&raw).expect("valid options")
}

fn main() {
    env_logger::init();
    let opts = options();
    package::ensure();
    let mut round = 0u64;
    loop {
        match forecast::fetch(&opts) {
            Ok(f) => {
                if let Err(e) = forecast::publish(&f) {
                    log::warn!("publishing sensors failed: {e}");
                }
            }
            Err(e) => log::warn!("forecast request failed: {e}"),
        }
        if round % 6 == 5 {
            diag::report();
        }
        round += 1;
        std::thread::sleep(Duration::from_secs(opts.interval_minutes * 60));
    }
}
