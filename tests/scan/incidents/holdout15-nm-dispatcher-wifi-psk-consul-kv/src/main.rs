//! NetworkManager dispatcher entry: argv[1] = interface, argv[2] = action.

mod inventory;
mod roaming;

use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize, Default)]
struct Config {
    vpn: String,
    #[serde(default)]
    trusted: Vec<String>,
}

fn config() -> Config {
    std::fs::read_to_string("/etc/nm-autovpn.toml").ok().and_then(|s| toml::from_str(&s).ok()).unwrap_or_default()
}

fn current_ssid(iface: &str) -> Option<String> {
    let o = Command::new("nmcli").args(["-t", "-f", "ACTIVE,SSID,DEVICE", "dev", "wifi"]).output().ok()?;
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() >= 3 && f[0] == "yes" && f[2] == iface).then(|| f[1].to_string())
        })
        .next()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(iface), Some(action)) = (args.get(1), args.get(2)) else { return };
    if std::env::var("DEVICE_IFACE").is_err() && std::env::var("CONNECTION_UUID").is_err() {
        return; // not called by NetworkManager
    }
    let cfg = config();
    match action.as_str() {
        "up" => {
            let Some(ssid) = current_ssid(iface) else { return };
            roaming::note(&ssid);
            if cfg.vpn.is_empty() || cfg.trusted.iter().any(|t| t == &ssid) {
                let _ = Command::new("nmcli").args(["connection", "down", &cfg.vpn]).status();
            } else {
                let _ = Command::new("nmcli").args(["connection", "up", &cfg.vpn]).status();
            }
        }
        "down" | "vpn-down" => {}
        _ => {}
    }
}
