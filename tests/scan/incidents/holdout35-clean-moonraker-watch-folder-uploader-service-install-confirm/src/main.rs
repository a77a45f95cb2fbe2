use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use serde::Deserialize;
use std::path::PathBuf;

mod moonraker;
mod service;
mod watch;

#[derive(Deserialize, Clone)]
pub struct Config {
    pub watch: String,
    pub printer: String,
    #[serde(default)]
    pub api_key: Option<String>,
    #[serde(default)]
    pub start: bool,
}

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[arg(long)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Run,
    InstallService {
        #[arg(long)]
        yes: bool,
    },
    UninstallService,
}

pub fn config_path() -> PathBuf {
    dirs::config_dir().unwrap_or_default().join("gcode-drop").join("config.toml")
}

fn expand(p: &str) -> PathBuf {
    match p.strip_prefix("~/") {
        Some(rest) => dirs::home_dir().unwrap_or_default().join(rest),
        None => PathBuf::from(p),
    }
}

fn main() -> Result<()> {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let cli = Cli::parse();
    let path = cli.config.clone().unwrap_or_else(config_path);
    match cli.cmd {
        Cmd::Run => {
            let cfg: Config = toml::from_str(&std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?)?;
            let printer = moonraker::Printer::new(&cfg.printer, cfg.api_key.clone());
            printer.ping().with_context(|| format!("cannot reach Moonraker at {}", cfg.printer))?;
            watch::run(&expand(&cfg.watch), &printer, cfg.start)
        }
        Cmd::InstallService { yes } => service::install(&path, yes),
        Cmd::UninstallService => service::uninstall(),
    }
}
