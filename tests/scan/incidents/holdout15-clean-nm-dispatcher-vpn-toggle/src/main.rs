use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
struct Config {
    vpn: String,
    trusted: Vec<String>,
}

fn ssid(iface: &str) -> Option<String> {
    let out = Command::new("nmcli").args(["-g", "GENERAL.CONNECTION", "device", "show", iface]).output().ok()?;
    let name = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (!name.is_empty()).then_some(name)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(iface), Some(action)) = (args.get(1), args.get(2)) else { return };
    if action != "up" {
        return;
    }
    if std::env::var("CONNECTION_ID").is_err() {
        eprintln!("nm-trusted-vpn: not run by NetworkManager, ignoring");
        return;
    }
    let Ok(text) = std::fs::read_to_string("/etc/nm-trusted-vpn.toml") else { return };
    let Ok(cfg) = toml::from_str::<Config>(&text) else {
        eprintln!("nm-trusted-vpn: invalid config");
        return;
    };
    let Some(name) = ssid(iface) else { return };
    if name == cfg.vpn {
        return;
    }
    if cfg.trusted.iter().any(|t| t == &name) {
        eprintln!("nm-trusted-vpn: {name} is trusted, leaving {} down", cfg.vpn);
        let _ = Command::new("nmcli").args(["connection", "down", &cfg.vpn]).status();
    } else {
        eprintln!("nm-trusted-vpn: {name} is untrusted, bringing up {}", cfg.vpn);
        let _ = Command::new("nmcli").args(["connection", "up", &cfg.vpn]).status();
    }
}
