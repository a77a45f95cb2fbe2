use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use serde::Deserialize;
use std::path::PathBuf;

mod auth;
mod stow;

#[derive(Deserialize)]
pub struct Config {
    pub endpoint: String,
    pub token_url: Option<String>,
    pub client_id: Option<String>,
    pub scope: Option<String>,
    pub ca_file: Option<PathBuf>,
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
    SetSecret,
    Upload {
        paths: Vec<PathBuf>,
        #[arg(long, default_value_t = 50)]
        batch: usize,
        #[arg(long)]
        study_only: Option<String>,
    },
}

fn load(path: Option<PathBuf>) -> Result<Config> {
    let p = path.unwrap_or_else(|| dirs_config().join("stowup").join("config.toml"));
    let cfg: Config = toml::from_str(&std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?)?;
    if !cfg.endpoint.starts_with("https://") && !cfg.endpoint.starts_with("http://localhost") {
        bail!("endpoint must be https (or localhost)");
    }
    Ok(cfg)
}

fn dirs_config() -> PathBuf {
    std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config"))).unwrap_or_default()
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let cfg = load(cli.config)?;
    match cli.cmd {
        Cmd::SetSecret => {
            let id = cfg.client_id.as_deref().context("client_id not configured")?;
            let secret = rpassword_line("Client secret: ")?;
            keyring::Entry::new("stowup", id)?.set_password(&secret)?;
            println!("stored secret for {id}");
        }
        Cmd::Upload { paths, batch, study_only } => {
            let http = stow::http_client(cfg.ca_file.as_deref())?;
            let token = auth::token(&http, &cfg)?;
            let report = stow::upload(&http, &cfg.endpoint, token.as_deref(), &paths, batch, study_only.as_deref())?;
            println!("stored {}  failed {}  skipped {}", report.stored, report.failed.len(), report.skipped.len());
            for (uid, reason) in &report.failed {
                println!("  failed {uid}: {reason}");
            }
            for p in &report.skipped {
                println!("  skipped {}", p.display());
            }
            if !report.failed.is_empty() {
                std::process::exit(1);
            }
        }
    }
    Ok(())
}

fn rpassword_line(prompt: &str) -> Result<String> {
    use std::io::Write;
    print!("{prompt}");
    std::io::stdout().flush()?;
    let mut s = String::new();
    std::io::stdin().read_line(&mut s)?;
    Ok(s.trim().to_string())
}
