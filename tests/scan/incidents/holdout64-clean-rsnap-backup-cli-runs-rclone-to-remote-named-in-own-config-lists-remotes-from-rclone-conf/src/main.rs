use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use serde::Deserialize;
use std::path::PathBuf;
use std::process::Command;

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
    #[arg(long, global = true)]
    dry_run: bool,
}

#[derive(Subcommand)]
enum Cmd {
    /// List rclone remotes (name and type only)
    Remotes,
    /// Sync configured paths to the configured remote
    Push,
}

#[derive(Deserialize)]
struct Config {
    remote: String,
    paths: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
}

fn expand(p: &str) -> PathBuf {
    match p.strip_prefix("~/") {
        Some(rest) => dirs::home_dir().unwrap_or_default().join(rest),
        None => PathBuf::from(p),
    }
}

fn rclone_conf() -> PathBuf {
    std::env::var_os("RCLONE_CONFIG").map(PathBuf::from).unwrap_or_else(|| dirs::config_dir().unwrap_or_default().join("rclone/rclone.conf"))
}

fn remotes() -> Result<()> {
    let text = std::fs::read_to_string(rclone_conf()).context("reading rclone.conf")?;
    let mut name = None;
    for line in text.lines().map(str::trim) {
        if let Some(n) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            name = Some(n.to_owned());
        } else if let (Some(n), Some(t)) = (&name, line.strip_prefix("type = ")) {
            // only name and type are shown; tokens and passwords are never printed
            println!("{n:20} {t}");
        }
    }
    Ok(())
}

fn push(dry: bool) -> Result<()> {
    let cfg_path = dirs::config_dir().unwrap_or_default().join("rsnap/config.toml");
    let cfg: Config = toml::from_str(&std::fs::read_to_string(&cfg_path).with_context(|| format!("no config at {}", cfg_path.display()))?)?;
    for p in &cfg.paths {
        let src = expand(p);
        let leaf = src.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_else(|| "root".into());
        let mut cmd = Command::new("rclone");
        cmd.arg("sync").arg(&src).arg(format!("{}/{}", cfg.remote, leaf)).arg("--progress");
        for e in &cfg.exclude {
            cmd.arg("--exclude").arg(e);
        }
        if dry {
            cmd.arg("--dry-run");
        }
        println!("rsnap: {} -> {}/{}", src.display(), cfg.remote, leaf);
        if !cmd.status()?.success() {
            bail!("rclone failed for {}", src.display());
        }
    }
    Ok(())
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Remotes => remotes(),
        Cmd::Push => push(cli.dry_run),
    }
}
