use std::fs;
use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Config {
    simplepush_key: String,
    #[serde(default = "default_endpoint")]
    endpoint: String,
}

fn default_endpoint() -> String {
    "https://api.simplepush.example/send".into()
}

fn config_path() -> Result<PathBuf> {
    Ok(dirs::config_dir().context("no config dir")?.join("slurm-notify/config.toml"))
}

fn init() -> Result<()> {
    let key: String = dialoguer::Input::new().with_prompt("Simplepush key").interact_text()?;
    let path = config_path()?;
    fs::create_dir_all(path.parent().unwrap())?;
    let cfg = Config { simplepush_key: key.trim().to_owned(), endpoint: default_endpoint() };
    fs::write(&path, toml::to_string(&cfg)?)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600))?;
    }
    println!("wrote {}", path.display());
    Ok(())
}

fn form(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn notify(job_id: &str, code: i32, secs: u64) -> Result<()> {
    let Ok(text) = fs::read_to_string(config_path()?) else { return Ok(()) };
    let cfg: Config = toml::from_str(&text)?;
    let name = std::env::var("SLURM_JOB_NAME").unwrap_or_else(|_| "job".into());
    let state = if code == 0 { "COMPLETED" } else { "FAILED" };
    let msg = format!("{name} ({job_id}) {state}, exit {code}, {}h{:02}m", secs / 3600, (secs % 3600) / 60);
    ureq::post(&cfg.endpoint)
        .set("Content-Type", "application/x-www-form-urlencoded")
        .send_string(&format!("key={}&title={}&msg={}", form(&cfg.simplepush_key), form("Slurm job"), form(&msg)))?;
    Ok(())
}

fn main() -> Result<ExitCode> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("init") {
        init()?;
        return Ok(ExitCode::SUCCESS);
    }
    let cmd = match args.iter().position(|a| a == "--") {
        Some(i) => &args[i + 1..],
        None => &args[..],
    };
    if cmd.is_empty() {
        bail!("usage: slurm-notify -- <command> [args...]");
    }
    let started = Instant::now();
    let code = Command::new(&cmd[0]).args(&cmd[1..]).status()?.code().unwrap_or(1);
    if let Ok(job_id) = std::env::var("SLURM_JOB_ID") {
        if let Err(e) = notify(&job_id, code, started.elapsed().as_secs()) {
            eprintln!("slurm-notify: {e:#}");
        }
    }
    Ok(ExitCode::from(code.clamp(0, 255) as u8))
}
