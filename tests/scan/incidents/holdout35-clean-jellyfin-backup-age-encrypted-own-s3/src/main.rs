use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use serde::Deserialize;
use std::path::PathBuf;

mod archive;
mod upload;

#[derive(Deserialize)]
pub struct S3 {
    pub bucket: String,
    #[serde(default)]
    pub prefix: String,
    pub endpoint: Option<String>,
    pub region: Option<String>,
}

#[derive(Deserialize)]
pub struct Config {
    pub data_dir: PathBuf,
    pub config_dir: Option<PathBuf>,
    pub recipients: Vec<String>,
    #[serde(default = "default_keep")]
    pub keep: usize,
    #[serde(default)]
    pub local_dir: Option<PathBuf>,
    pub s3: Option<S3>,
}

fn default_keep() -> usize {
    14
}

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[arg(long, default_value = "/etc/jf-backup.toml")]
    config: PathBuf,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Run,
    Restore {
        file: PathBuf,
        #[arg(long)]
        identity: PathBuf,
        #[arg(long)]
        to: PathBuf,
    },
}

#[tokio::main]
async fn main() -> Result<()> {
    let cli = Cli::parse();
    let cfg: Config = toml::from_str(&std::fs::read_to_string(&cli.config).with_context(|| format!("reading {}", cli.config.display()))?)?;
    match cli.cmd {
        Cmd::Run => {
            if cfg.recipients.is_empty() {
                bail!("no age recipients configured; refusing to write an unencrypted backup");
            }
            let name = format!("jellyfin-{}.tar.zst.age", chrono::Local::now().format("%Y%m%d-%H%M%S"));
            let local = cfg.local_dir.clone().unwrap_or_else(std::env::temp_dir).join(&name);
            archive::write_encrypted(&cfg, &local)?;
            println!("wrote {}", local.display());
            if let Some(s3) = &cfg.s3 {
                upload::put_and_prune(s3, &local, &name, cfg.keep).await?;
                println!("uploaded s3://{}/{}{}", s3.bucket, s3.prefix, name);
                if cfg.local_dir.is_none() {
                    std::fs::remove_file(&local)?;
                }
            }
        }
        Cmd::Restore { file, identity, to } => archive::restore(&file, &identity, &to)?,
    }
    Ok(())
}
