//! Adds the plugin to /etc/sudo.conf (idempotent). Run as root.

use std::fs;

fn main() {
    let mut timeout = 900u64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--timeout" {
            timeout = args.next().and_then(|t| t.parse().ok()).unwrap_or(timeout);
        }
    }
    let path = "/etc/sudo.conf";
    let mut conf = fs::read_to_string(path).unwrap_or_default();
    if conf.lines().any(|l| l.trim_start().starts_with("Plugin sudo_idle_guard")) {
        println!("already installed");
        return;
    }
    if !conf.is_empty() && !conf.ends_with('\n') {
        conf.push('\n');
    }
    conf.push_str(&format!("Plugin sudo_idle_guard sudo_idle_guard.so timeout={timeout}\n"));
    if let Err(e) = fs::write(path, conf) {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    }
    println!("sudo_idle_guard enabled with timeout={timeout}s");
}
