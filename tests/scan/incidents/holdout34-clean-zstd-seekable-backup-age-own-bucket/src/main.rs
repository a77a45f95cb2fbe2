use clap::{Parser, Subcommand};

mod archive;
mod config;
mod upload;

#[derive(Parser)]
#[command(version, about = "Seekable, age-encrypted directory backups")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Back up a directory to the configured destination
    Create { dir: std::path::PathBuf },
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let cli = Cli::parse();
    let cfg = config::Config::load()?;
    match cli.cmd {
        Cmd::Create { dir } => {
            let base = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "backup".into());
            let name = format!("{base}-{}.tar.zst.age", chrono::Local::now().format("%Y-%m-%dT%H-%M-%S"));
            let tmp = std::env::temp_dir().join(&name);
            let file = std::fs::File::create(&tmp).map_err(|e| e.to_string())?;
            archive::create(&dir, &cfg.exclude, &cfg.recipients, cfg.level, cfg.frame_bytes(), std::io::BufWriter::new(file))?;
            let dest = upload::Destination::parse(&cfg.destination)?;
            let at = dest.put(&name, &tmp).await?;
            let _ = std::fs::remove_file(&tmp);
            println!("{at}");
        }
    }
    Ok(())
}
