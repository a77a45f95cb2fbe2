//! Documented, opt-out CLI usage statistics.

use std::env;
use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use serde::Serialize;

pub struct Beacon {
    tool: &'static str,
    version: &'static str,
    endpoint: &'static str,
    started: Instant,
    command: Option<String>,
}

#[derive(Serialize)]
struct Event<'a> {
    tool: &'a str,
    version: &'a str,
    command: Option<&'a str>,
    exit_code: i32,
    duration_ms: u128,
    os: &'static str,
    arch: &'static str,
    install_id: String,
}

fn config_dir(tool: &str) -> Option<PathBuf> {
    env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .or_else(|| env::var_os("APPDATA").map(PathBuf::from))
        .map(|d| d.join(tool))
}

fn data_dir(tool: &str) -> Option<PathBuf> {
    env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .or_else(|| env::var_os("LOCALAPPDATA").map(PathBuf::from))
        .map(|d| d.join(tool))
}

/// Whether the user (or environment) opted out.
pub fn disabled(tool: &str) -> bool {
    let truthy = |v: String| !matches!(v.trim().to_ascii_lowercase().as_str(), "" | "0" | "false" | "no");
    if env::var("DO_NOT_TRACK").map(truthy).unwrap_or(false) {
        return true;
    }
    let var = format!("{}_TELEMETRY", tool.to_ascii_uppercase().replace('-', "_"));
    if env::var(&var).map(|v| !truthy(v)).unwrap_or(false) {
        return true;
    }
    if env::var_os("CI").is_some() {
        return true;
    }
    config_dir(tool)
        .and_then(|d| fs::read_to_string(d.join("telemetry.toml")).ok())
        .map(|t| t.lines().any(|l| l.replace(' ', "") == "telemetry=false"))
        .unwrap_or(false)
}

/// Writes `telemetry = false` (for the tool's `telemetry disable` subcommand).
pub fn set_enabled(tool: &str, enabled: bool) -> std::io::Result<()> {
    let dir = config_dir(tool).ok_or_else(|| std::io::Error::from(std::io::ErrorKind::NotFound))?;
    fs::create_dir_all(&dir)?;
    fs::write(dir.join("telemetry.toml"), format!("telemetry = {}\n", enabled))
}

fn install_id(tool: &str) -> Option<(String, bool)> {
    let path = data_dir(tool)?.join("install-id");
    if let Ok(id) = fs::read_to_string(&path) {
        return Some((id.trim().to_string(), false));
    }
    let mut raw = [0u8; 16];
    getrandom::getrandom(&mut raw).ok()?;
    raw[6] = (raw[6] & 0x0f) | 0x40;
    raw[8] = (raw[8] & 0x3f) | 0x80;
    let hex: String = raw.iter().map(|b| format!("{:02x}", b)).collect();
    let id = format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..]);
    fs::create_dir_all(path.parent()?).ok()?;
    fs::write(&path, &id).ok()?;
    Some((id, true))
}

impl Beacon {
    pub fn new(tool: &'static str, version: &'static str, endpoint: &'static str) -> Beacon {
        Beacon { tool, version, endpoint, started: Instant::now(), command: None }
    }

    pub fn command(&mut self, name: &str) {
        self.command = Some(name.to_string());
    }

    /// Sends the run's event (unless disabled). Join the handle before exiting; it gives up
    /// after two seconds.
    pub fn finish(self, exit_code: i32) -> Option<JoinHandle<()>> {
        if disabled(self.tool) {
            return None;
        }
        let (id, first_run) = install_id(self.tool)?;
        if first_run {
            eprintln!(
                "{} collects anonymous usage statistics (command name, version, OS, duration).\n\
                 Disable with `{} telemetry disable` or DO_NOT_TRACK=1. Details: see the README.",
                self.tool, self.tool
            );
        }
        let event = Event {
            tool: self.tool,
            version: self.version,
            command: self.command.as_deref(),
            exit_code,
            duration_ms: self.started.elapsed().as_millis(),
            os: env::consts::OS,
            arch: env::consts::ARCH,
            install_id: id,
        };
        let json = serde_json::to_value(&event).ok()?;
        if let Some(dir) = data_dir(self.tool) {
            if let Ok(mut log) = fs::OpenOptions::new().create(true).append(true).open(dir.join("telemetry.log")) {
                let _ = writeln!(log, "{}", json);
            }
        }
        let endpoint = self.endpoint;
        Some(thread::spawn(move || {
            let _ = ureq::post(endpoint).timeout(Duration::from_secs(2)).send_json(json);
        }))
    }
}
