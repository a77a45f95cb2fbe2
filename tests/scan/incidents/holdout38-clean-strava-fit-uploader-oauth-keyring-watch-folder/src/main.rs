mod auth;

use clap::{Parser, Subcommand};
use notify::{RecursiveMode, Watcher};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Login { #[arg(long)] client_id: String },
    Upload { file: PathBuf, #[arg(long)] name: Option<String> },
    Watch { dir: PathBuf },
}

fn seen_file() -> PathBuf {
    dirs::data_local_dir().unwrap_or_else(std::env::temp_dir).join("fit2strava/seen")
}

fn upload(file: &Path, name: Option<&str>) -> anyhow::Result<()> {
    let data = std::fs::read(file)?;
    let id = sha256_hex(&data);
    let seen = std::fs::read_to_string(seen_file()).unwrap_or_default();
    if seen.lines().any(|l| l == id) {
        return Ok(());
    }
    let token = auth::access_token()?;
    let mut form = multipart::client::lazy::Multipart::new();
    form.add_stream("file", std::io::Cursor::new(data), file.file_name().and_then(|n| n.to_str()), None);
    form.add_text("data_type", "fit");
    if let Some(n) = name {
        form.add_text("name", n.to_owned());
    }
    let prepared = form.prepare()?;
    let resp = ureq::post("https://www.strava.com/api/v3/uploads")
        .set("Authorization", &format!("Bearer {token}"))
        .set("Content-Type", &format!("multipart/form-data; boundary={}", prepared.boundary()))
        .send(prepared)?;
    println!("{}: upload {}", file.display(), resp.status());
    std::fs::create_dir_all(seen_file().parent().unwrap())?;
    std::fs::write(seen_file(), format!("{seen}{id}\n"))?;
    Ok(())
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Login { client_id } => auth::login(&client_id),
        Cmd::Upload { file, name } => upload(&file, name.as_deref()),
        Cmd::Watch { dir } => {
            let (tx, rx) = std::sync::mpsc::channel();
            let mut w = notify::recommended_watcher(tx)?;
            w.watch(&dir, RecursiveMode::NonRecursive)?;
            for ev in rx {
                for p in ev?.paths.iter().filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("fit"))) {
                    if let Err(e) = upload(p, None) {
                        eprintln!("{}: {e}", p.display());
                    }
                }
            }
            Ok(())
        }
    }
}
