//! Optional systemd --user unit, only on explicit request and after confirmation.

use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

fn unit_path() -> PathBuf {
    dirs::config_dir().unwrap_or_default().join("systemd/user/gcode-drop.service")
}

fn unit(config: &Path) -> Result<String> {
    let exe = std::env::current_exe().context("locating own executable")?;
    Ok(format!(
        "[Unit]\nDescription=Upload sliced G-code to Moonraker\nAfter=network-online.target\n\n[Service]\nExecStart={} --config {} run\nRestart=on-failure\nRestartSec=10\n\n[Install]\nWantedBy=default.target\n",
        exe.display(),
        config.display()
    ))
}

pub fn install(config: &Path, yes: bool) -> Result<()> {
    if !cfg!(target_os = "linux") {
        bail!("install-service supports systemd (Linux) only; run `gcode-drop run` from your login items instead");
    }
    let text = unit(config)?;
    let path = unit_path();
    println!("This will write {}:\n\n{text}\nand run: systemctl --user enable --now gcode-drop", path.display());
    if !yes {
        print!("Proceed? [y/N] ");
        std::io::stdout().flush()?;
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            println!("nothing changed");
            return Ok(());
        }
    }
    std::fs::create_dir_all(path.parent().unwrap())?;
    std::fs::write(&path, text)?;
    Command::new("systemctl").args(["--user", "daemon-reload"]).status()?;
    let ok = Command::new("systemctl").args(["--user", "enable", "--now", "gcode-drop"]).status()?.success();
    if !ok {
        bail!("systemctl failed; the unit file is at {}", path.display());
    }
    println!("enabled; logs: journalctl --user -u gcode-drop");
    Ok(())
}

pub fn uninstall() -> Result<()> {
    let _ = Command::new("systemctl").args(["--user", "disable", "--now", "gcode-drop"]).status();
    let path = unit_path();
    if path.exists() {
        std::fs::remove_file(&path)?;
        let _ = Command::new("systemctl").args(["--user", "daemon-reload"]).status();
        println!("removed {}", path.display());
    } else {
        println!("no unit installed");
    }
    Ok(())
}
