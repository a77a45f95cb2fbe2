//! fanctl: temperature -> PWM curve daemon for hwmon fans.

mod curve;
mod hwmon;

use serde::Deserialize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Deserialize)]
struct Config {
    #[serde(default = "default_interval")]
    interval_ms: u64,
    #[serde(rename = "fan")]
    fans: Vec<FanConfig>,
}

#[derive(Debug, Deserialize)]
struct FanConfig {
    pwm: PathBuf,
    sensor: PathBuf,
    curve: Vec<(i32, u8)>,
    #[serde(default)]
    hysteresis: i32,
}

fn default_interval() -> u64 {
    1500
}

fn load(path: &str) -> Result<Config, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    toml::from_str(&text).map_err(|e| format!("{path}: {e}"))
}

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let mut args = std::env::args().skip(1);
    let mut config_path = "/etc/fanctl/fanctl.toml".to_owned();
    while let Some(a) = args.next() {
        if a == "--config" {
            config_path = args.next().unwrap_or(config_path);
        }
    }
    let cfg = match load(&config_path) {
        Ok(c) => c,
        Err(e) => {
            log::error!("{e}");
            std::process::exit(2);
        }
    };

    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        let _ = signal_hook::flag::register(sig, Arc::clone(&stop));
    }

    let mut fans: Vec<(hwmon::Fan, curve::Curve)> = Vec::new();
    for f in &cfg.fans {
        match hwmon::Fan::open(&f.pwm, &f.sensor) {
            Ok(fan) => fans.push((fan, curve::Curve::new(f.curve.clone(), f.hysteresis))),
            Err(e) => log::warn!("skipping {}: {e}", f.pwm.display()),
        }
    }
    if fans.is_empty() {
        log::error!("no usable fans");
        std::process::exit(1);
    }

    while !stop.load(Ordering::Relaxed) {
        for (fan, curve) in fans.iter_mut() {
            match fan.temperature() {
                Ok(t) => {
                    let duty = curve.duty(t);
                    if let Err(e) = fan.set_duty(duty) {
                        log::warn!("{}: {e}", fan.name());
                    }
                }
                Err(e) => log::warn!("{}: {e}", fan.name()),
            }
        }
        std::thread::sleep(Duration::from_millis(cfg.interval_ms));
    }
    for (fan, _) in fans.iter_mut() {
        let _ = fan.release();
    }
}
