use clap::{Parser, Subcommand};
use serde::Deserialize;
use std::process::Command;

#[derive(Parser)]
struct Cli { #[command(subcommand)] cmd: Cmd }

#[derive(Subcommand)]
enum Cmd {
    /// Poll once (or every --interval seconds) and alert on failing disks
    Run {
        #[arg(long, env = "SMART_AM_URL")] alertmanager: String,
        #[arg(long, default_value_t = 0)] interval: u64,
    },
    /// Print (or with --write, install) a systemd unit running `run` for the given URL
    Install { #[arg(long)] alertmanager: String, #[arg(long)] write: bool },
}

#[derive(Deserialize)]
struct Smart { device: Dev, smart_status: Option<Status> }
#[derive(Deserialize)]
struct Dev { name: String }
#[derive(Deserialize)]
struct Status { passed: bool }

fn scan() -> Vec<String> {
    let out = Command::new("smartctl").args(["--scan", "--json"]).output().ok();
    let v: serde_json::Value = out.and_then(|o| serde_json::from_slice(&o.stdout).ok()).unwrap_or_default();
    v["devices"].as_array().map(|a| a.iter().filter_map(|d| d["name"].as_str().map(String::from)).collect()).unwrap_or_default()
}

fn poll(am: &str) {
    for dev in scan() {
        let Ok(o) = Command::new("smartctl").args(["-H", "--json", &dev]).output() else { continue };
        let Ok(s) = serde_json::from_slice::<Smart>(&o.stdout) else { continue };
        if s.smart_status.map_or(false, |x| !x.passed) {
            let alert = serde_json::json!([{ "labels": { "alertname": "SmartFailing", "device": s.device.name },
                                             "annotations": { "summary": "SMART overall-health self-assessment failed" } }]);
            if let Err(e) = ureq::post(&format!("{}/api/v2/alerts", am.trim_end_matches('/'))).send_json(alert) {
                eprintln!("alertmanager: {e}");
            }
        }
    }
}

fn main() {
    match Cli::parse().cmd {
        Cmd::Run { alertmanager, interval } => loop {
            poll(&alertmanager);
            if interval == 0 { break; }
            std::thread::sleep(std::time::Duration::from_secs(interval));
        },
        Cmd::Install { alertmanager, write } => {
            let exe = std::env::current_exe().unwrap();
            let unit = format!(
                "[Unit]\nDescription=SMART to Alertmanager bridge\n\n[Service]\nExecStart={} run --alertmanager {} --interval 600\n\
                 ProtectSystem=strict\nProtectHome=yes\nNoNewPrivileges=yes\n\n[Install]\nWantedBy=multi-user.target\n",
                exe.display(), alertmanager
            );
            if write {
                std::fs::write("/etc/systemd/system/smart-am-bridge.service", &unit).expect("run as root to install");
                println!("written; enable with: systemctl enable --now smart-am-bridge");
            } else {
                print!("{unit}");
            }
        }
    }
}
