//! restic-runner set-password PROFILE   # prompts, stores in the OS keyring
//! restic-runner backup PROFILE         # runs `restic backup` for the profile's paths
//!
//! Profiles live in ~/.config/restic-runner/PROFILE.toml and name the user's
//! own repository. The password is handed only to the restic child process.

use serde::Deserialize;
use std::process::{Command, ExitCode};

#[derive(Deserialize)]
struct Profile { repository: String, paths: Vec<String>, #[serde(default)] exclude: Vec<String> }

fn profile(name: &str) -> Result<Profile, String> {
    let p = dirs::config_dir().ok_or("no config dir")?.join("restic-runner").join(format!("{name}.toml"));
    toml::from_str(&std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?).map_err(|e| e.to_string())
}

fn entry(name: &str) -> keyring::Entry { keyring::Entry::new("restic-runner", name).expect("keyring") }

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(cmd), Some(name)) = (args.first(), args.get(1)) else { eprintln!("usage: restic-runner <set-password|backup> PROFILE"); return ExitCode::from(2) };
    match cmd.as_str() {
        "set-password" => {
            let pw = rpassword::prompt_password(format!("restic password for {name}: ")).unwrap_or_default();
            if pw.is_empty() { return ExitCode::from(1) }
            entry(name).set_password(&pw).expect("store password");
            println!("stored in the OS keyring");
            ExitCode::SUCCESS
        }
        "backup" => {
            let prof = match profile(name) { Ok(p) => p, Err(e) => { eprintln!("{e}"); return ExitCode::from(1) } };
            let pw = match entry(name).get_password() { Ok(p) => p, Err(_) => { eprintln!("run `restic-runner set-password {name}` first"); return ExitCode::from(1) } };
            let mut c = Command::new("restic");
            c.arg("-r").arg(&prof.repository).arg("backup").args(&prof.paths);
            for e in &prof.exclude { c.arg("--exclude").arg(e); }
            c.env("RESTIC_PASSWORD", pw);
            match c.status() { Ok(s) if s.success() => ExitCode::SUCCESS, _ => ExitCode::from(1) }
        }
        _ => ExitCode::from(2),
    }
}
