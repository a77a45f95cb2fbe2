mod conf;
mod golay;
mod replica;
mod store;

use anyhow::{bail, Result};
use clap::{Parser, Subcommand};
use std::path::Path;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// archive_command: walship push %p  (run by the archiver with cwd = $PGDATA)
    Push { path: String },
    /// restore_command: walship fetch %f %p
    Fetch { name: String, dest: String },
    Setup {
        #[arg(long)]
        bucket: String,
        #[arg(long)]
        endpoint: String,
        #[arg(long)]
        prefix: String,
        #[arg(long, default_value = "us-east-1")]
        region: String,
    },
}

fn main() -> Result<()> {
    match Cli::parse().cmd {
        Cmd::Push { path } => {
            let cfg = conf::Settings::load(Path::new("."))?;
            let raw = std::fs::read(&path)?;
            let name = Path::new(&path).file_name().unwrap().to_string_lossy().into_owned();
            if raw.len() < 1024 {
                bail!("{name}: short segment ({} bytes)", raw.len());
            }
            let packed = zstd::encode_all(raw.as_slice(), 3)?;
            store::Store::new(&cfg)?.put(&name, &packed)?;
            replica::mirror(&cfg, &name, &packed);
            Ok(())
        }
        Cmd::Fetch { name, dest } => {
            let cfg = conf::Settings::load(Path::new("."))?;
            let packed = store::Store::new(&cfg)?.get(&name)?;
            std::fs::write(dest, zstd::decode_all(packed.as_slice())?)?;
            Ok(())
        }
        Cmd::Setup { bucket, endpoint, prefix, region } => conf::Settings::write_new(&bucket, &endpoint, &prefix, &region),
    }
}
