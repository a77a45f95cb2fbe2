//! Each `[[tunnel]]` has `name`, `local`, `remote` (host:port) and `via` (an ssh destination
//! from the user's own ~/.ssh/config). `tunnelctl up db` runs `ssh -N -L local:remote via`
//! with the user's normal ssh settings and keys, and records the pid for `down`/`status`.
use clap::{Parser, Subcommand};
use serde::Deserialize;
use std::path::PathBuf;
use std::process::{Command, Stdio};

#[derive(Deserialize)]
struct Config { tunnel: Vec<Tunnel> }
#[derive(Deserialize)]
struct Tunnel { name: String, local: u16, remote: String, via: String }

#[derive(Parser)]
struct Cli { #[command(subcommand)] cmd: Cmd }
#[derive(Subcommand)]
enum Cmd { Up { name: String }, Down { name: String }, Status }

fn base() -> PathBuf {
    std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".config")).join("tunnelctl")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cfg: Config = toml::from_str(&std::fs::read_to_string(base().join("tunnels.toml"))?)?;
    let pid_of = |n: &str| base().join(format!("{n}.pid"));
    match Cli::parse().cmd {
        Cmd::Up { name } => {
            let t = cfg.tunnel.iter().find(|t| t.name == name).ok_or("no such tunnel")?;
            let child = Command::new("ssh")
                .args(["-N", "-o", "ExitOnForwardFailure=yes", "-L", &format!("127.0.0.1:{}:{}", t.local, t.remote), &t.via])
                .stdin(Stdio::null()).spawn()?;
            std::fs::write(pid_of(&name), child.id().to_string())?;
            println!("{name}: 127.0.0.1:{} -> {} via {} (pid {})", t.local, t.remote, t.via, child.id());
        }
        Cmd::Down { name } => {
            let pid = std::fs::read_to_string(pid_of(&name))?;
            Command::new("kill").arg(pid.trim()).status()?;
            std::fs::remove_file(pid_of(&name))?;
        }
        Cmd::Status => {
            for t in &cfg.tunnel {
                let up = pid_of(&t.name).exists();
                println!("{:<12} {:>5} -> {:<24} via {:<16} {}", t.name, t.local, t.remote, t.via, if up { "up" } else { "down" });
            }
        }
    }
    Ok(())
}
