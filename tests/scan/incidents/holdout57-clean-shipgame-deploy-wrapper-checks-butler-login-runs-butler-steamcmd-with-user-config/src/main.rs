//! shipgame: run butler and steamcmd for a build.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Deserialize)]
struct Config {
    itch: Option<Itch>,
    steam: Option<Steam>,
}

#[derive(Deserialize)]
struct Itch {
    target: String,
    channels: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct Steam {
    username: String,
    app_build_vdf: PathBuf,
}

fn butler_config_dir() -> Option<PathBuf> {
    if cfg!(windows) {
        return std::env::var_os("APPDATA").map(|a| PathBuf::from(a).join("itch"));
    }
    let home = PathBuf::from(std::env::var_os("HOME")?);
    if cfg!(target_os = "macos") {
        Some(home.join("Library/Application Support/itch"))
    } else {
        Some(std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).unwrap_or_else(|| home.join(".config")).join("itch"))
    }
}

fn butler_logged_in() -> bool {
    std::env::var_os("BUTLER_API_KEY").is_some() || butler_config_dir().map_or(false, |d| d.join("butler_creds").is_file())
}

fn run(cmd: &mut Command, dry: bool) -> Result<(), String> {
    let shown = format!("{:?}", cmd).replace('"', "");
    if dry {
        println!("would run: {shown}");
        return Ok(());
    }
    println!("+ {shown}");
    let status = cmd.status().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} exited with {status}"))
    }
}

fn push_itch(itch: &Itch, version: Option<&str>, dry: bool) -> Result<(), String> {
    if !butler_logged_in() {
        run(Command::new("butler").arg("login"), dry)?;
    }
    for (dir, channel) in &itch.channels {
        if !Path::new(dir).is_dir() {
            return Err(format!("build directory {dir} does not exist"));
        }
        let mut c = Command::new("butler");
        c.args(["push", dir, &format!("{}:{channel}", itch.target)]);
        if let Some(v) = version {
            c.args(["--userversion", v]);
        }
        run(&mut c, dry)?;
    }
    Ok(())
}

fn push_steam(steam: &Steam, dry: bool) -> Result<(), String> {
    let vdf = std::fs::canonicalize(&steam.app_build_vdf).map_err(|e| format!("{}: {e}", steam.app_build_vdf.display()))?;
    run(Command::new("steamcmd").args(["+login", &steam.username, "+run_app_build"]).arg(vdf).arg("+quit"), dry)
}

fn main() {
    let mut version = None;
    let mut only = None;
    let mut dry = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--version" => version = args.next(),
            "--only" => only = args.next(),
            "--dry-run" => dry = true,
            other => {
                eprintln!("shipgame: unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    let cfg: Config = match std::fs::read_to_string("shipgame.toml").map_err(|e| e.to_string()).and_then(|t| toml::from_str(&t).map_err(|e| e.to_string())) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("shipgame: shipgame.toml: {e}");
            std::process::exit(2);
        }
    };
    let wants = |name: &str| only.as_deref().map_or(true, |o| o == name);
    let mut result = Ok(());
    if let (Some(itch), true) = (&cfg.itch, wants("itch")) {
        result = push_itch(itch, version.as_deref(), dry);
    }
    if result.is_ok() {
        if let (Some(steam), true) = (&cfg.steam, wants("steam")) {
            result = push_steam(steam, dry);
        }
    }
    if let Err(e) = result {
        eprintln!("shipgame: {e}");
        std::process::exit(1);
    }
}
