//! Opt-in usage statistics; see README "Telemetry".

use serde_json::{json, Value};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const ENDPOINT: &str = "https://telemetry.gpustat.example/v1/ping";
const WEEK: u64 = 7 * 86_400;

fn config_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("gpustat-lite").join("config.json"))
}

fn load() -> Value {
    config_path().and_then(|p| std::fs::read_to_string(p).ok()).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_else(|| json!({}))
}

fn store(cfg: &Value) {
    let Some(p) = config_path() else { return };
    if let Some(dir) = p.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(p, serde_json::to_string_pretty(cfg).unwrap_or_default());
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn env_disabled() -> bool {
    std::env::var("GPUSTAT_TELEMETRY").is_ok_and(|v| v == "0") || std::env::var("DO_NOT_TRACK").is_ok_and(|v| !v.is_empty() && v != "0")
}

pub fn set(enabled: bool) {
    let mut cfg = load();
    cfg["telemetry"] = json!(enabled);
    store(&cfg);
    println!("telemetry {}", if enabled { "enabled" } else { "disabled" });
}

pub fn status() {
    let cfg = load();
    let state = match cfg["telemetry"].as_bool() {
        Some(true) if env_disabled() => "enabled in config, disabled by environment",
        Some(true) => "enabled",
        Some(false) => "disabled",
        None => "not decided (off)",
    };
    println!("telemetry: {state}");
}

/// Asks once (interactive terminals only) and sends at most weekly if the user agreed.
pub fn maybe_send(gpu_names: &[String], driver_major: Option<u32>) {
    if env_disabled() {
        return;
    }
    let mut cfg = load();
    if cfg["telemetry"].is_null() {
        if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
            return;
        }
        print!("Share anonymous usage statistics (version, OS, GPU model names) weekly? See README. [y/N] ");
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        let _ = std::io::stdin().lock().read_line(&mut line);
        cfg["telemetry"] = json!(matches!(line.trim(), "y" | "Y" | "yes"));
        store(&cfg);
    }
    if cfg["telemetry"].as_bool() != Some(true) || now() < cfg["last_ping"].as_u64().unwrap_or(0) + WEEK {
        return;
    }
    let body = json!({ "version": env!("CARGO_PKG_VERSION"), "os": std::env::consts::OS, "gpus": gpu_names, "driver_major": driver_major });
    let sent = ureq::post(ENDPOINT).timeout(Duration::from_secs(3)).set("Content-Type", "application/json").send_string(&body.to_string()).is_ok();
    if sent {
        cfg["last_ping"] = json!(now());
        store(&cfg);
    }
}
